"""Log in to the team vault in the browser, as `bao login -method=oidc` does: ask the vault for
an `auth_url` (with a client nonce), open it, and wait on this computer's loopback for the
identity provider to send the browser back to `http://localhost:8250/oidc/callback`.

The wait ends after two minutes, or at once when cancelled (the window's Cancel, Ctrl+C). A
callback whose `state` is not the one this login started is refused, and the wait goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import secrets
import threading
import webbrowser
from collections.abc import Awaitable, Callable
from urllib.parse import parse_qs, urlsplit

from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.team import vault as team_api

log = logging.getLogger(__name__)

DEFAULT_PORT = 8250
CALLBACK_PATH = "/oidc/callback"
WAIT_SECONDS = 120.0
# Sent before the vault has judged the code: it says what is known, not that the login worked
# (another local user who can read the browser's command line could send a code of their own;
# that spoils the login, it cannot take it over: the vault checks the nonce, as for bao's login).
_DONE_PAGE = (b"<!doctype html><meta charset=utf-8><title>linkwizard</title>"
              b"<p style='font:16px sans-serif;margin:3em'>linkwizard has the answer of your sign-in. "
              b"Go back to linkwizard: it says whether the login worked. You can close this tab.</p>")
_REFUSED_PAGE = (b"<!doctype html><meta charset=utf-8><title>linkwizard</title>"
                 b"<p style='font:16px sans-serif;margin:3em'>This login link is not the one linkwizard started. "
                 b"Start the login again from linkwizard.</p>")


def redirect_uri(port: int = DEFAULT_PORT) -> str:
    return f"http://localhost:{port}{CALLBACK_PATH}"


def browser_login(role: str | None = None, port: int = DEFAULT_PORT, announce: Callable[[str], None] = lambda url: None,
                  open_browser: Callable[[str], object] | None = None,
                  wait_seconds: float = WAIT_SECONDS) -> Callable[[team_api.Session], Awaitable[team_api.Login]]:
    """The OIDC flow for `team.login(..., oidc=...)`. `announce` is told the URL (to print it,
    or show it, for when no browser opens); `open_browser` opens it (default: the system's)."""
    opener = open_browser or webbrowser.open

    async def flow(session: team_api.Session) -> team_api.Login:
        nonce = secrets.token_urlsafe(24)
        answer: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()
        expected: list[str] = []
        servers = await _listen(port, lambda state, code, error: _callback(answer, expected, state, code, error))
        try:
            url = await session.oidc_auth_url(role, redirect_uri(port), nonce)
            state = parse_qs(urlsplit(url).query).get("state", [""])[0]
            if not state:
                raise LinkwizardError(problem(ProblemKind.TEAM_LOGIN_REFUSED, detail="auth_url without state"))
            expected.append(state)
            announce(url)
            threading.Thread(target=_open, args=(opener, url), daemon=True).start()
            try:
                async with asyncio.timeout(wait_seconds):
                    got_state, code = await answer
            except TimeoutError:
                raise LinkwizardError(problem(ProblemKind.TEAM_LOGIN_TIMED_OUT, detail="no callback")) from None
        finally:
            for server in servers:
                server.close()
                with contextlib.suppress(Exception):
                    await server.wait_closed()
        return await session.oidc_callback(got_state, code, nonce)

    return flow


def _open(opener: Callable[[str], object], url: str) -> None:
    try:
        opener(url)
    except Exception:  # no browser: the URL was announced, the person can open it
        log.info("no browser could be opened for the login")


def _callback(answer: asyncio.Future[tuple[str, str]], expected: list[str], state: str, code: str,
              error: str) -> bool:
    """Whether the callback is accepted; a wrong state is refused and the wait goes on."""
    if answer.done() or not expected or not secrets.compare_digest(state, expected[0]):
        log.warning("OIDC callback with an unexpected state refused")
        return False
    if error or not code:
        answer.set_exception(LinkwizardError(problem(ProblemKind.TEAM_LOGIN_REFUSED, detail="provider said no")))
        return True
    answer.set_result((state, code))
    return True


async def _listen(port: int, on_callback: Callable[[str, str, str], bool]) -> list[asyncio.Server]:
    """The callback listener on localhost (IPv4 and, where there is one, IPv6)."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            async with asyncio.timeout(10):
                request = await reader.readuntil(b"\r\n\r\n")
            line = request.split(b"\r\n", 1)[0].decode("latin-1")
            method, _, rest = line.partition(" ")
            target = rest.rpartition(" ")[0]
            parts = urlsplit(target)
            if method != "GET" or parts.path != CALLBACK_PATH:
                _reply(writer, 404, b"Not found")
            else:
                query = parse_qs(parts.query)
                accepted = on_callback(query.get("state", [""])[0], query.get("code", [""])[0],
                                       query.get("error", [""])[0])
                _reply(writer, 200 if accepted else 400, _DONE_PAGE if accepted else _REFUSED_PAGE)
            await writer.drain()
        except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError, ValueError):
            pass
        except asyncio.CancelledError:  # the listener ends with a connection still open: no traceback
            pass
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    servers = []
    for host in ("127.0.0.1", "::1"):
        try:
            servers.append(await asyncio.start_server(handle, host, port, limit=16 * 1024))
        except OSError as exc:
            if host == "::1" and exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
                continue  # no IPv6 here: localhost is 127.0.0.1 alone
            for server in servers:  # taken by someone else, on either: their listener would get the code
                server.close()
            raise LinkwizardError(problem(ProblemKind.TEAM_CALLBACK_PORT_BUSY, values={"port": str(port)},
                                          detail=f"{host}: errno {exc.errno}")) from None
    return servers


def _reply(writer: asyncio.StreamWriter, status: int, body: bytes) -> None:
    reason = {200: "OK", 400: "Bad Request", 404: "Not Found"}[status]
    writer.write(f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
                 f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n".encode()
                 + body)

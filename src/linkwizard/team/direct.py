"""One read of a team key without loading httpx: `exec`'s path when all is well.

`exec` reads one key and hands it over; importing httpx (and asyncio) for that one request
cost 60 ms, half of what `exec` of a keyring account takes in all (benchmarks: team exec).
This path sends the same GET with the standard library under the same rules, and only for
the ordinary case: it declines (returns None) whenever anything is out of the ordinary (a
proxy in the environment, a redirect, an encoded body, any status but 200, a network error),
and the full client (`vault.Session`) then makes the request again and says what happened.
So every refusal, fault and message has one owner.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import threading
from urllib.parse import urlsplit

from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.net import transport
from linkwizard.team import kv
from linkwizard.team.settings import Settings

PROXY_VARIABLES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")
TOTAL_TIMEOUT = 20.0  # for the whole answer: a node that drips a byte now and then ends here


class _Deadline:
    """Shuts the connection's socket once TOTAL_TIMEOUT has passed, whatever it waits for."""

    def __init__(self) -> None:
        self.passed = False
        self.sock: socket.socket | None = None  # once connected (http.client lets go of it early)
        self._timer = threading.Timer(TOTAL_TIMEOUT, self._cut)
        self._timer.daemon = True
        self._timer.start()

    def _cut(self) -> None:
        self.passed = True
        if self.sock is not None:
            with contextlib.suppress(OSError):
                self.sock.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        self._timer.cancel()


def read_current(settings: Settings, token: str, name: str) -> tuple[str, int] | None:
    """The current version's key and its number, or None: ask the full client instead. A vault
    that has not answered whole within TOTAL_TIMEOUT is TEAM_UNREACHABLE at once: the full
    client does not start a second wait."""
    parts = urlsplit(settings.address)
    loopback = transport.is_loopback_url(settings.address)
    if not loopback and any(os.environ.get(variable) for variable in PROXY_VARIABLES):
        return None  # proxies and NO_PROXY are httpx's to honour
    host, port = parts.hostname or "", parts.port
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        try:
            context = transport.trust_context(settings.ca_cert)
        except (OSError, ValueError):
            return None
        connection = http.client.HTTPSConnection(host, port, timeout=kv.CONNECT_TIMEOUT, context=context)
    else:
        connection = http.client.HTTPConnection(host, port, timeout=kv.CONNECT_TIMEOUT)
    headers = kv.headers(settings, token)
    path = f"/v1/{kv.data_path(settings, name)}"
    deadline = _Deadline()
    try:
        connection.connect()
        if connection.sock is not None:
            deadline.sock = connection.sock
            connection.sock.settimeout(kv.READ_TIMEOUT)
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        encoding = (response.getheader("Content-Encoding") or "").strip().lower()
        if response.status != 200 or encoding not in ("", "identity"):
            return None
        raw = response.read(transport.MAX_BODY_BYTES + 1)
    except (OSError, http.client.HTTPException):
        if deadline.passed:
            raise _too_slow(settings) from None
        return None  # the full client says which network trouble it was
    finally:
        deadline.stop()
        connection.close()
    if deadline.passed:
        raise _too_slow(settings)
    if len(raw) > transport.MAX_BODY_BYTES:
        return None
    return _key_in(raw)


def _too_slow(settings: Settings) -> LinkwizardError:
    return LinkwizardError(problem(ProblemKind.TEAM_UNREACHABLE, values={"address": settings.address},
                                   detail=f"no whole answer within {TOTAL_TIMEOUT:.0f} s"))


def _key_in(raw: bytes) -> tuple[str, int] | None:
    try:
        found = kv.current(json.loads(raw))
    except (ValueError, RecursionError):
        return None
    return None if found is None else found[:2]

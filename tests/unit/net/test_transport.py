"""What both HTTP clients share (net/transport.py), against a standard-library server on
loopback: real sockets and real httpx, no mocks of either."""

from __future__ import annotations

import asyncio
import gzip
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import httpx
import pytest

from linkwizard.net import transport
from support.loopback import serving

# path -> (Content-Encoding, body)
BODIES = {
    "/plain": ("", b'{"ok": true}'),
    "/gzip": ("gzip", gzip.compress(b'{"ok": true}')),
    "/deflate": ("deflate", zlib.compress(b'{"ok": true}')),
    "/huge": ("", b" " * (transport.MAX_BODY_BYTES + 1)),
    "/bomb": ("gzip", gzip.compress(b"0" * (transport.MAX_BODY_BYTES * 20))),  # 20 MiB from a few KiB
    "/twice": ("gzip, gzip", gzip.compress(gzip.compress(b"{}"))),
    "/brotli": ("br", b"\x0b\x01\x80{}\x03"),
}


class _Answers(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        encoding, body = BODIES[self.path]
        self.send_response(200)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serving(_Answers) as running:
        yield running


def _read(base: str, path: str) -> bytes:
    async def go() -> bytes:
        async with httpx.AsyncClient() as client, client.stream("GET", base + path) as response:
            return await transport.read_body(response)

    return asyncio.run(go())


@pytest.mark.parametrize("path", ["/plain", "/gzip", "/deflate"])
def test_one_layer_of_ordinary_encoding_is_read(base: str, path: str) -> None:
    assert _read(base, path) == b'{"ok": true}'


@pytest.mark.parametrize(("path", "said"), [("/huge", "over 1 MiB"), ("/bomb", "oversized gzip"),
                                            ("/twice", "encoded"), ("/brotli", "br")])
def test_an_answer_too_large_or_oddly_encoded_is_refused_without_its_body(base: str, path: str,
                                                                          said: str) -> None:
    with pytest.raises(transport.BodyRefused) as refused:
        _read(base, path)
    assert said in str(refused.value)
    assert "0000" not in str(refused.value)  # never a piece of the body


@pytest.mark.parametrize(("url", "loopback"), [
    ("http://127.0.0.1:8200", True), ("http://[::1]:8200", True), ("http://localhost:8200", True),
    ("http://127.1.2.3", True), ("https://vault.example.com", False), ("http://10.0.0.1", False),
    ("http://[::1", False), ("not a url", False)])
def test_what_counts_as_this_computer(url: str, loopback: bool) -> None:
    assert transport.is_loopback_url(url) is loopback


def test_one_user_agent_for_both_services() -> None:
    from linkwizard import __version__
    from linkwizard.team import kv
    from linkwizard.team.settings import Settings

    assert f"linkwizard/{__version__}" == transport.USER_AGENT
    assert kv.headers(Settings("http://127.0.0.1:1"))["User-Agent"] == transport.USER_AGENT


@pytest.mark.parametrize("client", ["linkwizard.stripe.client", "linkwizard.team.vault"])
def test_httpx_comes_without_its_command_line(client: str) -> None:
    """click and rich are installed beside the dev tools; httpx would load them for its own
    command line (40 ms). The one door to httpx (net/http.py) keeps them out, and nothing
    else: importing linkwizard alone changes no other module's import."""
    import subprocess
    import sys

    probe = (f"import sys, {client}; import httpx; "
             "print('click' in sys.modules, 'rich' in sys.modules, sys.modules['httpx._main'] is None)")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False", "True"]
    alone = subprocess.run([sys.executable, "-c", "import sys, linkwizard; print('httpx._main' in sys.modules)"],
                           capture_output=True, text=True, check=True)
    assert alone.stdout.strip() == "False"

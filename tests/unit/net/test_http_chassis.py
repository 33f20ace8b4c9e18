"""The one client factory and the one retry policy (net/http.py, net/retry.py), against a
standard-library server on loopback: real sockets and real httpx, no mocks of either."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from linkwizard.net import http, transport
from linkwizard.net.retry import RetryPolicy
from linkwizard.stripe.client import Policy as StripePolicy
from linkwizard.team.vault import Policy as VaultPolicy
from support.loopback import serving


class _Server(BaseHTTPRequestHandler):
    seen: list[str]

    def do_GET(self) -> None:
        self.seen.append(self.requestline)
        if self.path.endswith("/moved"):
            self.send_response(302)
            self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"{}"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    seen: list[str] = []
    with serving(type("Recording", (_Server,), {"seen": seen})) as base:
        yield base, seen


def _get(url: str, *, loopback: bool) -> int:
    async def go() -> int:
        async with http.make_client(StripePolicy(connect_timeout=2, read_timeout=2), {}, transport.trust_context(),
                                    loopback=loopback) as client:
            return (await client.get(url)).status_code

    return asyncio.run(go())


def test_a_redirect_is_never_followed(server: tuple[str, list[str]]) -> None:
    """A key or a token is not sent on to another address: the 302 is the answer."""
    base, seen = server
    assert _get(f"{base}/v1/moved", loopback=True) == 302
    assert seen == ["GET /v1/moved HTTP/1.1"]


def test_this_computer_is_reached_without_the_proxy(server: tuple[str, list[str]],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    base, seen = server
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # the discard port: nothing answers there
    assert _get(f"{base}/v1/account", loopback=True) == 200
    assert seen == ["GET /v1/account HTTP/1.1"]


def test_any_other_address_goes_through_the_proxy_of_the_environment(server: tuple[str, list[str]],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The loopback server plays the proxy: it receives the whole address in the request line,
    and nothing is sent to the name itself (`.invalid` never resolves)."""
    base, seen = server
    monkeypatch.setenv("HTTP_PROXY", base)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert _get("http://api.stripe.invalid/v1/account", loopback=False) == 200
    assert seen == ["GET http://api.stripe.invalid/v1/account HTTP/1.1"]


@pytest.mark.parametrize("policy", [StripePolicy(), VaultPolicy(), StripePolicy(initial_delay=0.1, max_delay=0.3)])
def test_the_backoff_grows_with_jitter_within_its_bounds(policy: RetryPolicy) -> None:
    for retry in (1, 2, 3, 6):
        ceiling = min(policy.initial_delay * 2 ** (retry - 1), policy.max_delay)
        waits = [policy.delay(retry) for _ in range(200)]
        assert all(max(ceiling / 2, policy.initial_delay / 2) <= wait <= ceiling for wait in waits)
        assert len(set(waits)) > 100  # jitter: clients failed together do not come back together


def test_each_service_has_its_own_defaults_of_the_one_policy() -> None:
    assert isinstance(StripePolicy(), RetryPolicy)
    assert isinstance(VaultPolicy(), RetryPolicy)
    assert (StripePolicy().connect_timeout, StripePolicy().read_timeout, StripePolicy().total_timeout) == (5, 15, 40)
    assert (VaultPolicy().total_timeout, VaultPolicy().initial_delay) == (30, 0.3)

"""Every network fault, end to end through `linking.link`: its own message, a bounded time,
nothing saved, no crash. The bounds here are the ones docs/security.md states.

The tests use a policy scaled down from the default (timeouts of half a second instead of
5/15 s) so the suite stays quick; docs/security.md gives the bounds for the default policy.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterator

import keyring
import pytest

from linkwizard.domain.keys import Environment
from linkwizard.domain.problems import Category, LinkwizardError, ProblemKind
from linkwizard.secrets.os_keyring import SERVICE, OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.stripe.base import validate_api_base
from linkwizard.stripe.client import Policy
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import Services
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, Reply, make_key
from support.sandbox import Home

POLICY = Policy(connect_timeout=0.5, read_timeout=0.5, total_timeout=3.0, max_retries=2,
                initial_delay=0.05, max_delay=0.2)


def services(api_base: str) -> Services:
    return Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(),
                            api_base=validate_api_base(api_base), policy=POLICY)


def link_fails(api_base: str, key: str, home: Home) -> tuple[LinkwizardError, float]:
    """Run the whole connect use case; it must fail, save nothing and leave no keyring entry."""
    started = time.monotonic()
    with pytest.raises(LinkwizardError) as raised:
        linking.link(LinkRequest(key, Environment.TEST, "faulty"), services(api_base))
    elapsed = time.monotonic() - started
    assert not (home.data_dir / "accounts.json").exists() or AccountStore(home.data_dir).load() == []
    assert key not in str(raised.value)
    assert key not in repr(raised.value.problem)
    return raised.value, elapsed


# Faults the fake server produces: (replies for /v1/customers, expected kind, requests, bound in s)
SERVER_FAULTS: dict[str, tuple[Callable[[str], list[Reply]], ProblemKind, int, float]] = {
    "headers then stall": (lambda k: [Reply(fault="stall_body", body=fs.customers_list().body)] * 3,
                           ProblemKind.TIMEOUT, 3, 3.5),
    "reset mid-body": (lambda k: [Reply(fault="reset_body", body=fs.customers_list().body)] * 3,
                       ProblemKind.CONNECTION_FAILED, 3, 2.0),
    "409 conflict": (lambda k: [fs.conflict()] * 3, ProblemKind.STRIPE_ERROR, 3, 2.0),
    "429 rate limited": (lambda k: [fs.rate_limited()], ProblemKind.RATE_LIMITED, 1, 1.0),
    "500": (lambda k: [fs.server_error(500)] * 3, ProblemKind.STRIPE_ERROR, 3, 2.0),
    "502": (lambda k: [fs.server_error(502)] * 3, ProblemKind.STRIPE_ERROR, 3, 2.0),
    "503": (lambda k: [fs.server_error(503)] * 3, ProblemKind.STRIPE_ERROR, 3, 2.0),
    "500 Stripe-Should-Retry: false": (lambda k: [fs.server_error(500, **{"Stripe-Should-Retry": "false"})],
                                       ProblemKind.STRIPE_ERROR, 1, 1.0),
    "503 Stripe-Should-Retry: true": (lambda k: [fs.server_error(503, **{"Stripe-Should-Retry": "true"})] * 3,
                                      ProblemKind.STRIPE_ERROR, 3, 2.0),
    "200 with HTML": (lambda k: [fs.captive_portal()], ProblemKind.UNEXPECTED_RESPONSE, 1, 1.0),
    "200 with JSON of the wrong shape": (lambda k: [Reply(200, {"object": "list", "data": "nope"})],
                                         ProblemKind.UNEXPECTED_RESPONSE, 1, 1.0),
    "200 with a 10 MB body": (lambda k: [Reply(200, b'{"object": "list", "data": [' + b" " * 10_000_000 + b"]}")],
                              ProblemKind.UNEXPECTED_RESPONSE, 1, 2.0),
}


@pytest.mark.parametrize("fault", list(SERVER_FAULTS))
def test_server_faults(fault: str, stripe: FakeStripe, home: Home) -> None:
    replies, kind, requests, bound = SERVER_FAULTS[fault]
    key = stripe.add_key(make_key())
    stripe.add_key(key, customers=replies(key))
    error, elapsed = link_fails(stripe.url, key, home)
    assert error.problem.kind is kind
    assert stripe.count() == requests
    assert elapsed < bound, f"{fault} took {elapsed:.2f} s"
    assert keyring.get_password(SERVICE, "faulty") is None


def test_connection_refused(unused_port: int, home: Home) -> None:
    error, elapsed = link_fails(f"http://127.0.0.1:{unused_port}", make_key(), home)
    assert error.problem.kind is ProblemKind.CONNECTION_FAILED
    assert error.problem.category is Category.UNREACHABLE
    assert elapsed < 1.5


@pytest.fixture
def full_backlog() -> Iterator[str]:
    """A real listener whose accept queue is full: the kernel drops new SYNs, so connects hang."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    filler = socket.create_connection(("127.0.0.1", port))
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        filler.close()
        listener.close()


def test_connect_timeout(full_backlog: str, home: Home) -> None:
    error, elapsed = link_fails(full_backlog, make_key(), home)
    assert error.problem.kind is ProblemKind.TIMEOUT
    # three attempts of 0.5 s plus backoff, and never more than total_timeout
    assert 1.4 < elapsed < POLICY.total_timeout + 0.5


def test_dns_failure(home: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    """The resolver's real answer for an unknown name, without sending a query off this machine."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def resolver(host: str | bytes | None, *args: object, **kwargs: object) -> object:
        name = host.decode() if isinstance(host, bytes) else str(host)  # anyio passes bytes
        if name not in ("127.0.0.1", "::1", "localhost"):  # nothing may leave loopback
            asked.append(name)
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    error, elapsed = link_fails("https://api.stripe.invalid", make_key(), home)
    assert asked == ["api.stripe.invalid"], "the lookup went through the resolver, once (never retried)"
    assert error.problem.kind is ProblemKind.DNS_FAILURE
    assert "DNS" in error.problem.advice
    assert elapsed < 1.5


def test_proxy_from_the_environment_is_used(stripe: FakeStripe, unused_port: int, home: Home,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A base off this computer goes through HTTPS_PROXY (here a dead one on loopback, so no
    request and no DNS query leaves); a loopback base never does (test_where_keys_go.py)."""
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{unused_port}")
    key = stripe.add_key(make_key())
    error, elapsed = link_fails("https://api.stripe.test", key, home)
    assert error.problem.kind is ProblemKind.PROXY_FAILURE
    assert elapsed < 1.5
    assert linking.link(LinkRequest(key, Environment.TEST, "direct"), services(stripe.url)).name == "direct"


def test_tls_verification_cannot_be_turned_off() -> None:
    """No setting, argument or variable of ours disables certificate checks."""
    import inspect

    from linkwizard.stripe import client as stripe_api

    source = inspect.getsource(stripe_api)
    assert "verify=False" not in source
    assert "CERT_NONE" not in source
    assert "verify" not in inspect.signature(stripe_api.make_client).parameters

"""Where a key may be sent (security review, finding 2): live keys to Stripe only, never
through a proxy to a loopback base, and TLS trust chosen on purpose."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import truststore

from linkwizard.domain.problems import LinkwizardError, ProblemKind
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.stripe.base import SEND_LIVE_KEYS_ENV, refuse_live_key_elsewhere
from linkwizard.stripe.client import make_client
from linkwizard.usecases import verifying
from linkwizard.usecases.services import Services
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, CliResult


@pytest.mark.parametrize("kind", ["sk", "rk"])
def test_a_live_key_is_not_sent_to_another_api_base(kind: str, cli: Cli, stripe: FakeStripe, api_base: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    run = cli
    monkeypatch.delenv(SEND_LIVE_KEYS_ENV, raising=False)
    key = stripe.add_key(make_key(kind, "live"))
    refused: CliResult = run("connect", "--environment", "production", stdin=key)
    assert refused.code == 2, refused.stderr
    assert "A live key is only ever sent to Stripe" in refused.stderr
    assert stripe.url in refused.stderr
    assert stripe.requests == []  # not one request, not even with another path


def test_a_stored_live_key_is_not_sent_when_the_base_changes(cli: Cli, stripe: FakeStripe, api_base: str,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Linked earlier (here: with the tests' permission), then checked at launch or with verify."""
    run = cli
    linked: CliResult = run("connect", "--environment", "production", "--name", "Live",
                            stdin=stripe.add_key(make_key("sk", "live")))
    assert linked.code == 0, linked.stderr
    stripe.reset_counts()
    monkeypatch.delenv(SEND_LIVE_KEYS_ENV)
    for args in (("verify", "--all"), ("permissions", "Live")):
        refused: CliResult = run(*args)
        assert refused.code == 2, refused.stderr
    assert stripe.requests == []
    services = Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(), api_base=stripe.url)
    [result] = verifying.verify(services.store.load(), services, automatic=True)
    assert result.problem is not None
    assert result.problem.kind is ProblemKind.LIVE_KEY_ELSEWHERE
    assert stripe.requests == []


def test_test_keys_and_stripe_itself_are_unaffected() -> None:
    refuse_live_key_elsewhere(make_key("sk", "test"), "http://127.0.0.1:1", {})
    refuse_live_key_elsewhere(make_key("sk", "live"), "https://api.stripe.com", {})
    refuse_live_key_elsewhere(make_key("sk", "live"), "https://api.stripe.com/", {})
    with pytest.raises(LinkwizardError):
        refuse_live_key_elsewhere(make_key("rk", "live"), "https://api.stripe.com.evil.test", {})
    with pytest.raises(LinkwizardError):
        refuse_live_key_elsewhere(make_key("sk", "live"), "https://127.0.0.1", {SEND_LIVE_KEYS_ENV: "yes"})


@pytest.fixture
def recording_proxy() -> Iterator[list[bytes]]:
    """A loopback listener standing in for a proxy; it records whatever reaches it."""
    received: list[bytes] = []
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(1)
                with contextlib.suppress(OSError):
                    received.append(connection.recv(65536))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    received.append(f"http://127.0.0.1:{listener.getsockname()[1]}".encode())
    yield received
    stop.set()
    thread.join()
    listener.close()


def test_a_loopback_base_never_goes_through_a_proxy(cli: Cli, stripe: FakeStripe, api_base: str,
                                                    recording_proxy: list[bytes],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    run = cli
    proxy = recording_proxy.pop(0).decode()
    for variable in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.setenv(variable, proxy)
    key = stripe.add_key(make_key("sk", "live"))
    linked: CliResult = run("connect", "--environment", "production", stdin=key)
    assert linked.code == 0, linked.stderr
    assert stripe.count() == 1
    assert recording_proxy == []  # the Bearer key never reached the proxy


def test_tls_trusts_the_system_store_plus_ssl_cert_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import trustme

    client = make_client("https://api.stripe.com")
    try:
        context = client._transport._pool._ssl_context  # type: ignore[attr-defined]
        assert isinstance(context, truststore.SSLContext)
    finally:
        import asyncio

        asyncio.run(client.aclose())
    authority = trustme.CA()
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    from linkwizard.net.transport import trust_context

    assert isinstance(trust_context(), truststore.SSLContext)


def test_ssl_cert_file_lets_a_private_authority_in(tls_stripe_trusted: str, cli: Cli) -> None:
    run = cli
    linked: CliResult = run("connect", "--environment", "test", stdin=tls_stripe_trusted)
    assert linked.code == 0, linked.stderr


@pytest.fixture
def tls_stripe_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The fake Stripe behind TLS with a private authority that SSL_CERT_FILE names; yields a working key."""
    server = FakeStripe()
    authority = server.behind_tls()
    server.start()
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    monkeypatch.setenv("LINKWIZARD_API_BASE", server.https_url)
    yield server.add_key(make_key())
    server.stop()


from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkwizard import __version__
from linkwizard.domain.problems import LinkwizardError, ProblemKind
from linkwizard.stripe.base import validate_api_base
from linkwizard.stripe.client import Policy
from linkwizard.usecases.cancellation import CancelToken
from support import fake_stripe as fs
from support.connection import run_test
from support.fake_stripe import FakeStripe, Reply, make_key


def test_secret_key_succeeds_with_identity(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key(), account_id="acct_1LwFakeRocket01", display_name="Rocket Rides")
    result = run_test(stripe.url, key)
    assert result.ok
    assert (result.stripe_account_id, result.display_name, result.livemode) == (
        "acct_1LwFakeRocket01", "Rocket Rides", False)
    assert result.request_id
    assert result.request_id.startswith("req_")
    first = stripe.requests[0]
    assert (first.path, first.query) == ("/v1/customers", "limit=1")
    assert first.authorization == f"Bearer {key}"
    assert first.user_agent == f"linkwizard/{__version__}"
    assert {r.path for r in stripe.requests} == {"/v1/customers", "/v1/account", "/v1/balance"}


@pytest.mark.parametrize(("message", "expected"), [
    ("on account 'acct_1LwFakeNamed01'. Having the 'rak_accounts_kyc_basic_read' permission would allow this",
     "acct_1LwFakeNamed01"),
    ("for this endpoint. Having the 'rak_accounts_kyc_basic_read' permission would allow this", None),
    ("on account 'acct_1LwFakeNamed01' or on account 'acct_1LwFakeNamed02'.", None),  # two: never a guess
    ("on account 'acct_1LwFakeNamed01' and again on account 'acct_1LwFakeNamed01'.", "acct_1LwFakeNamed01"),
    ("on account \"acct_1LwFakeNamed01\".", None),  # only the quoted form Stripe writes
    ("on account 'acct_1LwFake Named'.", None),
])
def test_a_restricted_key_learns_its_account_from_stripes_403(stripe: FakeStripe, message: str,
                                                              expected: str | None) -> None:
    key = make_key("rk")
    stripe.add_key(key, account=fs.Reply(403, fs.error_body(
        f"The provided key '{fs.masked(key)}' does not have the required permissions {message}")))
    result = run_test(stripe.url, key)
    assert result.ok
    assert result.stripe_account_id == expected
    assert stripe.count("/v1/account") == 1


def test_identity_failures_are_ignored(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key(), account=fs.captive_portal(), balance=fs.server_error())
    result = run_test(stripe.url, key)
    assert result.ok
    assert result.stripe_account_id is None
    assert result.livemode is None


def test_livemode_that_contradicts_the_environment_fails(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key(), livemode=True)
    result = run_test(stripe.url, key)
    assert result.problem is not None
    assert result.problem.kind is ProblemKind.MODE_MISMATCH


@pytest.mark.parametrize(("reply", "kind", "status", "code"), [
    (lambda k: fs.invalid_key(k), ProblemKind.INVALID_KEY, 401, None),
    (lambda k: fs.expired_key(k), ProblemKind.EXPIRED_KEY, 401, "api_key_expired"),
    (lambda k: fs.missing_permission(k), ProblemKind.MISSING_PERMISSION, 403, None),
    (lambda k: fs.rate_limited(), ProblemKind.RATE_LIMITED, 429, "rate_limit"),
    (lambda k: fs.captive_portal(), ProblemKind.UNEXPECTED_RESPONSE, 200, None),
    (lambda k: Reply(200, {"object": "customer", "id": "cus_1"}), ProblemKind.UNEXPECTED_RESPONSE, 200, None),
    (lambda k: Reply(200, b"not json at all"), ProblemKind.UNEXPECTED_RESPONSE, 200, None),
    (lambda k: Reply(200, b"x" * (2 * 1024 * 1024)), ProblemKind.UNEXPECTED_RESPONSE, 200, None),
    (lambda k: Reply(404, fs.error_body("Unrecognized request URL")), ProblemKind.UNEXPECTED_RESPONSE,
     404, None),
])
def test_each_answer_maps_to_its_own_problem(stripe: FakeStripe, reply: object, kind: ProblemKind,
                                             status: int, code: str | None) -> None:
    key = make_key("rk")
    stripe.add_key(key, customers=reply(key))  # type: ignore[operator]
    result = run_test(stripe.url, key)
    assert result.problem is not None
    assert result.problem.kind is kind
    assert result.problem.status == status
    assert result.problem.stripe_code == code
    assert result.problem.request_id
    assert result.problem.request_id.startswith("req_")
    assert stripe.count() == 1  # none of these is retried
    text = " ".join([result.problem.title, result.problem.advice, result.problem.detail])
    assert key not in text
    assert key[-4:] not in text
    assert "*" not in text


def test_missing_permission_names_the_rak_permission(stripe: FakeStripe) -> None:
    key = make_key("rk")
    stripe.add_key(key, customers=fs.missing_permission(key, "rak_customer_read"))
    found = run_test(stripe.url, key).problem
    assert found is not None
    assert found.permission == "rak_customer_read"
    assert "Customer: Read" in found.advice


def test_unknown_key_gets_stripes_401(stripe: FakeStripe) -> None:
    found = run_test(stripe.url, make_key()).problem
    assert found is not None
    assert found.kind is ProblemKind.INVALID_KEY


@pytest.mark.parametrize(("replies", "kind", "requests"), [
    ([fs.server_error(500)] * 3, ProblemKind.STRIPE_ERROR, 3),
    ([fs.server_error(502), fs.customers_list()], None, 2),
    ([fs.server_error(503, **{"Stripe-Should-Retry": "false"})], ProblemKind.STRIPE_ERROR, 1),
    ([fs.conflict()] * 3, ProblemKind.STRIPE_ERROR, 3),
    ([fs.rate_limited(**{"Stripe-Should-Retry": "true"}), fs.customers_list()], None, 2),
    ([Reply(fault="reset")] * 3, ProblemKind.CONNECTION_FAILED, 3),
    ([Reply(fault="reset"), fs.customers_list()], None, 2),
])
def test_retries_follow_stripes_rules(stripe: FakeStripe, replies: list[Reply],
                                      kind: ProblemKind | None, requests: int) -> None:
    key = stripe.add_key(make_key(), customers=list(replies))
    result = run_test(stripe.url, key)
    assert (result.problem.kind if result.problem else None) is kind
    assert stripe.count() == requests


def test_slow_answer_times_out(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key(), customers=Reply(delay=5))
    policy = Policy(connect_timeout=1, read_timeout=0.3, total_timeout=5, max_retries=0)
    started = time.monotonic()
    found = run_test(stripe.url, key, policy=policy).problem
    assert found is not None
    assert found.kind is ProblemKind.TIMEOUT
    assert time.monotonic() - started < 2


def test_total_time_is_bounded_across_retries(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key(), customers=Reply(delay=5))
    policy = Policy(connect_timeout=1, read_timeout=0.4, total_timeout=0.9, max_retries=2,
                    initial_delay=0.05)
    started = time.monotonic()
    found = run_test(stripe.url, key, policy=policy).problem
    assert found is not None
    assert found.kind is ProblemKind.TIMEOUT
    assert time.monotonic() - started < 1.5


def test_headers_then_stall_times_out(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key(), customers=Reply(fault="stall_body", body=b'{"object": "list"}'))
    policy = Policy(connect_timeout=1, read_timeout=0.3, total_timeout=5, max_retries=0)
    found = run_test(stripe.url, key, policy=policy).problem
    assert found is not None
    assert found.kind is ProblemKind.TIMEOUT


def test_cancel_from_another_thread_stops_within_a_second(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key(), customers=Reply(delay=10))
    token = CancelToken()
    threading.Timer(0.3, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(LinkwizardError) as raised:
        run_test(stripe.url, key, policy=Policy(read_timeout=30, total_timeout=60), cancel=token)
    assert raised.value.problem.kind is ProblemKind.CANCELLED
    assert time.monotonic() - started < 1.3


def test_connection_refused_is_a_connection_problem(unused_port: int) -> None:
    found = run_test(f"http://127.0.0.1:{unused_port}", make_key(), policy=Policy(
        connect_timeout=1, initial_delay=0.01, max_delay=0.02)).problem
    assert found is not None
    assert found.kind is ProblemKind.CONNECTION_FAILED


def test_untrusted_certificate_is_refused(tls_stripe: str) -> None:
    found = run_test(tls_stripe, make_key()).problem
    assert found is not None
    assert found.kind is ProblemKind.TLS_FAILURE


def test_proxy_that_is_down_is_named(stripe: FakeStripe, unused_port: int,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{unused_port}")
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{unused_port}")
    key = stripe.add_key(make_key())
    found = run_test("https://api.stripe.test", key, policy=Policy(connect_timeout=1, initial_delay=0.01)).problem
    assert found is not None
    assert found.kind is ProblemKind.PROXY_FAILURE


@pytest.mark.parametrize("url", [
    "https://api.stripe.com", "https://stripe-proxy.example.com:8443/", "http://127.0.0.1:1234",
    "http://localhost:9", "http://[::1]:80",
])
def test_allowed_api_bases(url: str) -> None:
    assert validate_api_base(url) == url.rstrip("/")


@pytest.mark.parametrize("url", [
    "http://api.stripe.com", "http://10.0.0.1", "file:///etc/passwd", "ftp://127.0.0.1",
    "https://user:pw@api.stripe.com", "https://api.stripe.com/?x=1", "garbage", "", "https://",
    "http://127.0.0.1:99999", "https://api.stripe.com#frag",
])
def test_refused_api_bases(url: str) -> None:
    with pytest.raises(LinkwizardError) as raised:
        validate_api_base(url)
    assert raised.value.problem.kind is ProblemKind.API_BASE_REFUSED


@pytest.fixture
def tls_stripe(tmp_path: object) -> Iterator[str]:
    """The fake Stripe behind a real TLS listener whose certificate no one trusts."""
    server = FakeStripe()
    server.behind_tls()
    server.start()
    yield server.https_url
    server.stop()


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None, reason="needs root and unshare")
def test_localhost_is_loopback_only_when_it_resolves_to_loopback(tmp_path: Path) -> None:
    """`http://localhost` sends a key in clear: it is accepted only while the name resolves to a
    loopback address (the review's F12). A private mount namespace gives the check a hosts file
    in which `localhost` is another machine."""
    hosts = tmp_path / "hosts"
    hosts.write_text("10.1.2.3 localhost\n")
    check = ("import sys\nfrom linkwizard.stripe.base import validate_api_base\nfrom linkwizard.domain.problems import "
             "LinkwizardError\ntry:\n    validate_api_base('http://localhost:9')\nexcept LinkwizardError:\n"
             "    sys.exit(7)\n")
    elsewhere = subprocess.run(["unshare", "--mount", "sh", "-c",
                                f'mount --bind "{hosts}" /etc/hosts && exec "$0" -c "$1"', sys.executable, check],
                               capture_output=True, text=True, timeout=60, check=False)
    assert elsewhere.returncode == 7, elsewhere.stderr
    here = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=60, check=False)
    assert here.returncode == 0, here.stderr
    assert validate_api_base("http://localhost:9") == "http://localhost:9"

"""The permission checklist, health over time, key rotation and duplicates, against the fake
Stripe server (keys that can read some resources and not others, keys that start failing,
keys of different Stripe accounts) and the real keyring."""

from __future__ import annotations

import json
import time

import keyring
import pytest

from linkwizard.domain.account import Account, Health
from linkwizard.domain.keys import Environment
from linkwizard.domain.permissions import BY_NAME, RESOURCES, Access, PermissionCheck
from linkwizard.domain.problems import LinkwizardError, Problem, ProblemKind
from linkwizard.secrets.os_keyring import SERVICE, OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.stripe.base import validate_api_base
from linkwizard.stripe.client import PROBE_CONCURRENCY, Policy, make_client, probe_permissions
from linkwizard.usecases import linking, verifying
from linkwizard.usecases.cancellation import run_cancellable
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import Services
from support import fake_stripe as fs
from support.fake_stripe import READ_PERMISSIONS, FakeStripe, make_key
from support.sandbox import Cli

FAST = Policy(connect_timeout=1, read_timeout=1, total_timeout=5, initial_delay=0.02, max_delay=0.05)


def services(api_base: str) -> Services:
    return Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(),
                            api_base=validate_api_base(api_base), policy=FAST)


def probe(url: str, key: str) -> tuple[PermissionCheck, ...] | Problem:
    async def work() -> tuple[PermissionCheck, ...] | Problem:
        async with make_client(url, FAST) as client:
            return await probe_permissions(client, key, FAST)

    return run_cancellable(work)


# the table ------------------------------------------------------------------------------

def test_every_resource_maps_to_the_permission_stripe_names() -> None:
    assert {r.path: r.permission for r in RESOURCES} == READ_PERMISSIONS
    assert len({r.name for r in RESOURCES}) == len(RESOURCES) == 13
    assert all(r.permission.startswith("rak_") and r.permission.endswith("_read") for r in RESOURCES)


# the probe ------------------------------------------------------------------------------

def test_probe_reports_read_none_and_the_permission_stripe_names(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/invoices", "/v1/balance"})
    checks = probe(stripe.url, key)
    assert isinstance(checks, tuple)
    found = {c.resource: (c.access, c.permission) for c in checks}
    assert [c.resource for c in checks] == [r.name for r in RESOURCES]
    assert found["customers"] == found["invoices"] == found["balance"] == (Access.READ, None)
    assert found["prices"] == (Access.NONE, "rak_plan_read")
    assert found["checkout_sessions"] == (Access.NONE, "rak_checkout_session_read")
    assert sum(1 for access, _ in found.values() if access is Access.NONE) == 10
    assert {r.path for r in stripe.requests} == set(READ_PERMISSIONS)  # reads only, each once
    assert all(r.query in ("limit=1", "") for r in stripe.requests)


def test_network_trouble_on_one_resource_is_unknown_not_none(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key("rk"), charges=[fs.server_error(503)] * 5, refunds=fs.captive_portal())
    checks = probe(stripe.url, key)
    assert isinstance(checks, tuple)
    found = {c.resource: c.access for c in checks}
    assert found["charges"] is Access.UNKNOWN
    assert found["refunds"] is Access.UNKNOWN
    assert found["invoices"] is Access.READ


def test_a_rejected_key_is_a_problem_not_a_checklist(stripe: FakeStripe) -> None:
    found = probe(stripe.url, make_key())
    assert isinstance(found, Problem)
    assert found.kind is ProblemKind.INVALID_KEY


def test_probe_takes_about_two_round_trips_and_stays_within_the_rate_limit(stripe: FakeStripe) -> None:
    key = stripe.add_key(make_key("rk"))
    stripe.latency = 0.2
    started = time.monotonic()
    probe(stripe.url, key)
    elapsed = time.monotonic() - started
    # two rounds of 200 ms when nothing else competes; one after another would take 2.6 s
    assert elapsed < 0.2 * 5, f"{elapsed:.2f} s for 13 requests at 200 ms each"
    assert stripe.max_in_flight <= PROBE_CONCURRENCY
    assert len(stripe.requests) == 13 < 25  # the whole probe is under Stripe's test-mode limit per second


def test_linking_keeps_the_checklist_with_the_account(stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/charges"})
    account = linking.link(LinkRequest(key, Environment.TEST, "Reporting"), services(api_base))
    stored = AccountStore(paths.data_dir()).find("Reporting")
    assert stored.permissions == account.permissions
    assert stored.permissions_checked_at
    assert account.permissions is not None
    assert [c.resource for c in account.permissions if c.access is Access.READ] == ["customers", "charges"]
    assert stripe.count("/v1/customers") == 1  # the test proved it; the probe does not ask again


def test_cli_permissions_json(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/payouts"})
    assert cli("connect", "--environment", "test", "--name", "ops", stdin=key).code == 0
    stripe.add_key(key, can_read={"/v1/customers"}, payouts=fs.server_error(500))  # payouts: trouble now
    result = cli("permissions", "ops", "--json")
    assert result.code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert all(set(row) == {"resource", "access", "permission"} for row in rows)
    by_name = {row["resource"]: row for row in rows}
    assert by_name["customers"] == {"resource": "customers", "access": "read", "permission": None}
    assert by_name["payouts"] == {"resource": "payouts", "access": "unknown", "permission": None}
    assert by_name["events"] == {"resource": "events", "access": "none", "permission": "rak_event_read"}
    text = cli("permissions", "ops")
    assert "Events" in text.stdout
    assert "needs rak_event_read" in text.stdout
    assert "full access" not in text.stdout
    assert cli("permissions", "nobody").code == 2


def test_a_secret_key_gets_the_full_access_note(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    result = cli("connect", "--environment", "test", "--name", "full", stdin=stripe.add_key(make_key()))
    assert result.code == 0
    assert "full access" in result.stdout.lower() or "read and change everything" in result.stdout
    assert "restricted key" in result.stdout
    assert "Customers: Read" in result.stdout


# health -------------------------------------------------------------------------------

def test_every_health_transition(stripe: FakeStripe, api_base: str) -> None:
    svc = services(api_base)
    key = stripe.add_key(make_key())
    account = linking.link(LinkRequest(key, Environment.TEST, "Shop"), svc)

    def check() -> Account:
        [result] = verifying.verify([svc.store.find("Shop")], svc, automatic=True)
        return result.account

    stripe.add_key(key, customers=fs.server_error(502))
    after = check()
    assert (after.status, after.status_reason, after.last_http_status) == (
        Health.UNREACHABLE, "Stripe had a problem", 502)
    stripe.add_key(key)
    after = check()
    assert (after.status, after.status_reason, after.last_http_status) == (Health.OK, None, None)
    stripe.add_key(key, customers=fs.missing_permission(key))
    after = check()
    assert (after.status, after.auth_failures, after.last_http_status) == (Health.NEEDS_ATTENTION, 0, 403)
    stripe.add_key(key, customers=fs.expired_key(key))
    after = check()
    assert (after.status, after.status_reason, after.auth_failures) == (
        Health.NEEDS_ATTENTION, "This key has expired", 1)
    assert after.last_stripe_code == "api_key_expired"
    assert after.last_request_id
    stripe.add_key(key, customers=Reply_timeout())
    after = check()
    assert after.status is Health.UNREACHABLE  # network trouble never says the key is bad
    keyring.delete_password(SERVICE, account.id)
    after = check()
    assert (after.status, after.status_reason) == (Health.NEEDS_ATTENTION, "The key is missing from the keyring")


def Reply_timeout() -> fs.Reply:
    return fs.Reply(delay=3)


def test_three_refusals_in_a_row_stop_automatic_checks(stripe: FakeStripe, api_base: str) -> None:
    svc = services(api_base)
    key = stripe.add_key(make_key())
    linking.link(LinkRequest(key, Environment.TEST, "Shop"), svc)
    stripe.add_key(key, customers=fs.invalid_key(key))
    for strike in range(1, 4):
        [result] = verifying.verify(svc.store.load(), svc, automatic=True)
        assert result.account.auth_failures == strike
    assert svc.store.find("Shop").checks_paused
    stripe.reset_counts()
    assert verifying.verify(svc.store.load(), svc, automatic=True) == []
    assert stripe.requests == []  # no fourth try behind the person's back
    stripe.add_key(key)  # they fixed the key in the Dashboard and press Verify now
    [result] = verifying.verify(svc.store.load(), svc)
    assert result.account.status is Health.OK
    assert not result.account.checks_paused


# rotation -----------------------------------------------------------------------------

def test_replace_key_swaps_only_after_the_new_key_passes(stripe: FakeStripe, api_base: str) -> None:
    svc = services(api_base)
    old = stripe.add_key(make_key(), account_id="acct_1LwFakeRotate01")
    account = linking.link(LinkRequest(old, Environment.TEST, "Shop"), svc)
    stripe.add_key(old, customers=fs.expired_key(old))
    verifying.verify(svc.store.load(), svc)
    bad_new = stripe.add_key(make_key(), account_id="acct_1LwFakeRotate01", customers=fs.invalid_key(make_key()))
    with pytest.raises(LinkwizardError) as raised:
        linking.link(LinkRequest(bad_new, Environment.TEST, replacing=account.id), svc)
    assert raised.value.problem.kind is ProblemKind.INVALID_KEY
    assert keyring.get_password(SERVICE, account.id) == old  # the failed attempt changed nothing
    assert svc.store.find("Shop").key_hint == account.key_hint
    new = stripe.add_key(make_key("rk"), account_id="acct_1LwFakeRotate01", can_read={"/v1/customers"})
    replaced = linking.link(LinkRequest(new, Environment.TEST, replacing=account.id), svc)
    assert keyring.get_password(SERVICE, account.id) == new
    assert (replaced.id, replaced.name, replaced.environment) == (account.id, "Shop", Environment.TEST)
    assert replaced.key_hint.startswith("rk_test_")
    assert replaced.status is Health.OK
    assert replaced.auth_failures == 0
    assert replaced.permissions is not None
    assert replaced.stripe_account_id == "acct_1LwFakeRotate01"  # a restricted key cannot tell; kept


def test_a_key_for_another_stripe_account_is_flagged_before_saving(stripe: FakeStripe, api_base: str) -> None:
    svc = services(api_base)
    old = stripe.add_key(make_key(), account_id="acct_1LwFakeFirst001")
    account = linking.link(LinkRequest(old, Environment.TEST, "Shop"), svc)
    other = stripe.add_key(make_key(), account_id="acct_1LwFakeOther001")
    with pytest.raises(LinkwizardError) as raised:
        linking.link(LinkRequest(other, Environment.TEST, replacing=account.id), svc)
    assert raised.value.problem.kind is ProblemKind.OTHER_STRIPE_ACCOUNT
    assert "acct_1LwFakeOther001" in raised.value.problem.title
    assert keyring.get_password(SERVICE, account.id) == old
    moved = linking.link(LinkRequest(other, Environment.TEST, replacing=account.id, allow_other_account=True), svc)
    assert moved.stripe_account_id == "acct_1LwFakeOther001"
    assert keyring.get_password(SERVICE, account.id) == other


def test_cli_replace_key(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    old, new = stripe.add_key(make_key()), stripe.add_key(make_key())
    assert cli("connect", "--environment", "test", "--name", "shop", stdin=old).code == 0
    [account] = AccountStore(paths.data_dir()).load()
    refused = cli("replace-key", "shop", stdin=new)  # a different (fake) Stripe account
    assert refused.code == 2
    assert "This key belongs to acct_" in refused.stderr
    assert "--allow-other-account" in refused.stderr
    assert keyring.get_password(SERVICE, account.id) == old
    done = cli("replace-key", "shop", "--allow-other-account", "--json", stdin=new)
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["key_hint"].endswith(new[-4:])
    assert keyring.get_password(SERVICE, account.id) == new
    assert cli("replace-key", "nobody", stdin=new).code == 2
    assert cli("replace-key", "shop", stdin=make_key("pk")).code == 2


# duplicates ---------------------------------------------------------------------------

def test_the_same_key_twice_is_refused_and_names_the_account(stripe: FakeStripe, api_base: str) -> None:
    svc = services(api_base)
    key = stripe.add_key(make_key())
    first = linking.link(LinkRequest(key, Environment.TEST, "Shop"), svc)
    stripe.reset_counts()
    with pytest.raises(linking.AlreadyLinked) as raised:
        linking.link(LinkRequest(f"  {key}\n", Environment.TEST, "Shop again"), svc)
    assert raised.value.existing.id == first.id
    assert "This key" in raised.value.problem.title
    assert stripe.requests == []  # known before asking Stripe
    assert [a.name for a in svc.store.load()] == ["Shop"]


def test_the_same_stripe_account_with_another_key_is_refused(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    first = stripe.add_key(make_key(), account_id="acct_1LwFakeTwin0001")
    second = stripe.add_key(make_key(), account_id="acct_1LwFakeTwin0001")
    assert cli("connect", "--environment", "test", "--name", "shop", stdin=first).code == 0
    twin = cli("connect", "--environment", "test", "--name", "twin", stdin=second)
    assert twin.code == 2
    assert "already linked as “shop”" in twin.stderr
    assert 'linkwizard replace-key shop\n' in twin.stderr
    live = stripe.add_key(make_key("sk", "live"), account_id="acct_1LwFakeTwin0001")
    assert cli("connect", "--environment", "production", "--name", "live", stdin=live).code == 0  # other env
    assert BY_NAME["customers"].permission == "rak_customer_read"


def test_verify_asks_one_request_per_known_account(stripe: FakeStripe, api_base: str) -> None:
    svc = services(api_base)
    for number in range(5):
        linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, f"Shop {number}"), svc)
    stripe.reset_counts()
    results = verifying.verify(svc.store.load(), svc)
    assert [r.account.status for r in results] == [Health.OK] * 5
    assert {r.path for r in stripe.requests} == {"/v1/customers"}
    assert len(stripe.requests) == 5
    assert all(a.last_verified_at for a in svc.store.load())  # one batched write kept every result

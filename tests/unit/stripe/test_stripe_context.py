"""Stripe as it is now: identities for restricted keys, organization keys, connected accounts
(Stripe-Context) and the pinned Stripe-Version. The real CLI, the fake Stripe server (which
enforces the organization-key rules as Stripe documents them) and the real keyring."""

from __future__ import annotations

import json
from typing import Any

import keyring
import pytest

from linkwizard.secrets.os_keyring import SERVICE
from linkwizard.stripe.base import API_VERSION
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, CliResult, Home

SHOP, SANDBOX, OTHER = "acct_1LwFakeShop0001", "acct_1LwFakeSandbx2", "acct_1LwFakeOther003"


def connect(cli: Cli, key: str, *args: str, environment: str = "test") -> CliResult:
    return cli("connect", "--environment", environment, "--json", *args, stdin=key)


def accounts(cli: Cli) -> list[dict[str, Any]]:
    listed: list[dict[str, Any]] = json.loads(cli("accounts", "--json").stdout)
    return listed


def test_restricted_keys_have_identities_and_the_duplicate_rules_hold(cli: Cli, stripe: FakeStripe,
                                                                     api_base: str) -> None:
    secret = stripe.add_key(make_key(), account_id=SHOP, display_name="Shop")
    assert connect(cli, secret, "--name", "shop").code == 0
    restricted = stripe.add_key(make_key("rk"), account_id=SHOP)
    twin = connect(cli, restricted, "--name", "shop reports")
    assert twin.code == 2
    assert "This Stripe account is already linked as \u201cshop\u201d" in twin.stderr
    sandbox = stripe.add_key(make_key("rk"), account_id=SANDBOX)
    linked = connect(cli, sandbox, "--name", "sandbox")
    assert linked.code == 0
    assert json.loads(linked.stdout)["stripe_account_id"] == SANDBOX
    # A restricted key of another Stripe account is refused as a replacement, as for secret keys.
    other = stripe.add_key(make_key("rk"), account_id=OTHER)
    moved = cli("replace-key", "sandbox", stdin=other)
    assert moved.code == 2
    assert OTHER in moved.stderr
    assert "--allow-other-account" in moved.stderr


def test_accounts_linked_before_learn_their_id_on_the_next_verify(cli: Cli, stripe: FakeStripe, api_base: str,
                                                                  home: Home) -> None:
    key = stripe.add_key(make_key("rk"), account_id=SANDBOX)
    assert connect(cli, key, "--name", "old").code == 0
    path = home.data_dir / "accounts.json"
    document = json.loads(path.read_text())
    document["accounts"][0]["stripe_account_id"] = None  # as every restricted key was before
    path.write_text(json.dumps(document))
    assert accounts(cli)[0]["stripe_account_id"] is None
    assert cli("verify", "old").code == 0
    assert accounts(cli)[0]["stripe_account_id"] == SANDBOX


def test_an_organization_key_needs_a_context_before_any_request(cli: Cli, stripe: FakeStripe,
                                                                api_base: str) -> None:
    key = stripe.add_organization_key("sk_org_" + make_key()[8:], {SHOP: "Shop", SANDBOX: "Sandbox"})
    refused = connect(cli, key)
    assert refused.code == 2
    assert "organization key needs the account it acts on" in refused.stderr
    assert "--stripe-context" in refused.stderr
    assert "acct_" in refused.stderr
    assert stripe.requests == []
    assert accounts(cli) == []


def test_an_organization_key_links_verifies_probes_and_execs_in_its_context(
        cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_organization_key("sk_org_" + make_key()[8:], {SHOP: "Shop", SANDBOX: "Sandbox"})
    linked = connect(cli, key, "--stripe-context", SANDBOX, "--name", "org sandbox")
    assert linked.code == 0, linked.stderr
    account = json.loads(linked.stdout)
    assert account["key_kind"] == "organization"
    assert account["key_hint"] == f"sk_org_...{key[-4:]}"
    assert account["stripe_context"] == SANDBOX
    assert account["stripe_account_id"] == SANDBOX
    assert account["display_name"] == "Sandbox"
    assert keyring.get_password(SERVICE, account["id"]) == key
    assert cli("verify", "org sandbox").code == 0
    probed = cli("permissions", "org sandbox", "--json")
    assert probed.code == 0
    assert {p["access"] for p in json.loads(probed.stdout)} == {"read"}
    assert stripe.requests
    assert all(r.stripe_context == SANDBOX for r in stripe.requests)
    assert all(r.stripe_version == API_VERSION for r in stripe.requests)
    script = 'test "$STRIPE_CONTEXT" = acct_1LwFakeSandbx2 && echo context-ok'
    assert cli("exec", "org sandbox", "--", "sh", "-c", script).stdout.strip() == "context-ok"
    # The same key for the other account is another account, not a duplicate.
    second = connect(cli, key, "--stripe-context", SHOP, "--name", "org shop")
    assert second.code == 0
    assert json.loads(second.stdout)["stripe_account_id"] == SHOP
    assert connect(cli, key, "--stripe-context", SHOP, "--name", "again").code == 2


def test_an_organization_key_in_the_wrong_mode_is_refused_and_nothing_saved(cli: Cli, stripe: FakeStripe,
                                                                           api_base: str) -> None:
    key = stripe.add_organization_key("sk_org_" + make_key()[8:], {SHOP: "Shop"}, livemode=False)
    result = connect(cli, key, "--stripe-context", SHOP, environment="production")
    assert result.code == 2
    assert "Test Mode" in result.stderr
    assert accounts(cli) == []


def test_a_context_stripe_refuses_gets_its_own_message(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_organization_key("sk_org_" + make_key()[8:], {SHOP: "Shop"})
    result = connect(cli, key, "--stripe-context", OTHER)
    assert result.code == 4
    assert f"This key cannot act on {OTHER}" in result.stderr
    assert key not in result.stderr
    assert accounts(cli) == []
    platform = stripe.add_key(make_key(), account_id=SHOP)
    stripe.add_connected_accounts(platform, {SANDBOX: "Connected shop"})
    wrong = connect(cli, platform, "--stripe-context", OTHER)
    assert wrong.code == 4
    assert f"cannot act on {OTHER}" in wrong.stderr


def test_stripes_answer_to_a_missing_context_gets_its_own_message(stripe: FakeStripe) -> None:
    """linkwizard never sends an organization key without a context; if Stripe ever wants
    one anyway, the answer is named, not a generic error."""
    from support.connection import run_test

    key = stripe.add_organization_key("sk_org_" + make_key()[8:], {SHOP: "Shop"})
    result = run_test(stripe.url, key)
    assert result.problem is not None
    assert result.problem.kind.name == "CONTEXT_REQUIRED"


def test_a_platform_key_acts_on_connected_accounts(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    platform = stripe.add_key(make_key("rk"), account_id=SHOP)
    stripe.add_connected_accounts(platform, {SANDBOX: "Connected A", OTHER: "Connected B"})
    first = connect(cli, platform, "--stripe-context", SANDBOX, "--name", "A")
    second = connect(cli, platform, "--stripe-context", f"{SHOP}/{OTHER}", "--name", "B")
    assert first.code == 0, first.stderr
    assert second.code == 0, second.stderr
    assert json.loads(first.stdout)["stripe_account_id"] == SANDBOX
    assert json.loads(second.stdout)["stripe_context"] == f"{SHOP}/{OTHER}"
    assert {r.stripe_context for r in stripe.requests} == {SANDBOX, f"{SHOP}/{OTHER}"}
    table = cli("accounts")
    assert "A" in table.stdout
    assert "B" in table.stdout


@pytest.mark.parametrize(("context", "key_kind", "words"), [
    ("acct_ 1LwFake", "sk", "This is not a Stripe account id"),
    ("https://dashboard.stripe.com/acct_1LwFakeShop0001/apikeys", "sk", "This is a web address"),
    ("acct_1LwFakeShop0001/", "rk", "This is not a Stripe account id"),
    ("acct_1LwFakeShop0001", "pk", "A publishable key cannot act for another account"),
])
def test_bad_contexts_are_refused_before_any_request(cli: Cli, stripe: FakeStripe, api_base: str, context: str,
                                                    key_kind: str, words: str) -> None:
    key = stripe.add_key(make_key(key_kind))
    result = connect(cli, key, "--stripe-context", context)
    assert result.code == 2
    assert words in result.stderr
    assert stripe.requests == []
    assert accounts(cli) == []


def test_every_request_carries_the_pinned_version(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    assert connect(cli, key, "--name", "v").code == 0
    assert cli("verify", "--all").code == 0
    assert cli("permissions", "v").code == 0
    assert len(stripe.requests) > 10
    assert {r.stripe_version for r in stripe.requests} == {API_VERSION}


def test_an_answer_of_another_shape_is_an_unexpected_answer_not_a_crash(cli: Cli, stripe: FakeStripe,
                                                                         api_base: str) -> None:
    key = stripe.add_key(make_key(), customers=fs.Reply(body={"object": "list", "data": {"id": "cus_1"}}),
                         account=fs.Reply(body={"id": ["acct_1"], "settings": "none"}))
    result = connect(cli, key)
    assert result.code == 5
    assert "Traceback" not in result.stderr
    fine = stripe.add_key(make_key(), account=fs.Reply(body={"id": ["acct_1"], "settings": "none"}))
    shaped = connect(cli, fine)
    assert shaped.code == 0
    assert json.loads(shaped.stdout)["stripe_account_id"] is None


def test_a_400_for_the_context_is_named_too(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_organization_key("sk_org_" + make_key()[8:], {SHOP: "Shop"})
    stripe._contexts[key][SHOP]["/v1/customers"] = [fs.Reply(400, fs.error_body(
        f"The provided key '{fs.masked(key)}' does not have access to account '{SHOP}' (or that account does "
        "not exist).", code="account_invalid"))]
    result = connect(cli, key, "--stripe-context", SHOP)
    assert result.code == 4
    assert f"This key cannot act on {SHOP}" in result.stderr
    assert accounts(cli) == []


def test_diagnostics_name_the_context_and_the_version(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    from linkwizard.store import paths
    from linkwizard.store.accounts import AccountStore
    from linkwizard.usecases.diagnostics import diagnostics_text

    key = stripe.add_organization_key("sk_org_" + make_key()[8:], {SHOP: "Shop"})
    assert connect(cli, key, "--stripe-context", SHOP).code == 0
    [account] = AccountStore(paths.data_dir()).load()
    text = diagnostics_text(account)
    assert f"Stripe-Context  {SHOP}" in text
    assert API_VERSION in text
    assert key not in text

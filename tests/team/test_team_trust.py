"""A version of a team entry that this computer has not tested is never handed to a script or
called OK until it passes the connection test and belongs to the account that was linked.
A teammate (or anyone who may write the path) swaps the key with `bao`, behind linkwizard."""

from __future__ import annotations

import json

from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli
from support.team_vault import TeamVault, log_in

LINKED = "acct_1TrustLinked0001"
OTHER = "acct_1TrustOther00002"


def link_shop(cli: Cli, stripe: FakeStripe, vault: TeamVault) -> str:
    log_in(cli, vault, vault.admin_token)
    key = stripe.add_key(make_key(), account_id=LINKED)
    linked = cli("connect", "--environment", "test", "--name", "Shop", "--store", "team", stdin=key)
    assert linked.code == 0, linked.stderr
    return key


def swap(vault: TeamVault, key: str) -> None:
    """The entry's next version, written straight into the vault (no linkwizard involved)."""
    vault.bao.ok("POST", f"{vault.mount}/data/stripe/Shop", {"data": {"api_key": key}})


def shop(cli: Cli) -> dict[str, object]:
    [account] = json.loads(cli("accounts", "--json").stdout)
    return dict(account)


def test_an_unchanged_version_is_used_without_a_request(cli: Cli, stripe: FakeStripe, api_base: str,
                                                        vault: TeamVault) -> None:
    link_shop(cli, stripe, vault)
    stripe.reset_counts()
    assert cli("exec", "Shop", "--", "true").code == 0
    assert stripe.count() == 0  # tested when it was linked; not again


def test_a_new_version_of_the_same_account_is_tested_once_then_used(cli: Cli, stripe: FakeStripe, api_base: str,
                                                                    vault: TeamVault) -> None:
    link_shop(cli, stripe, vault)
    new = stripe.add_key(make_key(), account_id=LINKED)
    swap(vault, new)
    stripe.reset_counts()
    ran = cli("exec", "Shop", "--", "true")
    assert ran.code == 0, ran.stderr
    assert stripe.count() >= 1  # tested before it was handed over
    assert shop(cli)["team_version"] == 2
    stripe.reset_counts()
    assert cli("exec", "Shop", "--", "true").code == 0
    assert stripe.count() == 0  # and only once


def test_a_key_of_another_stripe_account_is_never_used(cli: Cli, stripe: FakeStripe, api_base: str,
                                                       vault: TeamVault) -> None:
    link_shop(cli, stripe, vault)
    swap(vault, stripe.add_key(make_key(), account_id=OTHER))
    ran = cli("exec", "Shop", "--", "sh", "-c", "echo ran")
    assert ran.code == 2, ran.stdout + ran.stderr
    assert "ran" not in ran.stdout
    assert LINKED in ran.stderr
    assert OTHER in ran.stderr
    verified = cli("verify", "Shop")
    assert verified.code == 2, verified.stderr
    assert "remove the account here and add it again from the team vault" in verified.stderr
    account = shop(cli)
    assert account["status"] == "needs_attention"
    assert account["status_reason"] == "The team vault now holds a key of another Stripe account"
    assert account["team_version"] == 1  # the swapped version was not taken


def test_a_key_of_the_other_environment_is_never_used(cli: Cli, stripe: FakeStripe, api_base: str,
                                                      vault: TeamVault) -> None:
    link_shop(cli, stripe, vault)
    swap(vault, stripe.add_key(make_key("sk", "live"), account_id=LINKED))
    ran = cli("exec", "Shop", "--", "sh", "-c", "echo ran")
    assert ran.code == 2, ran.stdout + ran.stderr
    assert "ran" not in ran.stdout
    assert "The team vault now holds a key of the other environment" in ran.stderr
    assert shop(cli)["status"] == "needs_attention"


def test_a_change_of_kind_alone_is_accepted_and_named(cli: Cli, stripe: FakeStripe, api_base: str,
                                                      vault: TeamVault) -> None:
    link_shop(cli, stripe, vault)
    swap(vault, stripe.add_key(make_key("rk"), account_id=LINKED))
    verified = cli("verify", "Shop")
    assert verified.code == 0, verified.stderr
    assert "It is a restricted key now, no longer a secret key." in verified.stdout
    assert shop(cli)["key_kind"] == "restricted"
    assert cli("exec", "Shop", "--", "true").code == 0

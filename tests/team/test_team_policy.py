"""`linkwizard team policy [--read-only]`: the printed HCL, applied to a real `bao server -dev`
with tokens that hold that policy alone (not even the vault's `default`), lets each person do
exactly what it says."""

from __future__ import annotations

import json

from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli
from support.team_vault import TeamVault, log_in

SHOP = "acct_1PolicyShop0001"


def token_with_only(vault: TeamVault, cli: Cli, read_only: bool, name: str) -> str:
    printed = cli("team", "policy", *(["--read-only"] if read_only else []))
    assert printed.code == 0, printed.stderr
    assert f'path "{vault.mount}/data/stripe/*"' in printed.stdout
    policy = f"{vault.mount}-{name}"
    vault.bao.policy(policy, printed.stdout)
    answer = vault.bao.ok("POST", "auth/token/create", {"policies": [policy], "no_default_policy": True,
                                                        "ttl": "1h", "display_name": name, "no_parent": True})
    return str(answer["auth"]["client_token"])


def test_the_read_write_policy_links_shares_replaces_lists_and_removes(cli: Cli, stripe: FakeStripe, api_base: str,
                                                                       vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)  # team setup, so `team policy` knows the mount
    log_in(cli, vault, token_with_only(vault, cli, read_only=False, name="writer"))
    linked = cli("connect", "--environment", "test", "--name", "Shop", "--store", "team",
                 stdin=stripe.add_key(make_key(), account_id=SHOP))
    assert linked.code == 0, linked.stderr
    assert cli("connect", "--environment", "test", "--name", "Local", stdin=stripe.add_key(make_key())).code == 0
    shared = cli("share", "Local")
    assert shared.code == 0, shared.stderr
    replaced = cli("replace-key", "Shop", stdin=stripe.add_key(make_key(), account_id=SHOP))
    assert replaced.code == 0, replaced.stderr
    listed = json.loads(cli("team", "list", "--json").stdout)
    assert sorted(row["name"] for row in listed) == ["Local", "Shop"]
    removed = cli("remove", "Shop", "--from-team", "--yes")
    assert removed.code == 0, removed.stderr
    assert vault.entry("Shop")[0] == 404


def test_the_read_only_policy_uses_and_never_writes(cli: Cli, stripe: FakeStripe, api_base: str,
                                                    vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    assert cli("connect", "--environment", "test", "--name", "Shop", "--store", "team",
               stdin=stripe.add_key(make_key(), account_id=SHOP)).code == 0
    assert cli("remove", "Shop", "--yes").code == 0  # in the vault, not linked here
    assert cli("connect", "--environment", "test", "--name", "Mine", stdin=stripe.add_key(make_key())).code == 0
    log_in(cli, vault, token_with_only(vault, cli, read_only=True, name="reader"))
    assert [row["name"] for row in json.loads(cli("team", "list", "--json").stdout)] == ["Shop"]
    added = cli("team", "add", "Shop")
    assert added.code == 0, added.stderr
    assert cli("verify", "Shop").code == 0
    assert cli("exec", "Shop", "--", "true").code == 0
    stripe.reset_counts()
    for refused in (cli("connect", "--environment", "test", "--name", "New", "--store", "team",
                        stdin=stripe.add_key(make_key())),
                    cli("replace-key", "Shop", stdin=stripe.add_key(make_key(), account_id=SHOP)),
                    cli("share", "Mine"),
                    cli("remove", "Shop", "--from-team", "--yes")):
        assert refused.code == 6, refused.stdout + refused.stderr
        assert "Your vault policy does not allow" in refused.stderr
    assert stripe.count() == 0  # every write refused before any request to Stripe
    assert vault.entry("Shop")[1]["data"]["metadata"]["version"] == 1

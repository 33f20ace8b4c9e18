"""The team vault through the command line, against a real OpenBao (`bao server -dev`) and the
fake Stripe: one person links a key into the vault, a teammate adds, verifies and uses it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest

from linkwizard.domain import exit_codes
from linkwizard.secrets.os_keyring import SERVICE
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, Home
from support.secret_scan import files_under, leaks
from support.team_vault import TeamVault, log_in, other_home

pytestmark = pytest.mark.usefixtures("api_base")


SHOP = "acct_1LwTeamShop0001"


def shop_key(stripe: FakeStripe) -> str:
    """A new key of the same Stripe account (a replacement, not another account)."""
    return stripe.add_key(make_key(), account_id=SHOP)


def link_team(cli: Cli, stripe: FakeStripe, name: str = "Shop", account_id: str = SHOP,
              display_name: str = "Rocket Rides") -> tuple[str, dict[str, Any]]:
    key = stripe.add_key(make_key(), account_id=account_id, display_name=display_name)
    linked = cli("connect", "--environment", "test", "--name", name, "--store", "team", "--json", stdin=key)
    assert linked.code == 0, linked.stderr
    return key, json.loads(linked.stdout)


def test_setup_login_and_status(cli: Cli, vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    status = cli("team", "status", "--json")
    assert status.code == 0, status.stderr
    found = json.loads(status.stdout)
    assert found["address"] == vault.address
    assert found["mount"] == vault.mount
    assert found["prefix"] == "stripe"
    assert found["reachable"] is True
    assert found["sealed"] is False
    assert found["state"] == "active"
    assert found["logged_in"] is True
    assert found["display_name"] == "token-alice"
    assert 3000 < found["token_seconds_left"] <= 3600
    assert {"create", "read", "update", "delete", "list"} <= set(found["capabilities"])
    text = cli("team", "status")
    assert "Logged in as: token-alice" in text.stdout
    assert vault.admin_token not in status.stdout + text.stdout


def test_connect_into_the_team_vault_and_use_it(cli: Cli, stripe: FakeStripe, logged_in: TeamVault,
                                                home: Home) -> None:
    key, account = link_team(cli, stripe, "Shop", account_id="acct_1LwTeamShop0001", display_name="Team Shop")
    assert account["store"] == "team"
    assert account["team_path"] == "stripe/Shop"
    assert account["team_version"] == 1
    status, entry = logged_in.entry("Shop")
    assert status == 200
    assert entry["data"]["data"] == {"api_key": key}
    about = logged_in.metadata("Shop")["custom_metadata"]
    assert about["environment"] == "test"
    assert about["key_kind"] == "secret"
    assert about["key_hint"] == account["key_hint"]
    assert about["stripe_account_id"] == "acct_1LwTeamShop0001"
    assert about["display_name"] == "Team Shop"
    assert about["linked_by"] == "token-alice"
    assert about["linkwizard_version"]
    assert not leaks([key], [("custom_metadata", json.dumps(about))])
    assert keyring.get_password(SERVICE, account["id"]) is None  # the key is not on this computer

    listed = json.loads(cli("accounts", "--json").stdout)
    assert [(a["store"], a["team_path"], a["team_version"]) for a in listed] == [("team", "stripe/Shop", 1)]
    env = cli("exec", "Shop", "--", "env")
    assert env.code == 0, env.stderr
    assert f"STRIPE_API_KEY={account['key_hint']}" in env.stdout.splitlines()
    verified = cli("verify", "Shop")
    assert verified.code == 0, verified.stderr
    assert "Shop: healthy" in verified.stdout

    for where, text in files_under(home.root):
        assert key not in text, where
        assert logged_in.admin_token not in text, where


def test_a_key_kept_in_the_team_vault_is_found_as_a_twin(cli: Cli, stripe: FakeStripe,
                                                         logged_in: TeamVault) -> None:
    """The twin check reads a team account's key from the vault, as it reads the keyring's
    (before, it read only the keyring, so the same key was linked a second time)."""
    key, _ = link_team(cli, stripe, "Shop")
    requests_before = len(stripe.requests)
    again = cli("connect", "--environment", "test", "--name", "Shop again", stdin=key)
    assert again.code == exit_codes.USAGE, again.stderr
    assert "This key is already linked as \u201cShop\u201d" in again.stderr
    assert len(stripe.requests) == requests_before  # refused before any request to Stripe
    assert [a["name"] for a in json.loads(cli("accounts", "--json").stdout)] == ["Shop"]


def test_a_new_entry_whose_details_cannot_be_written_is_removed_again(cli: Cli, stripe: FakeStripe,
                                                                      logged_in: TeamVault) -> None:
    """No half-written entries: a policy that lets the key be written but refuses its details
    (custom_metadata) makes `connect --store team` fail, and the key written a moment before
    is removed, so the name is free and no entry without details is left to puzzle a teammate."""
    from support.bao import rules_for

    mount, prefix = logged_in.mount, logged_in.prefix
    rules = rules_for(mount, prefix, ["create", "read", "update", "delete", "list"]).replace(
        f'path "{mount}/metadata/{prefix}/*" {{ capabilities = ["create", "read", "update", "delete", "list"] }}',
        f'path "{mount}/metadata/{prefix}/*" {{ capabilities = ["create", "read", "update", "delete", "list"]\n'
        '  denied_parameters = { "custom_metadata" = [] } }')
    assert "denied_parameters" in rules
    logged_in.bao.policy(f"{mount}-no-details", rules)
    log_in(cli, logged_in, logged_in.bao.token([f"{mount}-no-details"], display_name="carol"))
    key = stripe.add_key(make_key())
    linked = cli("connect", "--environment", "test", "--name", "Shop", "--store", "team", stdin=key)
    assert linked.code == 6, linked.stderr
    assert "Your vault policy does not allow writing here" in linked.stderr
    status, _ = logged_in.entry("Shop")
    assert status == 404  # the version written a moment before is gone with its entry
    assert logged_in.bao.api("GET", f"{mount}/metadata/{prefix}/Shop")[0] == 404
    assert json.loads(cli("accounts", "--json").stdout) == []
    assert key not in linked.stderr


def test_a_name_taken_in_the_vault_is_refused_with_who_and_when(cli: Cli, stripe: FakeStripe, logged_in: TeamVault,
                                                                 tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    link_team(cli, stripe, "Shop")
    other_home(tmp_path, monkeypatch, "bob")
    log_in(cli, logged_in, logged_in.token(["create", "read", "update", "list"], name="bob"),
           address=logged_in.teammate_address)
    stripe.reset_counts()
    again = cli("connect", "--environment", "test", "--name", "Shop", "--store", "team",
                stdin=stripe.add_key(make_key()))
    assert again.code == 2, again.stderr
    assert "\u201cShop\u201d is already in the team vault" in again.stderr
    assert "Written by token-alice at 20" in again.stderr
    assert stripe.count() == 0  # refused before the key went anywhere
    assert logged_in.metadata("Shop")["current_version"] == 1


def test_a_teammate_adds_verifies_and_picks_up_a_replacement(cli: Cli, stripe: FakeStripe, logged_in: TeamVault,
                                                             home: Home, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    key, _ = link_team(cli, stripe, "Shop")
    alice = dict(os.environ)
    other_home(tmp_path, monkeypatch, "bob")
    log_in(cli, logged_in, logged_in.token(["read", "list"], name="bob"), address=logged_in.teammate_address)

    listed = cli("team", "list", "--json")
    assert listed.code == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["environment"], r["version"], r["updated_by"], r["linked"]) for r in rows] == \
        [("Shop", "test", 1, "token-alice", False)]
    assert key not in listed.stdout
    table = cli("team", "list").stdout  # the words and times `accounts` uses
    assert "Test Mode (as described)" in table  # the teammate's word for it, until tested here
    assert re.search(r" \d{4}-\d\d-\d\d \d\d:\d\d ", table), table  # local, to the minute
    added = cli("team", "add", "Shop")
    assert added.code == 0, added.stderr
    assert "Added \u201cShop\u201d from the team vault" in added.stdout
    [row] = json.loads(cli("team", "list", "--json").stdout)
    assert row["linked"] is True
    assert row["tested_here"] is True
    assert "(as described)" not in cli("team", "list").stdout
    bob = dict(os.environ)

    # Alice replaces the key; Bob's verify tests the new one and records its version.
    monkeypatch.setattr(os, "environ", alice)
    new_key = shop_key(stripe)
    replaced = cli("replace-key", "Shop", stdin=new_key)
    assert replaced.code == 0, replaced.stderr
    assert "version 2" in replaced.stdout
    monkeypatch.setattr(os, "environ", bob)
    verified = cli("verify", "Shop")
    assert verified.code == 0, verified.stderr
    assert "A teammate replaced the key in the team vault: version 2" in verified.stdout
    mine = json.loads(cli("accounts", "--json").stdout)[0]
    assert mine["team_version"] == 2
    assert mine["key_hint"].endswith(new_key[-4:])


def test_replace_after_a_teammate_changed_it_is_a_conflict(cli: Cli, stripe: FakeStripe, logged_in: TeamVault,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    link_team(cli, stripe, "Shop")
    alice = dict(os.environ)
    other_home(tmp_path, monkeypatch, "bob")
    log_in(cli, logged_in, logged_in.token(["create", "read", "update", "list"], name="bob"),
           address=logged_in.teammate_address)
    assert cli("team", "add", "Shop").code == 0
    assert cli("replace-key", "Shop", stdin=shop_key(stripe)).code == 0  # Bob: version 2
    monkeypatch.setattr(os, "environ", alice)
    late = cli("replace-key", "Shop", stdin=shop_key(stripe))
    assert late.code == 6, late.stderr
    assert "Changed by token-bob at 20" in late.stderr
    assert "(version 2). Your new key was tested but not saved" in late.stderr
    assert logged_in.metadata("Shop")["current_version"] == 2
    assert cli("verify", "Shop").code == 0
    assert cli("replace-key", "Shop", stdin=shop_key(stripe)).code == 0
    assert logged_in.metadata("Shop")["current_version"] == 3


def test_a_read_only_teammate_can_use_but_not_write(cli: Cli, stripe: FakeStripe, logged_in: TeamVault,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _key, _ = link_team(cli, stripe, "Shop")
    other_home(tmp_path, monkeypatch, "carol")
    log_in(cli, logged_in, logged_in.token(["read", "list"], name="carol"), address=logged_in.teammate_address)
    assert cli("team", "add", "Shop").code == 0
    assert cli("verify", "Shop").code == 0
    ran = cli("exec", "Shop", "--", "sh", "-c", 'test -n "$STRIPE_API_KEY"')
    assert ran.code == 0, ran.stderr
    stripe.reset_counts()
    refused = cli("replace-key", "Shop", stdin=shop_key(stripe))
    assert refused.code == 6
    assert "Your vault policy does not allow writing here" in refused.stderr
    linked = cli("connect", "--environment", "test", "--name", "Mine", stdin=stripe.add_key(make_key()))
    assert linked.code == 0, linked.stderr
    stripe.reset_counts()
    shared = cli("share", "Mine")
    assert shared.code == 6
    assert "Your vault policy does not allow writing here" in shared.stderr
    assert stripe.count() == 0


def test_listing_without_list_permission_says_so(cli: Cli, logged_in: TeamVault, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    other_home(tmp_path, monkeypatch, "dave")
    log_in(cli, logged_in, logged_in.token(["read"], name="dave"), address=logged_in.teammate_address)
    listed = cli("team", "list")
    assert listed.code == 6
    assert "Your vault policy does not allow list the team's keys" not in listed.stderr
    assert "Your vault policy does not allow listing the team's keys" in listed.stderr


def test_share_moves_the_key_and_remove_leaves_or_deletes_the_entry(cli: Cli, stripe: FakeStripe,
                                                                     logged_in: TeamVault) -> None:
    key = stripe.add_key(make_key())
    linked = json.loads(cli("connect", "--environment", "test", "--name", "Ops", "--json", stdin=key).stdout)
    shared = cli("share", "Ops")
    assert shared.code == 0, shared.stderr
    assert logged_in.entry("Ops")[1]["data"]["data"] == {"api_key": key}
    assert keyring.get_password(SERVICE, linked["id"]) is None
    assert json.loads(cli("accounts", "--json").stdout)[0]["store"] == "team"
    assert cli("verify", "Ops").code == 0

    removed = cli("remove", "Ops", "--yes")
    assert removed.code == 0
    assert "the key stays in the team vault" in removed.stdout
    assert logged_in.entry("Ops")[0] == 200
    assert cli("team", "add", "Ops").code == 0
    gone = cli("remove", "Ops", "--yes", "--from-team")
    assert gone.code == 0, gone.stderr
    assert logged_in.entry("Ops")[0] == 404
    assert logged_in.metadata("Ops")["versions"]["1"]["deletion_time"]


def test_logout_revokes_the_token(cli: Cli, logged_in: TeamVault) -> None:
    out = cli("team", "logout")
    assert out.code == 0
    assert "revoked" in out.stdout
    assert logged_in.bao.api("GET", "auth/token/lookup-self", token=logged_in.admin_token)[0] == 403
    assert keyring.get_password(SERVICE, f"team-token {logged_in.address}") is None
    status = cli("team", "status")
    assert status.code == 6
    assert "not logged in" in status.stdout


def test_exec_reads_an_ordinary_key_without_loading_httpx(cli: Cli, stripe: FakeStripe, logged_in: TeamVault) -> None:
    """The direct read (team/direct.py) serves the ordinary case; httpx is the full client's."""
    link_team(cli, stripe, "Shop")
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "linkwizard", "exec", "Shop", "--", "sh", "-c",
                           'test -n "$STRIPE_API_KEY"'], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ), check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    imported = {line.split("|")[-1].strip().split(".")[0] for line in done.stderr.splitlines() if "|" in line}
    assert "http" in imported  # the standard library's client did the read
    assert "httpx" not in imported
    assert "asyncio" not in imported


def test_exec_of_a_deleted_entry_says_so_through_the_full_client(cli: Cli, stripe: FakeStripe,
                                                                  logged_in: TeamVault, tmp_path: Path) -> None:
    link_team(cli, stripe, "Shop")
    logged_in.bao.ok("DELETE", f"{logged_in.mount}/data/stripe/Shop")
    marker = tmp_path / "ran"
    ran = cli("exec", "Shop", "--", "touch", str(marker))
    assert ran.code == 6
    assert "Removed from the team vault" in ran.stderr
    assert not marker.exists()


def test_listing_reads_openbao_s_detailed_list_page_by_page(vault: TeamVault) -> None:
    """One request a page (OpenBao's detailed-metadata), the same entries as one per entry."""
    import asyncio

    from linkwizard.team.settings import build
    from linkwizard.team.vault import Session

    for number in range(5):
        vault.bao.ok("POST", f"{vault.mount}/data/stripe/shop-{number}", {"data": {"api_key": make_key()}})
        vault.bao.ok("POST", f"{vault.mount}/metadata/stripe/shop-{number}",
                     {"custom_metadata": {"key_hint": f"sk_test_...{number:04d}", "linked_by": "seed"}})
    settings = build(vault.address, vault.mount, environ={})

    async def both(token: str) -> tuple[list[str] | None, list[str]]:
        async with Session(settings, token) as session:
            paged = await session.entries(page=2)
            one_by_one = [e for e in [await session.entry(n) for n in await session.names()] if e is not None]
        return (None if paged is None else [f"{e.name} {e.version} {e.about}" for e in paged],
                [f"{e.name} {e.version} {e.about}" for e in one_by_one])

    paged, one_by_one = asyncio.run(both(vault.bao.root_token))
    assert paged == one_by_one
    assert len(one_by_one) == 5
    without_grant, _ = asyncio.run(both(vault.admin_token))  # its policy names metadata/ only
    assert without_grant is None  # so team list reads entry by entry

"""An account list written by a newer linkwizard: named, refused with exit 6, left unchanged.
A file this release writes still reads in every older form it accepts."""

from __future__ import annotations

import json

from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, Home


def test_a_newer_account_list_is_named_and_left_unchanged(cli: Cli, stripe: FakeStripe, api_base: str,
                                                           home: Home) -> None:
    assert cli("connect", "--environment", "test", "--name", "Shop", stdin=stripe.add_key(make_key())).code == 0
    path = home.data_dir / "accounts.json"
    document = json.loads(path.read_text())
    document["schema_version"] = 2
    document["written_by"] = "0.3.0"
    document["accounts"][0]["a_field_of_the_future"] = True
    path.write_text(json.dumps(document))
    before = path.read_bytes()
    for command in (["accounts"], ["accounts", "--json"], ["verify", "--all"], ["rename", "Shop", "Other"],
                    ["remove", "Shop", "--yes"]):
        refused = cli(*command)
        assert refused.code == 6, (command, refused.stderr)
        assert ("This account list was written by a newer linkwizard (version 0.3.0). Install that version or "
                "newer.") in refused.stderr
    linked = cli("connect", "--environment", "test", "--name", "Another", stdin=stripe.add_key(make_key()))
    assert linked.code == 6
    assert path.read_bytes() == before  # byte for byte
    assert sorted(p.name for p in home.data_dir.iterdir() if p.name.startswith("accounts.json")) == ["accounts.json"]


def test_a_newer_list_without_its_writer_names_its_schema(cli: Cli, home: Home) -> None:
    home.data_dir.mkdir(parents=True, mode=0o700)
    (home.data_dir / "accounts.json").write_text('{"schema_version": 7, "accounts": []}')
    refused = cli("accounts")
    assert refused.code == 6
    assert "written by a newer linkwizard (version schema 7)" in refused.stderr


def test_this_release_reads_a_list_that_names_its_writer(cli: Cli, home: Home) -> None:
    """From the next schema on, files say which release wrote them; this release reads them."""
    home.data_dir.mkdir(parents=True, mode=0o700)
    (home.data_dir / "accounts.json").write_text(json.dumps({
        "schema_version": 1, "written_by": "0.1.0", "accounts": [{
            "id": "lw_0011223344556677", "name": "Old", "environment": "test", "key_kind": "secret",
            "key_hint": "sk_test_...abcd", "created_at": "2026-11-01T10:00:00Z"}]}))
    listed = cli("accounts", "--json")
    assert listed.code == 0, listed.stderr
    assert [a["name"] for a in json.loads(listed.stdout)] == ["Old"]

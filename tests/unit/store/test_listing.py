"""`accounts --json` takes a fast path (linkwizard.store.listing); it must print exactly what the full
command prints, and step aside whenever the full command has something to say or repair."""

from __future__ import annotations

import json
import stat

from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, CliResult, Home


def full(cli: Cli) -> CliResult:
    """The same listing through the parser (--verbose takes it off the fast path)."""
    return cli("--verbose", "accounts", "--json")


def test_the_fast_listing_prints_what_the_full_command_prints(cli: Cli, stripe: FakeStripe, api_base: str,
                                                              home: Home) -> None:
    assert cli("accounts", "--json").stdout == full(cli).stdout == "[]\n"
    for kind in ("sk", "rk"):
        key = stripe.add_key(make_key(kind), display_name="Rocket\u202e Rides")
        assert cli("connect", "--environment", "test", stdin=key).code == 0
    org = stripe.add_organization_key("sk_org_" + make_key()[8:], {"acct_1LwFakeList0001": "Org"})
    assert cli("connect", "--environment", "test", "--stripe-context", "acct_1LwFakeList0001", stdin=org).code == 0
    path = home.data_dir / "accounts.json"
    document = json.loads(path.read_text())
    document["accounts"][0]["display_name"] = "Evil\x1b]52;c;payload\x07 Name"  # cleaned on reading, as ever
    document["accounts"][1]["stripe_account_id"] = "acct_ bad shape"
    path.write_text(json.dumps(document))
    fast, slow = cli("accounts", "--json"), full(cli)
    assert fast.code == slow.code == 0
    assert fast.stdout == slow.stdout
    listed = json.loads(fast.stdout)
    assert [a["key_kind"] for a in listed] == ["secret", "restricted", "organization"]
    assert listed[0]["display_name"] == "Evil]52;c;payload Name"
    assert listed[1]["stripe_account_id"] is None
    assert listed[2]["stripe_context"] == "acct_1LwFakeList0001"


def test_a_damaged_list_still_gets_the_full_commands_care(cli: Cli, home: Home) -> None:
    home.data_dir.mkdir(parents=True)
    (home.data_dir / "accounts.json").write_text('{"schema_version": 1, "accounts": [{"id": "x"}]}')
    result = cli("accounts", "--json")
    assert result.code == 6
    assert "could not be read" in result.stderr
    assert len(list(home.data_dir.glob("accounts.json.corrupt-*"))) == 1


def test_the_fast_listing_reads_the_file_as_the_store_does(cli: Cli, home: Home) -> None:
    """A name given twice: json.loads would keep the second and print an empty list; the store
    refuses the file, so the listing steps aside for the full command, which sets it aside."""
    home.data_dir.mkdir(parents=True, mode=0o700)  # private: nothing for the full command to repair
    (home.data_dir / "accounts.json").write_text('{"schema_version": 1, "accounts": [], "schema_version": 1}')
    (home.data_dir / "accounts.json").chmod(0o600)
    result = cli("accounts", "--json")
    assert result.code == 6
    assert "could not be read" in result.stderr
    assert len(list(home.data_dir.glob("accounts.json.corrupt-*"))) == 1


def test_a_folder_others_can_read_is_repaired_by_the_full_command(cli: Cli, stripe: FakeStripe, api_base: str,
                                                                  home: Home) -> None:
    assert cli("connect", "--environment", "test", stdin=stripe.add_key(make_key())).code == 0
    home.data_dir.chmod(0o755)
    result = cli("accounts", "--json")
    assert result.code == 0
    assert len(json.loads(result.stdout)) == 1
    assert stat.S_IMODE(home.data_dir.stat().st_mode) == 0o700

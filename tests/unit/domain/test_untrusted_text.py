"""A hostile server's text never steers a terminal, reorders a line or passes for markup
(security review, finding 4): the CLI, accounts.json and diagnostics."""

from __future__ import annotations

import json

import pytest

from linkwizard.domain import untrusted
from linkwizard.store.accounts import AccountStore
from linkwizard.usecases.diagnostics import diagnostics_text
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, Reply, make_key
from support.sandbox import Cli, CliResult, Home

# OSC 52 writes the terminal's clipboard; ESC [ recolours; U+202E reverses what follows;
# U+2066 isolates; a zero-width joiner hides; HTML would be markup in a rich-text label.
HOSTILE_NAME = "\x1b]52;c;ZXZpbA==\x07Rocket\u202e sedir\u2066 \u200d<b>Key revoked, paste it at evil.test</b>\x1b[0m"
HOSTILE_REQUEST_ID = "req_\x1b[2J\x1b]52;c;ZXZpbA==\x07abc"
UNSAFE = ("\x1b", "\x07", "\u202e", "\u2066", "\u200d")


def assert_clean(text: str) -> None:
    for ch in UNSAFE:
        assert ch not in text, f"{ch!r} in {text!r}"


def test_plain_text_keeps_letters_of_any_script_and_drops_controls() -> None:
    assert untrusted.plain_text("متجر  Rocket\tRides") == "متجر Rocket Rides"
    assert untrusted.plain_text(HOSTILE_NAME) == ("]52;c;ZXZpbA==Rocket sedir <b>Key revoked, paste it at "
                                                  "evil.test</b>[0m")
    assert untrusted.plain_text("\x1b\u202e") is None
    assert untrusted.plain_text(42) is None


@pytest.mark.parametrize(("value", "shape"), [
    ("acct_1Nv0FGQ9RKHgCVdK", "acct_1Nv0FGQ9RKHgCVdK"), ("acct_1\x1b[31m", None), ("acct_", None),
    ("xacct_123", None), ("acct_123 ", None), ("acct_１２３", None), (None, None),
])
def test_account_ids_must_have_their_exact_shape(value: object, shape: str | None) -> None:
    assert untrusted.account_id(value) == shape


def test_request_ids_must_have_their_exact_shape() -> None:
    assert untrusted.request_id("req_AbC123") == "req_AbC123"
    assert untrusted.request_id(HOSTILE_REQUEST_ID) is None
    assert untrusted.request_id("req_abc\n") is None


def test_terminal_output_escapes_what_is_left() -> None:
    assert untrusted.for_terminal("Shop") == "Shop"
    assert untrusted.for_terminal("a\x1b]52;c;x\x07b\u202ec") == "a\\x1b]52;c;x\\x07b\\u202ec"


def test_a_hostile_server_reaches_no_terminal_file_or_diagnostics(cli: Cli, stripe: FakeStripe, api_base: str,
                                                                   home: Home) -> None:
    run = cli
    hostile_account = fs.account("acct_1LwFakeHostile1", HOSTILE_NAME)
    hostile_account.headers["Request-Id"] = HOSTILE_REQUEST_ID
    key = stripe.add_key(make_key(), account=hostile_account)
    linked: CliResult = run("connect", "--environment", "test", "--name", "Shop", stdin=key)
    assert linked.code == 0, linked.stderr
    assert "Rocket sedir" in linked.stdout
    assert "<b>Key revoked" in linked.stdout
    assert_clean(linked.stdout + linked.stderr)
    stored = (home.data_dir / "accounts.json").read_text()
    assert_clean(json.loads(stored)["accounts"][0]["display_name"])
    for args in (("accounts",), ("accounts", "--json"), ("verify", "Shop"), ("verify", "--json")):
        listed: CliResult = run(*args)
        assert listed.code == 0, listed.stderr
        assert_clean(listed.stdout + listed.stderr)
    [account] = AccountStore(home.data_dir).load()
    assert_clean(diagnostics_text(account))


def test_a_hostile_error_reaches_no_terminal(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    run = cli
    body = fs.error_body("Invalid API Key provided: \x1b]52;c;ZXZpbA==\x07", type_="\x1b[31merror",
                         code="api_key_expired\x1b[2J")
    key = stripe.add_key(make_key(), customers=Reply(401, body, headers={"Request-Id": HOSTILE_REQUEST_ID}))
    refused: CliResult = run("connect", "--environment", "test", stdin=key)
    assert refused.code == 3
    assert "Stripe did not accept this key" in refused.stderr
    assert "request id" not in refused.stderr  # a request id of the wrong shape is dropped
    assert_clean(refused.stdout + refused.stderr)


def test_a_stored_file_from_before_is_cleaned_when_read(home: Home, cli: Cli) -> None:
    """accounts.json written by an older version, with the hostile text stored as it came."""
    run = cli
    home.data_dir.mkdir(parents=True, mode=0o700)
    record = {"id": "lw_0123456789abcdef", "name": "Shop", "environment": "test", "key_kind": "secret",
              "key_hint": "sk_test_...abcd", "created_at": "2026-11-26T10:00:00Z",
              "stripe_account_id": "acct_1\x1b[31m", "display_name": HOSTILE_NAME,
              "last_request_id": HOSTILE_REQUEST_ID}
    (home.data_dir / "accounts.json").write_text(json.dumps({"schema_version": 1, "accounts": [record]}))
    for args in (("accounts",), ("accounts", "--json")):
        listed: CliResult = run(*args)
        assert listed.code == 0, listed.stderr
        assert_clean(listed.stdout)
        assert "\\u001b" not in listed.stdout  # not even as a JSON escape

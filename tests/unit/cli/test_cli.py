"""Every command and exit code, through a real subprocess, against the fake Stripe server."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path

import keyring
import pytest

from linkwizard.secrets.os_keyring import SERVICE
from linkwizard.store.logs import RedactingFilter, setup_logging
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, CliResult, Home

PUBLIC_KEYS = {"id", "name", "environment", "key_kind", "key_hint", "stripe_account_id", "display_name",
               "status", "status_reason", "created_at", "last_verified_at", "key_expires_at", "stripe_context",
               "store", "team_path", "team_version"}


def connect(cli: Cli, key: str, *args: str) -> CliResult:
    return cli("connect", "--environment", "test", *args, stdin=key)


def test_connect_list_exec_end_to_end(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key(), account_id="acct_1LwFakeDemo0001", display_name="Demo Shop")
    linked = connect(cli, key + "\n", "--name", "demo", "--json")
    assert linked.code == 0, linked.stderr
    account = json.loads(linked.stdout)
    assert set(account) == PUBLIC_KEYS
    assert account["name"] == "demo"
    assert account["environment"] == "test"
    assert account["key_kind"] == "secret"
    assert account["status"] == "ok"
    assert account["key_hint"] == f"sk_test_...{key[-4:]}"
    assert account["stripe_account_id"] == "acct_1LwFakeDemo0001"
    assert keyring.get_password(SERVICE, account["id"]) == key

    listed = cli("accounts", "--json")
    assert listed.code == 0
    assert [a["id"] for a in json.loads(listed.stdout)] == [account["id"]]
    table = cli("accounts")
    assert "demo" in table.stdout
    assert "Test Mode" in table.stdout
    assert key not in table.stdout
    assert re.search(r"  \d{4}-\d\d-\d\d \d\d:\d\d$", table.stdout.splitlines()[1])  # local, to the minute

    env = cli("exec", "demo", "--", "env")
    assert env.code == 0
    assert f"STRIPE_API_KEY={account['key_hint']}" in env.stdout.splitlines()  # masked (test_exec.py)
    assert key not in env.stdout
    status = cli("exec", "demo", "--", "sh", "-c", "exit 7")
    assert status.code == 7


def test_connect_defaults_a_unique_name(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    names = []
    for _ in range(2):
        result = connect(cli, stripe.add_key(make_key()), "--json")
        assert result.code == 0, result.stderr
        names.append(json.loads(result.stdout)["name"])
    assert names == ["Stripe (Test)", "Stripe (Test) 2"]


def test_production_with_a_live_key(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk", "live"))
    result = cli("connect", "--environment", "production", "--json", stdin=key)
    assert result.code == 0, result.stderr
    linked = json.loads(result.stdout)
    assert linked["environment"] == "production"
    # A restricted key cannot read /v1/account, but Stripe's 403 names its account: asked once.
    assert stripe.count("/v1/account") == 1
    assert linked["stripe_account_id"].startswith("acct_1LwFake")


@pytest.mark.parametrize(("key_text", "code", "words"), [
    ("", 2, "No key"),
    ("pk_test_" + "Ab1" * 8, 2, "publishable"),
    ("whsec_" + "Ab1" * 8, 2, "webhook"),
    ("sk_org_" + "Ab1" * 8, 2, "organization key needs the account it acts on"),
    ("sk_" + "live_" + "LwFake" + "Ab1" * 6, 2, "Production key"),
    ("sk_test_abc", 2, "incomplete"),
    ("password123", 2, "does not look like"),
])
def test_refused_before_any_request(cli: Cli, stripe: FakeStripe, api_base: str, key_text: str, code: int,
                                    words: str) -> None:
    result = connect(cli, key_text)
    assert result.code == code
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert stripe.requests == []
    assert json.loads(cli("accounts", "--json").stdout) == []


@pytest.mark.parametrize(("reply", "code", "words"), [
    (fs.invalid_key, 3, "did not accept"),
    (fs.expired_key, 3, "expired"),
    (fs.missing_permission, 4, "rak_customer_read"),
    (lambda key: fs.rate_limited(), 5, "limiting"),
    (lambda key: fs.server_error(503), 5, "Stripe's side"),
    (lambda key: fs.captive_portal(), 5, "did not come from Stripe"),
])
def test_stripe_answers_map_to_exit_codes(cli: Cli, stripe: FakeStripe, api_base: str,
                                          reply: Callable[[str], fs.Reply], code: int, words: str) -> None:
    key = make_key("rk")
    stripe.add_key(key, customers=reply(key))
    result = connect(cli, key)
    assert result.code == code, result.stderr
    assert words in result.stderr
    assert "Stripe request id: req_" in result.stderr
    assert json.loads(cli("accounts", "--json").stdout) == []


def test_unreachable_stripe_is_exit_5(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("LINKWIZARD_API_BASE", f"http://127.0.0.1:{port}")
    result = connect(cli, make_key())
    assert result.code == 5
    assert "Could not reach Stripe" in result.stderr


def test_refused_api_base_is_exit_2_without_a_request(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKWIZARD_API_BASE", "http://stripe.example.com")
    result = connect(cli, make_key())
    assert result.code == 2
    assert "LINKWIZARD_API_BASE" in result.stderr


def test_duplicate_name_is_exit_2(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    assert connect(cli, stripe.add_key(make_key()), "--name", "shop").code == 0
    stripe.reset_counts()
    again = connect(cli, stripe.add_key(make_key()), "--name", "SHOP")
    assert again.code == 2
    assert "already" in again.stderr
    assert stripe.requests == []


def test_verify_records_health(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    good = stripe.add_key(make_key())
    bad = stripe.add_key(make_key())
    assert connect(cli, good, "--name", "good").code == 0
    assert connect(cli, bad, "--name", "bad").code == 0
    stripe.add_key(bad, customers=fs.expired_key(bad))
    result = cli("verify", "--all", "--json")
    assert result.code == 3
    statuses = {a["name"]: (a["status"], a["status_reason"]) for a in json.loads(result.stdout)}
    assert statuses == {"good": ("ok", None), "bad": ("needs_attention", "This key has expired")}
    stripe.add_key(good, customers=fs.server_error(502))
    only_good = cli("verify", "good")
    assert only_good.code == 5
    assert "good: unreachable" in only_good.stdout
    assert cli("verify", "nobody").code == 2


def test_rename_and_remove(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    account = json.loads(connect(cli, stripe.add_key(make_key()), "--name", "old", "--json").stdout)
    assert cli("rename", "old", "new").code == 0
    assert cli("rename", "new", "").code == 2
    assert cli("remove", "new").code == 2  # no TTY and no --yes: refuse rather than guess
    removed = cli("remove", "new", "--yes")
    assert removed.code == 0
    assert json.loads(cli("accounts", "--json").stdout) == []
    assert keyring.get_password(SERVICE, account["id"]) is None
    assert cli("remove", "new", "--yes").code == 2


def test_exec_usage_and_missing_key(cli: Cli, stripe: FakeStripe, api_base: str) -> None:
    account = json.loads(connect(cli, stripe.add_key(make_key()), "--name", "x", "--json").stdout)
    assert cli("exec", "x").code == 2
    assert cli("exec", "x", "--", "no-such-command-here").code == 127
    keyring.delete_password(SERVICE, account["id"])
    gone = cli("exec", "x", "--", "env")
    assert gone.code == 6
    assert "missing from the keyring" in gone.stderr


def test_usage_errors_are_exit_2(cli: Cli) -> None:
    assert cli("connect").code == 2
    assert cli("frobnicate").code == 2
    assert cli("connect", "--environment", "staging").code == 2
    assert cli("--version").stdout.startswith("linkwizard ")


def test_corrupt_store_is_exit_6_and_kept(cli: Cli, home: Home) -> None:
    home.data_dir.mkdir(parents=True)
    (home.data_dir / "accounts.json").write_text('{"schema_version": "one", "accounts": []}')
    result = cli("accounts")
    assert result.code == 6
    assert "could not be read" in result.stderr
    [kept] = home.data_dir.glob("accounts.json.corrupt-*")
    assert f"kept aside as {kept}" in result.stderr  # says where the old list went
    assert json.loads(kept.read_text())["schema_version"] == "one"
    assert cli("accounts").code == 0


def test_no_secure_keyring_is_exit_6(cli: Cli, stripe: FakeStripe, api_base: str,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    result = connect(cli, stripe.add_key(make_key()))
    assert result.code == 6
    assert "No secure keyring" in result.stderr
    assert stripe.requests == []


def test_the_key_is_nowhere_it_must_not_be(cli: Cli, stripe: FakeStripe, api_base: str, home: Home) -> None:
    """After every flow and failure: no file, log line or output holds the key or a slice of it."""
    keys = [make_key(), make_key("rk"), make_key()]
    good, restricted, rejected = keys
    stripe.add_key(good)
    stripe.add_key(restricted, customers=fs.missing_permission(restricted))
    outputs = [
        connect(cli, good, "--name", "good", "--json", "--verbose"),
        connect(cli, restricted, "--verbose"),
        connect(cli, rejected + "\n", "--verbose"),
        connect(cli, f'"Bearer {good}"', "--name", "again"),
        cli("verify", "--all", "--verbose"),
        cli("accounts", "--json"),
        cli("exec", "good", "--", "true"),
    ]
    assert outputs[0].code == 0
    haystacks = [o.stdout + o.stderr for o in outputs]
    for path in home.root.rglob("*"):
        if path.is_file():
            haystacks.append(path.read_bytes().decode("utf-8", "replace"))
    assert any((home.log_dir / "linkwizard.log").read_text())
    for key in keys:
        secret = key.split("_", 2)[2]
        slices = {secret[i:i + 12] for i in range(len(secret) - 11)}
        for text in haystacks:
            assert not any(piece in text for piece in slices)


def test_log_filter_redacts_messages_arguments_and_tracebacks(tmp_path: Path) -> None:
    key = make_key()
    path = setup_logging(tmp_path)
    log = logging.getLogger("linkwizard.test")
    log.info("pasted %s", key)
    log.warning(f"inline {key} and {{not a format}}")
    try:
        raise ValueError(f"bad key {key}")
    except ValueError:
        log.exception("failed with %r", {"key": key})
    for handler in logging.getLogger("linkwizard").handlers:
        handler.flush()
    assert path is not None
    text = path.read_text()
    assert key not in text
    assert key[8:20] not in text
    assert text.count("sk_test_[redacted]") == 4
    assert any(isinstance(f, RedactingFilter) for h in logging.getLogger("linkwizard").handlers
               for f in h.filters)

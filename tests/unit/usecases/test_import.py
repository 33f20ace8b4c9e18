"""`linkwizard import`: real Stripe CLI configs and .env files in a throwaway HOME, the real CLI,
the fake Stripe server and the real keyring."""

from __future__ import annotations

import datetime
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import keyring
import pytest

from linkwizard.secrets.os_keyring import SERVICE
from linkwizard.secrets.plaintext import redact
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli


def stripe_config(key: str, live_key: str, expires: str = "2027-01-05") -> str:
    """What `stripe login` writes (pkg/config/profile.go), with a comment and a second table."""
    return ("# written by the Stripe CLI\n"
            'color = "auto"\n\n'
            "[default]\n"
            '  account_id = "acct_1LwFakeCli00001"   # the account\n'
            '  device_name = "laptop"\n'
            '  display_name = "Rocket Rides"\n'
            f"  live_mode_api_key = '{redact(live_key)}'\n"
            '  live_mode_key_expires_at = "2027-01-05"\n'
            f'  live_mode_pub_key = "{make_key("pk", "live")}"\n'
            f'  test_mode_api_key = "{key}" # from stripe login\n'
            f'  test_mode_key_expires_at = "{expires}"\n'
            f'  test_mode_pub_key = "{make_key("pk")}"\n\n'
            "[plugins]\n"
            '  installed = ["apps"]\n')


def write_config(text: str) -> Path:
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "stripe"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.toml"
    path.write_text(text)
    path.chmod(0o600)
    return path


def scan(cli: Cli, *args: str) -> dict[str, Any]:
    result = cli("import", "--scan", "--json", *args)
    assert result.code == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout)
    return found


def holds_key(folder: Path, key: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and key.encode() in p.read_bytes()]


def test_scan_lists_every_source_without_a_key(cli: Cli, stripe: FakeStripe, api_base: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    key, live = make_key("rk", length=40), make_key("rk", "live", length=40)
    write_config(stripe_config(key, live))
    dotenv = tmp_path / "shop" / ".env"
    dotenv.parent.mkdir()
    first, second, quoted = make_key(), make_key(), make_key("rk")
    dotenv.write_bytes((f'export STRIPE_SECRET_KEY="{first}"\r\nDEBUG=1\r\n'
                        f"STRIPE_SECRET_KEY={second} # newer\r\nSTRIPE_RESTRICTED='{quoted}'\r\n").encode())
    from_shell = stripe.add_key(make_key())
    monkeypatch.setenv("STRIPE_API_KEY", from_shell)
    linked = cli("connect", "--environment", "test", "--name", "Shell", stdin=from_shell)
    assert linked.code == 0, linked.stderr

    found = scan(cli, "--dotenv", str(dotenv))
    text = json.dumps(found)
    for secret in (key, first, second, quoted, from_shell):
        assert secret not in text
    by_source = {c["source"]: c for c in found["candidates"]}
    config = str(Path(os.environ["XDG_CONFIG_HOME"]) / "stripe" / "config.toml")
    test_key = by_source[f"{config}:11"]
    assert test_key["importable"]
    assert test_key["key_kind"] == "restricted"
    assert test_key["environment"] == "test"
    assert test_key["key_hint"] == f"rk_test_...{key[-4:]}"
    assert test_key["profile"] == "default"
    assert test_key["display_name"] == "Rocket Rides"
    assert test_key["stripe_account_id"] == "acct_1LwFakeCli00001"
    assert test_key["expires_at"] == "2027-01-05"
    redacted = by_source[f"{config}:8"]
    assert not redacted["importable"]
    assert "redacted" in redacted["refusal"]
    assert redacted["environment"] == "production"
    publishable = [c for c in found["candidates"] if c["key_hint"].startswith("pk_")]
    assert len(publishable) == 2
    assert all("publishable" in c["refusal"] for c in publishable)
    assert by_source["$STRIPE_API_KEY (environment)"]["already_linked_as"] == "Shell"
    assert by_source[f"{dotenv}:1"]["key_hint"] == f"sk_test_...{first[-4:]}"
    assert "set again on line 3" in by_source[f"{dotenv}:1"]["note"]
    assert by_source[f"{dotenv}:3"]["key_hint"] == f"sk_test_...{second[-4:]}"  # the comment is not the key
    assert by_source[f"{dotenv}:4"]["key_kind"] == "restricted"
    numbers = [c["number"] for c in found["candidates"]]
    assert numbers == list(range(1, len(numbers) + 1))

    human = cli("import", "--scan", "--dotenv", str(dotenv))
    assert human.code == 0
    assert "already linked as \u201cShell\u201d" in human.stdout
    for secret in (key, first, second, quoted, from_shell):
        assert secret not in human.stdout + human.stderr


def test_the_newer_profiles_layout_and_xdg_config_home(cli: Cli, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "elsewhere"))
    key = make_key()
    write_config(f'config_version = 2\n\n[profiles.work]\ntest_mode_api_key = "{key}"\n')
    [found] = scan(cli)["candidates"]
    assert found["profile"] == "work"
    assert found["field"] == "work.test_mode_api_key"
    explicit = tmp_path / "custom.toml"
    explicit.write_text(f'[p]\nsecret_key = "{key}"\n')  # the CLI's legacy field, in a --config file
    [legacy] = scan(cli, "--stripe-config", str(explicit))["candidates"]
    assert legacy["field"] == "p.secret_key"
    assert legacy["importable"]


def test_import_links_keeps_the_expiry_and_retires_only_what_was_asked(
        cli: Cli, stripe: FakeStripe, api_base: str, tmp_path: Path) -> None:
    soon = (datetime.date.today() + datetime.timedelta(days=5)).isoformat()
    key = stripe.add_key(make_key("rk", length=40), account_id="acct_1LwFakeCli00001", display_name=None)
    live = make_key("rk", "live", length=40)
    original = stripe_config(key, live, expires=soon)
    config = write_config(original)
    dotenv = tmp_path / "shop" / ".env"
    dotenv.parent.mkdir()
    project_key = stripe.add_key(make_key())
    dotenv.write_bytes(f"# shop\r\nexport STRIPE_SECRET_KEY='{project_key}'\r\nPORT=3000\r\n".encode())
    dotenv.chmod(0o640)

    plain = cli("import", "--all", "--dotenv", str(dotenv))
    assert plain.code == 0, plain.stderr
    assert "Linked 2, already linked 0, refused 0, skipped 3." in plain.stdout
    assert "--retire-plaintext" in plain.stdout
    assert config.read_text() == original
    assert project_key in dotenv.read_text()
    accounts = {a["name"]: a for a in json.loads(cli("accounts", "--json").stdout)}
    cli_account = accounts["Rocket Rides (Test)"]  # the profile's display name
    assert cli_account["key_expires_at"] == soon
    assert keyring.get_password(SERVICE, cli_account["id"]) == key
    assert "shop STRIPE_SECRET_KEY (Test)" in accounts
    assert "key expires in 5 days" in cli("accounts").stdout

    again = cli("import", "--all", "--dotenv", str(dotenv), "--retire-plaintext")
    assert again.code == 0, again.stderr
    assert "Linked 0, already linked 2" in again.stdout
    expected = original.replace(f'"{key}"', f'"{redact(key)}"')
    assert config.read_text() == expected  # every other byte, comment and table as it was
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    retired_env = dotenv.read_bytes()
    assert retired_env.startswith(b"# shop\r\n# STRIPE_SECRET_KEY: moved to the keyring as linkwizard account")
    assert f"sk_test_...{project_key[-4:]}".encode() in retired_env
    assert retired_env.endswith(b"PORT=3000\r\n")
    assert stat.S_IMODE(dotenv.stat().st_mode) == 0o640
    assert "linkwizard exec 'Rocket Rides (Test)' -- stripe customers list" in again.stdout
    assert "linkwizard exec 'shop STRIPE_SECRET_KEY (Test)' -- npm run dev" in again.stdout
    for folder in (config.parent, dotenv.parent, tmp_path):  # no backup, no temporary file left behind
        assert holds_key(folder, key) == []
        assert holds_key(folder, project_key) == []
    logs = Path(os.environ["XDG_STATE_HOME"])
    assert holds_key(logs, key) == []
    assert holds_key(logs, project_key) == []
    for output in (plain, again):
        assert key not in output.stdout + output.stderr
        assert project_key not in output.stdout + output.stderr
    assert sorted(p.name for p in config.parent.iterdir()) == ["config.toml"]
    assert sorted(p.name for p in dotenv.parent.iterdir()) == [".env"]
    # The tool now gets the key from the keyring.
    ran = cli("exec", "Rocket Rides (Test)", "--", "sh", "-c", 'test -n "$STRIPE_API_KEY" && echo has-key')
    assert ran.stdout.strip() == "has-key"


def test_a_key_that_fails_is_never_retired_and_the_others_go_on(
        cli: Cli, stripe: FakeStripe, api_base: str, tmp_path: Path) -> None:
    dead, good = make_key(), stripe.add_key(make_key())  # the server does not know `dead`: Stripe's 401
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"STRIPE_SECRET_KEY={dead}\nSTRIPE_OTHER_KEY={good}\n")
    result = cli("import", "--all", "--dotenv", str(dotenv), "--retire-plaintext", "--json")
    assert result.code == 3, result.stderr
    report = json.loads(result.stdout)
    assert [r["status"] for r in report["results"]] == ["refused", "linked"]
    assert "Stripe did not accept this key" in report["results"][0]["reason"]
    lines = dotenv.read_text().splitlines()
    assert lines[0] == f"STRIPE_SECRET_KEY={dead}"
    assert good not in lines[1]
    assert dead not in result.stdout
    assert good not in result.stdout


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("bad.toml", b"[default\ntest_mode_api_key = 1\n", "is not valid TOML"),
    ("huge.env", b"A=1\n" * 300_000, "larger than 1 MB"),
    ("binary.env", b"\xff\xfe\x00bad", "is not UTF-8 text"),
])
def test_bad_files_get_a_message_and_are_not_touched(cli: Cli, tmp_path: Path, name: str, content: bytes,
                                                    reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    args = ("--stripe-config", str(path)) if name.endswith(".toml") else ("--dotenv", str(path))
    found = scan(cli, *args)
    assert found["candidates"] == []
    [problem] = found["unreadable"]
    assert problem["path"] == str(path)
    assert reason in problem["reason"]
    assert path.read_bytes() == content
    human = cli("import", "--scan", *args)
    assert human.code == 0
    assert reason in human.stderr


def test_links_directories_and_missing_paths_are_refused(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "real.env"
    target.write_text(f"STRIPE_SECRET_KEY={make_key()}\n")
    link = tmp_path / "link.env"
    link.symlink_to(target)
    folder = tmp_path / "folder.env"
    folder.mkdir()
    found = scan(cli, "--dotenv", str(link), "--dotenv", str(folder), "--dotenv", str(target / "x"),
                 "--dotenv", str(tmp_path / "missing.env"))
    reasons = {Path(u["path"]).name: u["reason"] for u in found["unreadable"]}
    assert "symbolic link" in reasons["link.env"]
    assert str(target) in reasons["link.env"]
    assert reasons["folder.env"] == "is not a regular file"
    assert "cannot be read" in reasons["x"]
    assert reasons["missing.env"] == "does not exist"
    assert found["candidates"] == []


def test_a_file_changed_since_the_scan_is_not_retired(cli: Cli, stripe: FakeStripe, api_base: str,
                                                      tmp_path: Path) -> None:
    key = stripe.add_key(make_key())
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"STRIPE_SECRET_KEY={key}\n")
    stripe.latency = 1.0
    process = subprocess.Popen([sys.executable, "-m", "linkwizard", "import", "--all", "--dotenv", str(dotenv),
                                "--retire-plaintext"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ))
    deadline = time.monotonic() + 30
    while not stripe.requests and time.monotonic() < deadline:  # the scan is done once a request arrives
        time.sleep(0.02)
    with dotenv.open("a") as handle:
        handle.write("PORT=3000\n")  # the person edits the file meanwhile
    out, err = process.communicate(timeout=60)
    assert process.returncode == 6, err
    assert "changed since it was scanned" in err
    assert "import --scan" in err
    assert dotenv.read_text() == f"STRIPE_SECRET_KEY={key}\nPORT=3000\n"
    assert key not in out + err


@pytest.mark.usefixtures("locked_keyring")
def test_a_locked_keyring_stops_the_import_and_touches_nothing(cli: Cli, stripe: FakeStripe, api_base: str,
                                                               tmp_path: Path) -> None:
    keys = [stripe.add_key(make_key()) for _ in range(3)]
    dotenv = tmp_path / ".env"
    original = "".join(f"STRIPE_KEY_{i}={k}\n" for i, k in enumerate(keys))
    dotenv.write_text(original)
    result = cli("import", "--all", "--dotenv", str(dotenv), "--retire-plaintext", "--json")
    assert result.code == 6, result.stderr
    statuses = [r["status"] for r in json.loads(result.stdout)["results"]]
    assert statuses == ["refused", "skipped", "skipped"]
    assert dotenv.read_text() == original
    assert {r.authorization for r in stripe.requests} == {f"Bearer {keys[0]}"}  # the others were not tried
    assert "keyring" in json.loads(result.stdout)["results"][1]["reason"].lower()


def test_usage(cli: Cli) -> None:
    assert cli("import").code == 2
    assert cli("import", "--scan", "--all").code == 2
    assert cli("import", "--scan", "--retire-plaintext").code == 2
    unknown = cli("import", "--pick", "9")
    assert unknown.code == 2
    assert "import --scan" in unknown.stderr


def test_a_keyring_locked_part_way_keeps_what_was_linked_and_retires_nothing_it_cannot_check(
        cli: Cli, stripe: FakeStripe, api_base: str, tmp_path: Path) -> None:
    from support.keyring_lock import keyring_locked

    keys = [stripe.add_key(make_key()) for _ in range(3)]
    dotenv = tmp_path / ".env"
    dotenv.write_text("".join(f"STRIPE_KEY_{i}={k}\n" for i, k in enumerate(keys)))
    stripe.latency = 0.4  # time to lock the keyring once the first key is saved
    process = subprocess.Popen([sys.executable, "-m", "linkwizard", "import", "--all", "--dotenv", str(dotenv),
                                "--retire-plaintext", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=dict(os.environ))
    store = Path(os.environ["XDG_DATA_HOME"]) / "linkwizard" / "accounts.json"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (store.exists() and '"lw_' in store.read_text()):
        time.sleep(0.02)
    with keyring_locked():
        out, err = process.communicate(timeout=120)
    assert process.returncode == 6, err
    statuses = [r["status"] for r in json.loads(out)["results"]]
    assert statuses == ["linked", "refused", "skipped"]
    # The keyring cannot confirm it holds the first key (it is locked now), so no copy goes.
    assert dotenv.read_text().splitlines() == [f"STRIPE_KEY_{i}={k}" for i, k in enumerate(keys)]
    assert "keyring could not be read" in json.loads(out)["retire_refused"][0]
    names = [a["name"] for a in json.loads(cli("accounts", "--json").stdout)]
    assert names == [f"{tmp_path.name} STRIPE_KEY_0 (Test)"]

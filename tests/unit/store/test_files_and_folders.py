"""linkwizard's folders are 0700 and its own, its files 0600 and never reached through a
symlink, and a held lock ends in a message, not a hang (security review, finding 9)."""

from __future__ import annotations

import fcntl
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from linkwizard.store import paths
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, CliResult, Home

NOBODY = 65534


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_folders_are_0700_and_files_0600_whatever_the_umask(cli: Cli, stripe: FakeStripe, api_base: str,
                                                             home: Home) -> None:
    run = cli
    old = os.umask(0o022)
    try:
        linked: CliResult = run("connect", "--environment", "test", "--name", "Shop", stdin=stripe.add_key(make_key()))
    finally:
        os.umask(old)
    assert linked.code == 0, linked.stderr
    for folder in (home.data_dir, home.state / "linkwizard", home.log_dir):
        assert mode(folder) == 0o700, folder
    for file in (home.data_dir / "accounts.json", home.data_dir / "accounts.lock", home.log_dir / "linkwizard.log"):
        assert mode(file) == 0o600, file


def test_a_loose_folder_is_repaired(cli: Cli, home: Home) -> None:
    run = cli
    home.data_dir.mkdir(mode=0o755)
    os.chmod(home.data_dir, 0o755)
    listed: CliResult = run("accounts")
    assert listed.code == 0, listed.stderr
    assert mode(home.data_dir) == 0o700


@pytest.mark.skipif(os.geteuid() != 0, reason="making a folder another user's needs root")
def test_a_folder_of_another_user_is_refused(cli: Cli, home: Home) -> None:
    run = cli
    home.data_dir.mkdir(mode=0o700)
    os.chown(home.data_dir, NOBODY, NOBODY)
    for args in (("accounts",), ("rename", "a", "b")):
        refused: CliResult = run(*args)
        assert refused.code == 6, refused.stderr
        assert "belongs to another user" in refused.stderr
        assert str(home.data_dir) in refused.stderr
    assert list(home.data_dir.iterdir()) == []


@pytest.mark.parametrize("planted", ["accounts.json", "accounts.lock"])
def test_a_planted_symlink_is_never_followed(planted: str, cli: Cli, stripe: FakeStripe, api_base: str,
                                             home: Home, tmp_path: Path) -> None:
    run = cli
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(b'{"schema_version": 1, "accounts": []}')
    home.data_dir.mkdir(mode=0o700)
    (home.data_dir / planted).symlink_to(elsewhere)
    linked: CliResult = run("connect", "--environment", "test", stdin=stripe.add_key(make_key()))
    assert linked.code == 6, linked.stderr
    assert elsewhere.read_bytes() == b'{"schema_version": 1, "accounts": []}'
    assert mode(elsewhere) == 0o644 or mode(elsewhere) == 0o664


def test_relative_xdg_values_are_ignored(monkeypatch: pytest.MonkeyPatch, home: Home) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    monkeypatch.setenv("XDG_STATE_HOME", "./state")
    assert paths.data_dir() == home.root / ".local/share/linkwizard"
    assert paths.log_dir() == home.root / ".local/state/linkwizard/log"


@pytest.mark.slow
def test_a_held_lock_ends_in_its_own_message(cli: Cli, home: Home) -> None:
    run = cli
    home.data_dir.mkdir(mode=0o700)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(home.data_dir / 'accounts.lock')!r}, os.O_RDONLY | os.O_CREAT, 0o600)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(60)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "held\n"
        started = time.monotonic()
        refused: CliResult = run("rename", "a", "b", timeout=30)
        elapsed = time.monotonic() - started
    finally:
        holder.kill()
        holder.communicate()
    assert refused.code == 6, refused.stderr
    assert "The list of accounts is in use" in refused.stderr
    assert 9 < elapsed < 20
    with open(home.data_dir / "accounts.lock") as handle:  # and it is free again afterwards
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

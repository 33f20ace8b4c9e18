"""Keyring and storage faults: a clear message, exit 6, nothing half-saved, nothing lost."""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import keyring
import pytest

from linkwizard.domain.account import Account, Health, new_account_id, now_iso
from linkwizard.domain.keys import Environment, KeyKind, key_hint
from linkwizard.domain.problems import LinkwizardError, ProblemKind
from linkwizard.secrets.os_keyring import SERVICE, OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.stripe.base import validate_api_base
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import Services
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, CliResult, Home


def connect(cli: Cli, key: str, name: str) -> CliResult:
    return cli("connect", "--environment", "test", "--name", name, stdin=key)


def stored(home: Home) -> list[Account]:
    return AccountStore(home.data_dir).load()


# keyring ------------------------------------------------------------------------------

# keyring's Secret Service backend leaves its D-Bus connection open when it raises KeyringLocked
# (jaraco/keyring get_preferred_collection); the garbage collector closes it with a ResourceWarning.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_locked_keyring_the_user_declines(cli: Cli, stripe: FakeStripe, api_base: str, home: Home,
                                           locked_keyring: None) -> None:
    key = stripe.add_key(make_key())
    result = connect(cli, key, "shop")
    assert result.code == 6
    assert "The keyring is locked" in result.stderr
    assert "unlock" in result.stderr.lower()
    assert stored(home) == []
    with pytest.raises(LinkwizardError) as raised:
        OSKeyring().load("anything")
    assert raised.value.problem.kind is ProblemKind.KEYRING_LOCKED


def test_locked_keyring_while_verifying_is_not_the_keys_fault(cli: Cli, stripe: FakeStripe, api_base: str,
                                                                home: Home,
                                                                request: pytest.FixtureRequest) -> None:
    assert connect(cli, stripe.add_key(make_key()), "shop").code == 0
    request.getfixturevalue("locked_keyring")
    result = cli("verify", "--all", "--json")
    assert result.code == 6
    [account] = json.loads(result.stdout)
    assert account["status"] == "unknown"
    assert account["status_reason"] == "The keyring is locked"
    assert cli("exec", "shop", "--", "true").code == 6


def test_key_deleted_behind_the_apps_back(cli: Cli, stripe: FakeStripe, api_base: str, home: Home) -> None:
    assert connect(cli, stripe.add_key(make_key()), "shop").code == 0
    [account] = stored(home)
    keyring.delete_password(SERVICE, account.id)
    result = cli("verify", "--all", "--json")
    assert result.code == 6
    [checked] = json.loads(result.stdout)
    assert checked["status"] == "needs_attention"
    assert checked["status_reason"] == "The key is missing from the keyring"
    assert stored(home)[0].status is Health.NEEDS_ATTENTION
    assert stripe.count() == 1  # only the original connect: nothing to send without a key


class _FailsOnSave(keyring.backend.KeyringBackend):
    """A real keyring backend whose store fails, as a Secret Service does when D-Bus drops."""

    priority = 5

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("org.freedesktop.DBus.Error.NoReply")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("not found")


def test_keyring_error_during_save_leaves_no_account(stripe: FakeStripe, home: Home) -> None:
    key = stripe.add_key(make_key())
    local_keyring = OSKeyring(_FailsOnSave(), allowed=frozenset({f"{__name__}._FailsOnSave"}))
    services = Services(store=AccountStore(paths.data_dir()), keyring=local_keyring,
                                api_base=validate_api_base(stripe.url))
    with pytest.raises(LinkwizardError) as raised:
        linking.link(LinkRequest(key, Environment.TEST, "shop"), services)
    assert raised.value.problem.kind is ProblemKind.KEYRING_ERROR
    assert key not in str(raised.value)
    assert stored(home) == []


# storage ------------------------------------------------------------------------------

_SAVER = textwrap.dedent("""
    import sys
    from dataclasses import replace
    from pathlib import Path
    from linkwizard.store.accounts import AccountStore

    store = AccountStore(Path(sys.argv[1]))
    account_id, start = sys.argv[2], int(sys.argv[3])
    print("ready", flush=True)
    for number in range(start, start + 100_000):
        store.update(account_id, lambda a, n=number: replace(a, name=f"save {n}"))
        print(number, flush=True)
""")


def test_sigkill_during_saves_never_leaves_an_unreadable_store(home: Home) -> None:
    store = AccountStore(home.data_dir)
    account = Account(id=new_account_id(), name="save 0", environment=Environment.TEST,
                      key_kind=KeyKind.SECRET, key_hint=key_hint(make_key()), created_at=now_iso())
    store.add(account)
    saves, kills, last = 0, 0, 0
    rng = random.Random(20261126)
    while saves < 200 or kills < 10:
        with subprocess.Popen([sys.executable, "-c", _SAVER, str(home.data_dir), account.id, str(last + 1)],
                              stdout=subprocess.PIPE, text=True) as child:
            assert child.stdout is not None
            assert child.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.0, 0.04))
            child.send_signal(signal.SIGKILL)
            done = [int(line) for line in child.stdout.read().split()]
            assert child.wait() == -signal.SIGKILL
        kills += 1
        saves += len(done)
        acknowledged = done[-1] if done else last
        [after] = store.load()  # readable, and holds the state before or after the write in flight
        number = int(after.name.removeprefix("save "))
        assert number in (acknowledged, acknowledged + 1), (number, acknowledged)
        last = number
    assert not list(home.data_dir.glob("accounts.json.corrupt-*"))


class _NoKeyring(OSKeyring):
    """The SIGKILL test is about the file; its one account needs no secret."""

    def store(self, account_id: str, key: str) -> None:
        pass


@pytest.fixture
def small_mount(home: Home) -> Iterator[Path]:
    """A real 256 KiB tmpfs as the data folder's parent, so it can be filled or made read-only."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root (CI runs as root)")
    mount = home.data
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,nr_inodes=1000,mode=0700", "tmpfs", str(mount)],
                   check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_full_data_folder_is_a_clear_error(cli: Cli, stripe: FakeStripe, api_base: str, home: Home,
                                           small_mount: Path) -> None:
    assert connect(cli, stripe.add_key(make_key()), "first").code == 0
    filler = small_mount / "filler"
    with open(filler, "wb", buffering=0) as handle, pytest.raises(OSError, match="No space left") as full:
        _fill(handle)
    assert full.value.errno == errno.ENOSPC
    key = stripe.add_key(make_key())
    result = connect(cli, key, "second")
    assert result.code == 6, result.stderr
    assert "could not be saved" in result.stderr
    assert "Traceback" not in result.stderr
    assert [a.name for a in stored(home)] == ["first"]
    ids = [a.id for a in stored(home)]
    assert keyring.get_password(SERVICE, ids[0]) is not None
    filler.unlink()
    assert connect(cli, key, "second").code == 0  # space again: linking works again


def test_read_only_data_folder_is_a_clear_error(cli: Cli, stripe: FakeStripe, api_base: str, home: Home,
                                                small_mount: Path) -> None:
    assert connect(cli, stripe.add_key(make_key()), "first").code == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_mount)], check=True)
    result = connect(cli, stripe.add_key(make_key()), "second")
    assert result.code == 6, result.stderr
    assert "could not be saved" in result.stderr
    assert "Traceback" not in result.stderr
    listed = cli("accounts", "--json")  # reading still works
    assert listed.code == 0
    assert [a["name"] for a in json.loads(listed.stdout)] == ["first"]
    renamed = cli("rename", "first", "other")
    assert renamed.code == 6
    assert "Traceback" not in renamed.stderr


def _fill(handle: BinaryIO) -> None:
    """Write until the file system is full (raises ENOSPC)."""
    while True:
        handle.write(b"\0" * 4096)

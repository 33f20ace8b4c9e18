from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail, null

from linkwizard.domain.problems import LinkwizardError, ProblemKind
from linkwizard.secrets import secret_service_bulk
from linkwizard.secrets.os_keyring import ALLOWED_BACKENDS, SERVICE, OSKeyring
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Home

ROOT = Path(__file__).resolve().parents[3]


def test_store_load_delete_in_the_real_secret_service() -> None:
    local_keyring = OSKeyring()
    assert "SecretService" in local_keyring.backend_name()
    account_id = f"lw_test_{uuid.uuid4().hex}"
    key = make_key()
    local_keyring.store(account_id, key)
    assert keyring.get_password(SERVICE, account_id) == key
    assert local_keyring.load(account_id) == key
    local_keyring.delete(account_id)
    assert keyring.get_password(SERVICE, account_id) is None
    local_keyring.delete(account_id)  # deleting twice is fine


def test_missing_entry_is_reported_not_crashed() -> None:
    with pytest.raises(LinkwizardError) as raised:
        OSKeyring().load(f"lw_gone_{uuid.uuid4().hex}")
    assert raised.value.problem.kind is ProblemKind.KEY_MISSING


class _LowPriority(keyring.backend.KeyringBackend):
    priority = 0.5

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("must not be used")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must not be used")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("must not be used")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), _LowPriority()])
def test_insecure_backends_are_refused(backend: object) -> None:
    local_keyring = OSKeyring(backend, allowed=_TEST_BACKENDS | ALLOWED_BACKENDS)
    for action in (local_keyring.ensure_available, lambda: local_keyring.store("x", make_key())):
        with pytest.raises(LinkwizardError) as raised:
            action()
        assert raised.value.problem.kind is ProblemKind.NO_SECURE_KEYRING
        assert "keyring" in raised.value.problem.advice.lower()


_TEST_BACKENDS = frozenset({f"{__name__}._Broken", f"{__name__}._Memory", f"{__name__}._LowPriority"})


class _Broken(_LowPriority):
    priority = 5

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"D-Bus said no while storing {password}")


def test_backend_errors_become_problems_without_the_key() -> None:
    key = make_key()
    with pytest.raises(LinkwizardError) as raised:
        OSKeyring(_Broken(), allowed=_TEST_BACKENDS).store("x", key)
    assert raised.value.problem.kind is ProblemKind.KEYRING_ERROR
    assert key not in str(raised.value)
    assert key not in repr(raised.value.problem)
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__


def test_load_many_reads_the_secret_service_in_one_go(monkeypatch: pytest.MonkeyPatch) -> None:
    """Counted on the bus: the keys come in `GetSecrets` calls of BULK_READ items, never one
    `GetSecret` per key."""
    monkeypatch.setattr(secret_service_bulk, "BULK_READ", 2)  # more than one GetSecrets call
    local_keyring = OSKeyring()
    ids = [f"lw_many_{uuid.uuid4().hex}" for _ in range(4)]
    keys = [make_key() for _ in ids]
    try:
        for account_id, key in zip(ids, keys, strict=True):
            local_keyring.store(account_id, key)
        keyring.delete_password(SERVICE, ids[1])
        with _calls_on_the_bus("GetSecrets", "GetSecret") as calls:
            found = local_keyring.load_many([*ids, "lw_never_stored"])
    finally:
        for account_id in ids:
            with contextlib.suppress(LinkwizardError):
                local_keyring.delete(account_id)
    assert found[ids[0]] == keys[0]
    assert found[ids[2]] == keys[2]
    missing = found[ids[1]]
    assert not isinstance(missing, str)
    assert missing.kind is ProblemKind.KEY_MISSING
    assert not isinstance(found["lw_never_stored"], str)
    assert found[ids[3]] == keys[3]
    assert calls.count("GetSecret") == 0  # never one by one
    assert 2 <= calls.count("GetSecrets") <= 3  # three keys, two at a time (other tests' items may sit between)


@contextlib.contextmanager
def _calls_on_the_bus(*members: str) -> Iterator[list[str]]:
    """The names of the method calls in `members` made on the session bus meanwhile (dbus-monitor)."""
    rules = [f"type='method_call',member='{member}'" for member in (*members, "Ping")]
    monitor = subprocess.Popen(["stdbuf", "-oL", "dbus-monitor", "--session", *rules],  # a line at a time
                               stdout=subprocess.PIPE, text=True)
    assert monitor.stdout is not None
    seen: list[str] = []

    def ping() -> None:  # a call through the bus to the keyring (the bus's own calls are not shown)
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.secrets",
                        "/org/freedesktop/secrets", "org.freedesktop.DBus.Peer.Ping"], check=True,
                       stdout=subprocess.DEVNULL)

    def read_until(marker: str) -> None:
        assert monitor.stdout is not None
        for line in monitor.stdout:
            if f"member={marker}" in line:
                return
            if "method call" in line and (name := line.rsplit("member=", 1)[-1].strip()) in members:
                seen.append(name)

    try:
        read_until("NameLost")  # it gives up its name when it becomes a monitor: listening from now on
        yield seen
        ping()  # everything before this has been shown
        read_until("Ping")
    finally:
        monitor.terminate()
        monitor.wait(timeout=10)
        monitor.stdout.close()


class _Memory(_LowPriority):
    """A secure-looking backend that is not the Secret Service: the one-by-one path."""

    priority = 5

    def __init__(self) -> None:
        super().__init__()
        self.secrets = {"a": make_key()}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get(username)


def test_load_many_falls_back_to_one_by_one() -> None:
    backend = _Memory()
    found = OSKeyring(backend, allowed=_TEST_BACKENDS).load_many(["a", "b"])
    assert found["a"] == backend.secrets["a"]
    assert not isinstance(found["b"], str)
    assert found["b"].kind is ProblemKind.KEY_MISSING
    refused = OSKeyring(null.Keyring()).load_many(["a"])
    assert not isinstance(refused["a"], str)
    assert refused["a"].kind is ProblemKind.NO_SECURE_KEYRING


# the allowlist (security review, finding 1) ----------------------------------------------

class _Plaintext(_Memory):
    """Looks secure (priority 5) and works, but is not on the allowlist."""


class _ReadOnly(_LowPriority):
    priority = 9

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError("read-only")


def test_a_working_backend_off_the_allowlist_is_refused() -> None:
    backend = _Plaintext()
    with pytest.raises(LinkwizardError) as raised:
        OSKeyring(backend).store("x", make_key())
    assert raised.value.problem.kind is ProblemKind.NO_SECURE_KEYRING
    assert backend.secrets.keys() == {"a"}


def test_a_chainer_is_judged_by_the_child_that_receives_the_write() -> None:
    from keyring.backends.chainer import ChainerBackend
    from keyring.backends.SecretService import Keyring as SecretService

    class Chain(ChainerBackend):
        backends: list[object] = []  # noqa: RUF012 - set per test below

    Chain.backends = [_ReadOnly(), _Plaintext(), fail.Keyring()]
    with pytest.raises(LinkwizardError) as raised:
        OSKeyring(Chain()).ensure_available()
    assert raised.value.problem.kind is ProblemKind.NO_SECURE_KEYRING
    # a secure child further down is used directly, never the insecure ones before it
    service, plaintext = SecretService(), _Plaintext()
    Chain.backends = [_ReadOnly(), plaintext, service]
    account_id, key = f"lw_chain_{uuid.uuid4().hex}", make_key()
    local_keyring = OSKeyring(Chain())
    local_keyring.store(account_id, key)
    try:
        assert local_keyring.backend_name() == "keyring.backends.SecretService.Keyring"
        assert plaintext.secrets.keys() == {"a"}
        assert keyring.get_password(SERVICE, account_id) == key
    finally:
        local_keyring.delete(account_id)


_READ_ONLY_PLUGIN = '''
from keyring.backend import KeyringBackend


class ReadOnly(KeyringBackend):
    priority = 9

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise NotImplementedError("read-only")

    def delete_password(self, service, username):
        raise NotImplementedError("read-only")
'''


def _install_plugin(folder: Path) -> Path:
    """A keyring plugin found the way keyring finds any: an entry point in a dist-info."""
    folder.mkdir()
    (folder / "readonly_plugin.py").write_text(_READ_ONLY_PLUGIN)
    info = folder / "readonly_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: readonly-plugin\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[keyring.backends]\nreadonly = readonly_plugin\n")
    return folder


@pytest.mark.parametrize("selection", ["plugins", "PYTHON_KEYRING_BACKEND", "keyringrc.cfg"])
def test_no_key_reaches_a_file_whatever_keyring_is_told(selection: str, home: Home, stripe: FakeStripe,
                                                        api_base: str, tmp_path: Path) -> None:
    """The review's experiment: a read-only high-priority plugin plus keyrings.alt and no Secret
    Service made `connect` exit 0 with the key base64-encoded in a file under HOME."""
    import base64

    alt = ROOT / ".venv" / "keyring-plugins"
    assert (alt / "keyrings" / "alt").is_dir(), "scripts/setup.sh installs keyrings.alt there for this test"
    plugins = _install_plugin(tmp_path / "plugins")
    env = dict(os.environ, PYTHONPATH=f"{plugins}{os.pathsep}{alt}", DBUS_SESSION_BUS_ADDRESS="disabled:")
    if selection == "PYTHON_KEYRING_BACKEND":
        env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    elif selection == "keyringrc.cfg":
        config = home.root / ".config" / "python_keyring"
        config.mkdir(parents=True)
        (config / "keyringrc.cfg").write_text("[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\n")
    key = stripe.add_key(make_key())
    done = subprocess.run([sys.executable, "-m", "linkwizard", "connect", "--environment", "test"], input=key,
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 6, done.stderr
    assert "No secure keyring" in done.stderr
    assert stripe.count() == 0  # refused before any request
    encoded = base64.b64encode(key.encode()).decode()
    for path in home.root.rglob("*"):
        if path.is_file():
            content = path.read_bytes().decode("utf-8", "replace")
            assert key[8:20] not in content, path
            assert encoded[8:24] not in content, path


def test_a_key_changed_behind_the_apps_back_is_checked_before_use() -> None:
    local_keyring = OSKeyring()
    account_id = f"lw_damaged_{uuid.uuid4().hex}"
    keyring.set_password(SERVICE, account_id, "sk_test_short\nHost: evil")
    try:
        with pytest.raises(LinkwizardError) as raised:
            local_keyring.load(account_id)
        assert raised.value.problem.kind is ProblemKind.KEY_DAMAGED
        bulk = local_keyring.load_many([account_id])[account_id]
        assert not isinstance(bulk, str)
        assert bulk.kind is ProblemKind.KEY_DAMAGED
    finally:
        local_keyring.delete(account_id)

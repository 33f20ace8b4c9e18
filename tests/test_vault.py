from __future__ import annotations

import uuid

import keyring
import pytest
from keyring.backends import fail, null

from fake_stripe import make_key
from linkwizard.problems import LinkwizardError, ProblemKind
from linkwizard.vault import SERVICE, Vault


def test_store_load_delete_in_the_real_secret_service() -> None:
    vault = Vault()
    assert "SecretService" in vault.backend_name()
    account_id = f"lw_test_{uuid.uuid4().hex}"
    key = make_key()
    vault.store(account_id, key)
    assert keyring.get_password(SERVICE, account_id) == key
    assert vault.load(account_id) == key
    vault.delete(account_id)
    assert keyring.get_password(SERVICE, account_id) is None
    vault.delete(account_id)  # deleting twice is fine


def test_missing_entry_is_reported_not_crashed() -> None:
    with pytest.raises(LinkwizardError) as raised:
        Vault().load(f"lw_gone_{uuid.uuid4().hex}")
    assert raised.value.problem.kind is ProblemKind.KEY_MISSING


class _LowPriority(keyring.backend.KeyringBackend):
    priority = 0.5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("must not be used")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("must not be used")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("must not be used")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), _LowPriority()])
def test_insecure_backends_are_refused(backend: object) -> None:
    vault = Vault(backend)
    for action in (vault.ensure_available, lambda: vault.store("x", make_key())):
        with pytest.raises(LinkwizardError) as raised:
            action()
        assert raised.value.problem.kind is ProblemKind.NO_SECURE_KEYRING
        assert "keyring" in raised.value.problem.advice.lower()


class _Broken(_LowPriority):
    priority = 5  # type: ignore[assignment]

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"D-Bus said no while storing {password}")


def test_backend_errors_become_problems_without_the_key() -> None:
    key = make_key()
    with pytest.raises(LinkwizardError) as raised:
        Vault(_Broken()).store("x", key)
    assert raised.value.problem.kind is ProblemKind.KEYRING_ERROR
    assert key not in str(raised.value) and key not in repr(raised.value.problem)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_load_many_reads_the_secret_service_in_one_go() -> None:
    vault = Vault()
    ids = [f"lw_many_{uuid.uuid4().hex}" for _ in range(3)]
    keys = [make_key() for _ in ids]
    for account_id, key in zip(ids, keys, strict=True):
        vault.store(account_id, key)
    keyring.delete_password(SERVICE, ids[1])
    found = vault.load_many([*ids, "lw_never_stored"])
    assert found[ids[0]] == keys[0] and found[ids[2]] == keys[2]
    missing = found[ids[1]]
    assert not isinstance(missing, str) and missing.kind is ProblemKind.KEY_MISSING
    assert not isinstance(found["lw_never_stored"], str)
    for account_id in ids:
        vault.delete(account_id)


class _Memory(_LowPriority):
    """A secure-looking backend that is not the Secret Service: the one-by-one path."""

    priority = 5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets = {"a": make_key()}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get(username)


def test_load_many_falls_back_to_one_by_one() -> None:
    backend = _Memory()
    found = Vault(backend).load_many(["a", "b"])
    assert found["a"] == backend.secrets["a"]
    assert not isinstance(found["b"], str) and found["b"].kind is ProblemKind.KEY_MISSING
    refused = Vault(null.Keyring()).load_many(["a"])
    assert not isinstance(refused["a"], str) and refused["a"].kind is ProblemKind.NO_SECURE_KEYRING

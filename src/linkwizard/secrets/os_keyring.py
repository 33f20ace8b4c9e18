"""The OS keyring, and nothing else. Refuses any backend that would keep keys in a file."""

from __future__ import annotations

import contextlib

from linkwizard.domain.problems import LinkwizardError, Problem, ProblemKind, problem

TYPE_CHECKING = False  # typing is not imported at run time: it is slow to load
if TYPE_CHECKING:
    import logging
    from collections.abc import Iterator
    from typing import Any

SERVICE = "linkwizard"


def _log() -> logging.Logger:
    import logging  # not at import time: listing accounts never touches the keyring or the log

    return logging.getLogger(__name__)

# The only backends a key may be given to: each keeps secrets encrypted under the person's
# login and outside any file linkwizard or its users could read. An allowlist, not a denylist:
# a plugin nobody here has looked at (keyrings.alt, a high-priority read-only one, anything a
# PYTHON_KEYRING_BACKEND or keyringrc.cfg names) is refused.
ALLOWED_BACKENDS = frozenset({
    "keyring.backends.SecretService.Keyring",  # GNOME Keyring, KeePassXC, ... over D-Bus
    "keyring.backends.libsecret.Keyring",  # the same Secret Service, through libsecret
    "keyring.backends.kwallet.DBusKeyring",
    "keyring.backends.kwallet.DBusKeyringKWallet4",
    "keyring.backends.macOS.Keyring",  # the macOS Keychain
    "keyring.backends.Windows.WinVaultKeyring",  # the Windows Credential Locker
})


def qualified_name(backend: Any) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def writable_backend(backend: Any, allowed: frozenset[str] = ALLOWED_BACKENDS) -> Any | None:
    """The backend that would receive a write, when it is on the allowlist; else None.

    keyring's chainer writes to the first of its children that does not refuse, which may be
    a plaintext file even when a secure child sits further down. It is unwrapped: the first
    allowed, usable child is used directly for every read, write and delete.
    """
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        children = list(getattr(backend, "backends", ()))
        return next((child for child in children if _usable(child, allowed)), None)
    return backend if _usable(backend, allowed) else None


def _usable(backend: Any, allowed: frozenset[str]) -> bool:
    if qualified_name(backend) not in allowed:
        return False
    try:
        return float(backend.priority) >= 1  # e.g. the Secret Service with no D-Bus session
    except Exception:  # a backend whose priority itself fails is not usable
        return False


def _damaged(account_id: str, key: str) -> Problem | None:
    """Pre-flight for a key read back from the keyring: anything else could have written the
    entry, so it is checked like a pasted key before it goes anywhere."""
    from linkwizard.domain.keys import check_stored

    if check_stored(key).problem is None:
        return None
    return problem(ProblemKind.KEY_DAMAGED, detail=f"account {account_id}")


def _token_user(address: str) -> str:
    return f"team-token {address}"  # never an account id: those are lw_ and hex


class OSKeyring:
    """Secrets keyed by account id under service `linkwizard`."""

    def __init__(self, backend: Any | None = None, allowed: frozenset[str] = ALLOWED_BACKENDS) -> None:
        self._backend = backend
        self._allowed = allowed

    def _keyring(self) -> Any:
        import keyring  # deferred: a command that never touches secrets should not pay for it

        chosen = self._backend or keyring.get_keyring()
        backend = writable_backend(chosen, self._allowed)
        if backend is None:
            raise LinkwizardError(problem(ProblemKind.NO_SECURE_KEYRING, detail=f"backend {qualified_name(chosen)}"))
        return backend

    def uses_default_keyring(self) -> bool:
        """True when this is the system's keyring with the usual rules, which another
        process of this program can open the same way (checks_process.py)."""
        return self._backend is None and self._allowed == ALLOWED_BACKENDS

    def backend_name(self) -> str:
        return qualified_name(self._keyring())

    def ensure_available(self) -> None:
        """Fail early, before any network work, if keys could not be stored."""
        self._keyring()

    def store(self, account_id: str, key: str) -> None:
        self._call("store", lambda kr: kr.set_password(SERVICE, account_id, key))

    def load(self, account_id: str) -> str:
        key = self._call("load", lambda kr: kr.get_password(SERVICE, account_id))
        if not key:
            raise LinkwizardError(problem(ProblemKind.KEY_MISSING, detail=f"account {account_id}"))
        damaged = _damaged(account_id, str(key))
        if damaged is not None:
            raise LinkwizardError(damaged)
        return str(key)

    def load_many(self, account_ids: list[str]) -> dict[str, str | Problem]:
        """Each account's key, or the Problem that kept it."""
        return dict(self.iter_many(account_ids))

    def iter_many(self, account_ids: list[str]) -> Iterator[tuple[str, str | Problem]]:
        """Each account's key (or Problem) as soon as it is read, so checks can start while the
        rest are still being read. With the Secret Service all of them come over one
        connection and session (one by one, 100 keys cost 100 connections and key exchanges)."""
        try:
            backend = self._keyring()
        except LinkwizardError as exc:
            yield from ((account_id, exc.problem) for account_id in account_ids)
            return
        left = list(dict.fromkeys(account_ids))
        from linkwizard.secrets import secret_service_bulk  # only for many keys at once

        bulk = secret_service_bulk.read(backend, set(left), SERVICE)
        if bulk is not None:
            try:
                for account_id, key in bulk:
                    left.remove(account_id)
                    yield account_id, _damaged(account_id, key) or key
                for account_id in left:  # not in the keyring at all
                    yield account_id, problem(ProblemKind.KEY_MISSING, detail=f"account {account_id}")
                return
            except Exception:  # locked, dismissed or odd: the one-by-one path reports each problem
                _log().info("bulk keyring read unavailable; reading the rest one by one")
        for account_id in left:
            try:
                yield account_id, self.load(account_id)
            except LinkwizardError as exc:
                yield account_id, exc.problem

    # The team vault's login token, under the same allowlist as keys. A token has no shape to
    # check (OpenBao's prefixes are not Vault's): what the vault says of it is the only test.
    def store_token(self, address: str, token: str) -> None:
        self._call("store", lambda kr: kr.set_password(SERVICE, _token_user(address), token))

    def load_token(self, address: str) -> str | None:
        found = self._call("load", lambda kr: kr.get_password(SERVICE, _token_user(address)))
        return str(found) if found else None

    def delete_token(self, address: str) -> None:
        self.delete(_token_user(address))

    def delete(self, account_id: str) -> None:
        """Delete the secret; an already missing secret is not an error."""
        from keyring.errors import PasswordDeleteError

        def remove(kr: Any) -> None:
            with contextlib.suppress(PasswordDeleteError):
                kr.delete_password(SERVICE, account_id)

        self._call("delete", remove)

    def _call(self, action: str, operation: Any) -> Any:
        from keyring.errors import KeyringLocked

        backend = self._keyring()
        try:
            return operation(backend)
        except LinkwizardError:
            raise
        except KeyringLocked:
            raise LinkwizardError(problem(ProblemKind.KEYRING_LOCKED, detail=f"{action}: locked")) from None
        except Exception as exc:  # backends raise D-Bus, OS and their own errors alike
            detail = f"{action}: {type(exc).__module__}.{type(exc).__name__}"
            _log().warning("keyring %s failed: %s", action, detail)
            declined = "dismissed" in str(exc).lower()  # the user closed the unlock prompt
            kind = ProblemKind.KEYRING_LOCKED if declined else ProblemKind.KEYRING_ERROR
            raise LinkwizardError(problem(kind, detail=detail)) from None

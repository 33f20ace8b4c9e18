"""The OS keyring, and nothing else. Refuses any backend that would keep keys in a file."""

from __future__ import annotations

import logging
from typing import Any

from linkwizard.problems import LinkwizardError, ProblemKind, problem

SERVICE = "linkwizard"
log = logging.getLogger(__name__)

# keyring's own "no keyring" backends and keyrings.alt's file-based ones: a key must
# never end up in a file, encrypted with a guessable password or not.
_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _is_secure(backend: Any) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES):
        return False
    children = getattr(backend, "backends", None)
    if module == "keyring.backends.chainer" and children is not None:
        return any(_is_secure(child) for child in children)
    try:
        return float(backend.priority) >= 1
    except Exception:  # a backend whose priority itself fails is not usable
        return False


class Vault:
    """Secrets keyed by account id under service `linkwizard`."""

    def __init__(self, backend: Any | None = None) -> None:
        self._backend = backend

    def _keyring(self) -> Any:
        import keyring  # deferred: a command that never touches secrets should not pay for it

        backend = self._backend or keyring.get_keyring()
        if not _is_secure(backend):
            name = f"{type(backend).__module__}.{type(backend).__name__}"
            raise LinkwizardError(problem(ProblemKind.NO_SECURE_KEYRING, detail=f"backend {name}"))
        return backend

    def backend_name(self) -> str:
        backend = self._keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def ensure_available(self) -> None:
        """Fail early, before any network work, if keys could not be stored."""
        self._keyring()

    def store(self, account_id: str, key: str) -> None:
        self._call("store", lambda kr: kr.set_password(SERVICE, account_id, key))

    def load(self, account_id: str) -> str:
        key = self._call("load", lambda kr: kr.get_password(SERVICE, account_id))
        if not key:
            raise LinkwizardError(problem(ProblemKind.KEY_MISSING, detail=f"account {account_id}"))
        return str(key)

    def delete(self, account_id: str) -> None:
        """Delete the secret; an already missing secret is not an error."""
        from keyring.errors import PasswordDeleteError

        def remove(kr: Any) -> None:
            try:
                kr.delete_password(SERVICE, account_id)
            except PasswordDeleteError:
                pass

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
            log.warning("keyring %s failed: %s", action, detail)
            declined = "dismissed" in str(exc).lower()  # the user closed the unlock prompt
            kind = ProblemKind.KEYRING_LOCKED if declined else ProblemKind.KEYRING_ERROR
            raise LinkwizardError(problem(kind, detail=detail)) from None

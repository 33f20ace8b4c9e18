"""The OS keyring, and nothing else. Refuses any backend that would keep keys in a file."""

from __future__ import annotations

from linkwizard.problems import LinkwizardError, Problem, ProblemKind, problem

TYPE_CHECKING = False  # typing is not imported at run time: it is slow to load
if TYPE_CHECKING:
    import logging
    from collections.abc import Iterator
    from typing import Any

SERVICE = "linkwizard"


def _log() -> logging.Logger:
    import logging  # not at import time: listing accounts never touches the keyring or the log

    return logging.getLogger(__name__)

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


def _secret_service_items(backend: Any, wanted: set[str]) -> Iterator[tuple[str, str]] | None:
    """Our items from the Secret Service over one connection and one encrypted session, as
    they are read; None when the keyring is not the Secret Service."""
    candidates = [backend, *getattr(backend, "backends", [])]
    service = next((b for b in candidates if type(b).__module__ == "keyring.backends.SecretService"), None)
    if service is None:
        return None

    def items() -> Iterator[tuple[str, str]]:
        from contextlib import closing

        from secretstorage.util import open_session

        collection = service.get_preferred_collection()
        with closing(collection.connection):
            session = None  # one session for every item: each costs a key exchange
            for item in collection.search_items({"service": SERVICE}):
                username = item.get_attributes().get("username")
                if username in wanted:
                    wanted.discard(username)
                    service.unlock(item)
                    session = session or open_session(collection.connection)
                    item.session = session
                    yield username, item.get_secret().decode("utf-8")

    return items()


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
        bulk = _secret_service_items(backend, set(left))
        if bulk is not None:
            try:
                for account_id, key in bulk:
                    left.remove(account_id)
                    yield account_id, key
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
            _log().warning("keyring %s failed: %s", action, detail)
            declined = "dismissed" in str(exc).lower()  # the user closed the unlock prompt
            kind = ProblemKind.KEYRING_LOCKED if declined else ProblemKind.KEYRING_ERROR
            raise LinkwizardError(problem(kind, detail=detail)) from None

"""Account records and their JSON file: atomic, locked against other processes, never lossy.

Secrets are not here: the record holds only a hint, and the key lives in the OS
keyring (`secrets.os_keyring`) or the team vault (`team.vault`), as `store` says.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC
from pathlib import Path

from linkwizard.domain import records, untrusted
from linkwizard.domain.keys import Environment, KeyKind
from linkwizard.domain.permissions import Access, PermissionCheck
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, LinkwizardError, Problem, ProblemKind, problem
from linkwizard.store import paths

TYPE_CHECKING = False  # typing itself is not imported at run time: it is slow to load
if TYPE_CHECKING:
    import datetime
    from typing import Any


SCHEMA_VERSION = records.SCHEMA_VERSION
MAX_NAME_LENGTH = 64
PAUSE_AFTER = 3
EXPIRY_WARNING_DAYS = 14  # how early a known expiry is shown


class Health(enum.Enum):
    """NEEDS_ATTENTION: Stripe refused the key (401/403) or it is gone. UNREACHABLE: network
    trouble, which says nothing about the key."""

    _value_: str
    OK, NEEDS_ATTENTION, UNREACHABLE, UNKNOWN = records.STATUSES


def now_iso() -> str:
    return datetime.datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_account_id() -> str:
    return f"lw_{os.urandom(8).hex()}"


@dataclass(frozen=True)
class Account:
    """One linked (environment, key) pair."""

    id: str
    name: str
    environment: Environment
    key_kind: KeyKind
    key_hint: str
    created_at: str
    stripe_account_id: str | None = None
    display_name: str | None = None
    last_verified_at: str | None = None
    status: Health = Health.UNKNOWN
    status_reason: str | None = None
    auth_failures: int = 0  # Stripe refusals (401) in a row; at PAUSE_AFTER automatic checks stop
    last_http_status: int | None = None  # of the last check that failed, for diagnostics
    last_stripe_code: str | None = None
    last_request_id: str | None = None
    permissions: tuple[PermissionCheck, ...] | None = None  # the checklist, when probed
    permissions_checked_at: str | None = None
    requested_scopes: tuple[str, ...] | None = None  # what the person asked a restricted key to read
    key_expires_at: str | None = None  # YYYY-MM-DD, when known (keys the Stripe CLI made last 90 days)
    stripe_context: str | None = None  # the account the key acts on (Stripe-Context): not a secret
    store: str = "keyring"  # where the key lives: records.STORES
    team_address: str | None = None  # for a team account: the vault, its KV v2 mount, the path under it
    team_mount: str | None = None
    team_path: str | None = None
    team_version: int | None = None  # the entry's version this computer last saw
    offline_copy: bool = False  # a team key also kept in the keyring, for when the vault is unreachable

    @property
    def in_team_vault(self) -> bool:
        return self.store == "team"

    def days_until_expiry(self, today: datetime.date | None = None) -> int | None:
        """Days left before the key expires (negative: expired), when its expiry is known."""
        if self.key_expires_at is None:
            return None
        return (datetime.date.fromisoformat(self.key_expires_at) - (today or datetime.date.today())).days

    def expiry_note(self, today: datetime.date | None = None) -> tuple[str, str] | None:
        """The one expiry rule for both front ends: from EXPIRY_WARNING_DAYS before a known
        expiry, a sentence template (translation context "Expiry") and the value for its "%1"."""
        left = self.days_until_expiry(today)
        if left is None or left > EXPIRY_WARNING_DAYS:
            return None
        if left < 0:
            return QT_TRANSLATE_NOOP("Expiry", "Key expired on %1"), self.key_expires_at or ""
        if left == 0:
            return QT_TRANSLATE_NOOP("Expiry", "Key expires today"), ""
        if left == 1:
            return QT_TRANSLATE_NOOP("Expiry", "Key expires tomorrow"), ""
        return QT_TRANSLATE_NOOP("Expiry", "Key expires in %1 days"), str(left)

    @property
    def checks_paused(self) -> bool:
        """After three refusals in a row the key is not tried again until the person acts."""
        return self.auth_failures >= PAUSE_AFTER

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in _FIELD_ORDER}  # asdict() deep-copies: slow
        data["environment"] = self.environment.value
        data["key_kind"] = self.key_kind.value
        data["status"] = self.status.value
        data["permissions"] = None if self.permissions is None else [p.to_json() for p in self.permissions]
        data["requested_scopes"] = None if self.requested_scopes is None else list(self.requested_scopes)
        if self.store == "keyring":  # so that the release before teams still reads the file
            for name in records.TEAM_FIELDS:
                del data[name]
        return data

    @classmethod
    def from_json(cls, data: Any) -> Account:
        """Strict (records.validate): a wrong type or an unknown field raises ValueError."""
        return cls.from_record(records.validate(data))

    @classmethod
    def from_record(cls, clean: dict[str, Any]) -> Account:
        """From a record `records.validate` has checked and cleaned."""
        permissions = clean["permissions"]
        scopes = clean["requested_scopes"]
        return cls(**{**clean, "environment": Environment(clean["environment"]),
                      "key_kind": KeyKind(clean["key_kind"]), "status": Health(clean["status"]),
                      "permissions": None if permissions is None else _checklist(
                          tuple((p["resource"], p["access"], p["permission"]) for p in permissions)),
                      "requested_scopes": None if scopes is None else tuple(scopes)})


# Checklists repeat from account to account (keys made from one recipe get one answer): each
# distinct one is built once. At 1,000 accounts that is 13,000 frozen objects fewer to build
# while the list is read, and to keep.
_CHECKLISTS: dict[tuple[tuple[str, str, str | None], ...], tuple[PermissionCheck, ...]] = {}
MAX_SHARED_CHECKLISTS = 4096


def _checklist(lines: tuple[tuple[str, str, str | None], ...]) -> tuple[PermissionCheck, ...]:
    found = _CHECKLISTS.get(lines)
    if found is None:
        found = tuple(PermissionCheck(resource, Access(access), permission) for resource, access, permission in lines)
        if len(_CHECKLISTS) < MAX_SHARED_CHECKLISTS:
            _CHECKLISTS[lines] = found
    return found


_FIELD_ORDER = records.FIELD_ORDER  # the file keeps one stable key order


def clean_name(raw: str) -> str:
    """Collapse whitespace; refuse empty, over-long or control-character names."""
    name = " ".join(raw.split())
    if not name or len(name) > MAX_NAME_LENGTH:
        raise LinkwizardError(problem(
            ProblemKind.NAME_INVALID,
            advice=QT_TRANSLATE_NOOP("problems", "Use a name of 1 to {most} characters."),
            values={"most": str(MAX_NAME_LENGTH)}, detail="length"))
    if any(untrusted.is_unsafe(ch) for ch in name):
        raise LinkwizardError(problem(
            ProblemKind.NAME_INVALID,
            advice=QT_TRANSLATE_NOOP("problems", "Use letters, digits, spaces and punctuation, without control "
                                     "characters."),
            detail="control characters"))
    return name


def default_name(environment: Environment, taken: Iterator[str] | list[str]) -> str:
    """`Stripe (Test)`, then `Stripe (Test) 2`, ... : the first name not taken."""
    used = {name.casefold() for name in taken}
    base = f"Stripe ({'Live' if environment is Environment.PRODUCTION else 'Test'})"
    candidate, number = base, 1
    while candidate.casefold() in used:
        number += 1
        candidate = f"{base} {number}"
    return candidate


class AccountStore:
    """The account list in one JSON document under the data folder."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / "accounts.json"
        self._lock_path = directory / "accounts.lock"
        self._thread_lock = threading.RLock()
        self._depth = 0

    # reading ----------------------------------------------------------------------
    def load(self, give_way: Callable[[], None] = lambda: None) -> list[Account]:
        """All accounts. A damaged file is moved aside and reported, never overwritten.

        `give_way` is called between records: `sharing_interpreter` when a window's thread
        shares the interpreter with this one."""
        try:
            if not paths.private_dir(self.directory, create=False):
                return []
            raw = _read(self.path)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise LinkwizardError(problem(
                ProblemKind.STORE_CORRUPT,
                title=QT_TRANSLATE_NOOP("problems", "The list of accounts could not be opened"),
                advice=QT_TRANSLATE_NOOP("problems", "Check the permissions of the data folder."),
                detail=f"{type(exc).__name__}")) from None
        try:
            return _parse(raw, give_way)
        except records.NewerFile as newer:  # not damaged: another release's, left as it is
            raise LinkwizardError(problem(
                ProblemKind.STORE_NEWER, values={"version": newer.written_by or f"schema {newer.schema_version}"},
                detail=str(newer))) from None
        except ValueError as exc:
            reason = str(exc)
        with self._locked():  # another process may have moved or fixed it meanwhile
            try:
                return _parse(_read(self.path))
            except FileNotFoundError:
                return []
            except records.NewerFile:
                return self.load(give_way)  # replaced meanwhile by a newer release: say so
            except ValueError:
                aside = self._move_aside()
        raise LinkwizardError(problem(
            ProblemKind.STORE_CORRUPT, detail=f"{reason}; kept as {aside}",
            advice=QT_TRANSLATE_NOOP("problems", "The damaged file was kept aside as {path}; your keys are still in "
                                     "the keyring. Link the accounts again, or restore the file if you know how it "
                                     "broke."),
            values={"path": str(self.directory / aside)}))

    def load_or_report(self, give_way: Callable[[], None] = lambda: None) -> tuple[list[Account], Problem | None]:
        """For a window that must open anyway: the accounts, or none and the problem to show."""
        try:
            return self.load(give_way), None
        except LinkwizardError as exc:
            return [], exc.problem

    def find(self, ref: str) -> Account:
        """An account by name (any case) or id."""
        wanted = " ".join(ref.split()).casefold()
        for account in self.load():
            if account.id == ref or account.name.casefold() == wanted:
                return account
        raise LinkwizardError(problem(ProblemKind.ACCOUNT_NOT_FOUND, detail=f"no account {ref!r}"))

    def check_name_free(self, name: str, accounts: list[Account] | None = None,
                        except_id: str | None = None) -> None:
        for account in self.load() if accounts is None else accounts:
            if account.name.casefold() == name.casefold() and account.id != except_id:
                raise LinkwizardError(problem(
                    ProblemKind.NAME_TAKEN,
                    title=QT_TRANSLATE_NOOP("problems", "An account named \u201c{name}\u201d already exists"),
                    values={"name": account.name}))

    # writing (records only: keys are linking's and the keyring's) ---------------------------
    def add(self, account: Account) -> Account:
        """Append a record; its name must be free (checked under the lock)."""
        with self._locked():
            accounts = self.load()
            self.check_name_free(account.name, accounts)
            self._write([*accounts, account])
        return account

    def update(self, account_id: str, change: Callable[[Account], Account]) -> Account:
        """Apply `change` to one record under the lock (other fields stay as stored)."""
        with self._locked():
            accounts = self.load()
            for index, account in enumerate(accounts):
                if account.id == account_id:
                    changed = change(account)
                    accounts[index] = changed
                    self._write(accounts)
                    return changed
        raise LinkwizardError(problem(ProblemKind.ACCOUNT_NOT_FOUND, detail=f"no account {account_id}"))

    def update_many(self, changes: dict[str, Callable[[Account], Account]]) -> list[Account]:
        """Like `update` for several records in one write; unknown ids are skipped."""
        with self._locked():
            accounts = [changes[a.id](a) if a.id in changes else a for a in self.load()]
            self._write(accounts)
            return [a for a in accounts if a.id in changes]

    def rename(self, ref: str, new_name: str) -> Account:
        name = clean_name(new_name)
        with self._locked():
            target = self.find(ref)
            self.check_name_free(name, except_id=target.id)
            return self.update(target.id, lambda a: replace(a, name=name))

    def remove(self, ref: str) -> Account:
        """Drop a record; returns what it was."""
        with self._locked():
            accounts = self.load()
            target = self.find(ref)
            self._write([a for a in accounts if a.id != target.id])
        return target

    def locked(self) -> contextlib.AbstractContextManager[None]:
        """Hold the account list for a change that spans the keyring and the file."""
        return self._locked()

    # plumbing ---------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Exclusive access across processes (a lock file) and threads; re-entrant."""
        with self._thread_lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._ensure_directory()
            try:
                fd = paths.open_private(self._lock_path, os.O_RDWR | os.O_CREAT)
            except OSError as exc:
                raise _unwritable(exc) from None
            try:
                _lock_file(fd)  # released when the descriptor closes
                self._depth = 1
                try:
                    yield
                finally:
                    self._depth = 0
            finally:
                os.close(fd)

    def _ensure_directory(self) -> None:
        try:
            paths.private_dir(self.directory)
        except OSError as exc:
            raise _unwritable(exc) from None

    def _write(self, accounts: list[Account]) -> None:
        """One account a line: as easy to read or diff as an indented file, and written by
        json's C encoder, which `indent` turns off (1,000 accounts: 15 ms, not 64)."""
        lines = ",\n".join(json.dumps(a.to_json(), ensure_ascii=False) for a in accounts)
        text = f'{{"schema_version": {SCHEMA_VERSION}, "accounts": [' + (f"\n{lines}\n" if lines else "") + "]}\n"
        data = text.encode("utf-8")
        try:
            paths.replace_file(self.path, data)
        except OSError as exc:
            raise _unwritable(exc) from None

    def _move_aside(self) -> str:
        stamp = datetime.datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        for number in range(1000):
            suffix = f".corrupt-{stamp}" + (f"-{number}" if number else "")
            aside = self.path.with_name(self.path.name + suffix)
            if not aside.exists():
                os.replace(self.path, aside)
                return aside.name
        raise LinkwizardError(problem(ProblemKind.STORE_UNWRITABLE, detail="too many damaged copies"))


def _parse(raw: bytes, give_way: Callable[[], None] = lambda: None) -> list[Account]:
    try:
        return [Account.from_record(clean) for clean in records.read_document(raw.decode("utf-8"), give_way)]
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"not valid JSON ({type(exc).__name__})") from None


GIVE_WAY_SECONDS = 0.0001  # long enough for the waiting thread to wake and take the GIL


def sharing_interpreter(every: float = 0.003) -> Callable[[], None]:
    """For long work on a background thread: a call that, at most once per `every` seconds,
    lets go of the GIL for a moment, so that a window's thread waiting for it waits no longer.

    Python's own switching waits `sys.getswitchinterval()` each time the window's thread wants
    the interpreter back, and that thread lets go of it in every call into Qt; the default
    `every` is the measured balance between the two (docs/performance.md)."""
    due = time.perf_counter() + every

    def give_way() -> None:
        nonlocal due
        if time.perf_counter() >= due:
            time.sleep(GIVE_WAY_SECONDS)
            due = time.perf_counter() + every

    return give_way


def _read(path: Path) -> bytes:
    """The whole file, never through a symbolic link planted in its place."""
    with open(paths.open_private(path, os.O_RDONLY), "rb") as handle:
        return handle.read()


def _unwritable(exc: OSError) -> LinkwizardError:
    return LinkwizardError(problem(ProblemKind.STORE_UNWRITABLE, detail=f"{type(exc).__name__} "
                                   f"(errno {exc.errno})"))


LOCK_TIMEOUT = 10.0


def _lock_file(fd: int) -> None:
    """Wait at most LOCK_TIMEOUT for the lock, then STORE_LOCKED: never hang on a holder
    that does not let go (a stuck process, or once another user's)."""
    deadline = time.monotonic() + LOCK_TIMEOUT
    while True:
        try:
            if sys.platform == "win32":
                import msvcrt  # noqa: PLC0415 - Windows only

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # noqa: PLC0415 - not on Windows

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError:
            if time.monotonic() >= deadline:
                raise LinkwizardError(problem(ProblemKind.STORE_LOCKED, detail="lock wait timed out")) from None
            time.sleep(0.02)



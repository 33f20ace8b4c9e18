"""Account records and their JSON file: atomic, locked against other processes, never lossy.

Secrets are not here: the record holds only a hint, and the key lives in the OS
keyring (`secrets.os_keyring`) or the team vault (`team.vault`), as `store` says.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC
from pathlib import Path

from linkwizard.domain import records
from linkwizard.domain.account import SCHEMA_VERSION, Account, clean_name
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, LinkwizardError, Problem, ProblemKind, problem
from linkwizard.store import paths

TYPE_CHECKING = False  # typing itself is not imported at run time: it is slow to load
if TYPE_CHECKING:
    import datetime


class AccountStore:
    """The account list in one JSON document under the data folder."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / "accounts.json"
        self._lock_path = directory / "accounts.lock"
        self._thread_lock = threading.RLock()
        self._depth = 0

    # reading ----------------------------------------------------------------------
    def load(self, between_records: Callable[[], None] = lambda: None) -> list[Account]:
        """All accounts. A damaged file is moved aside and reported, never overwritten.

        `between_records` is called after each record is read: a reader on a thread beside a
        window passes what lets the window run (gui/workers.py's `sharing_interpreter`)."""
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
            return _parse(raw, between_records)
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
                return self.load(between_records)  # replaced meanwhile by a newer release: say so
            except ValueError:
                aside = self._move_aside()
        raise LinkwizardError(problem(
            ProblemKind.STORE_CORRUPT, detail=f"{reason}; kept as {aside}",
            advice=QT_TRANSLATE_NOOP("problems", "The damaged file was kept aside as {path}; your keys are still in "
                                     "the keyring. Link the accounts again, or restore the file if you know how it "
                                     "broke."),
            values={"path": str(self.directory / aside)}))

    def load_or_report(self, between_records: Callable[[], None] = lambda: None,
                       ) -> tuple[list[Account], Problem | None]:
        """For a window that must open anyway: the accounts, or none and the problem to show."""
        try:
            return self.load(between_records), None
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


def _parse(raw: bytes, between_records: Callable[[], None] = lambda: None) -> list[Account]:
    accounts = []
    try:
        for clean in records.read_document(raw.decode("utf-8")):
            accounts.append(Account.from_record(clean))
            between_records()
        return accounts
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ValueError(f"not valid JSON ({type(exc).__name__})") from None


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
                import msvcrt  # Windows only

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl  # not on Windows

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError:
            if time.monotonic() >= deadline:
                raise LinkwizardError(problem(ProblemKind.STORE_LOCKED, detail="lock wait timed out")) from None
            time.sleep(0.02)



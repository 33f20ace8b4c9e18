"""Retiring plaintext copies once their keys are linked: every copy in a file rewritten as a
hint, or the file left exactly as it was, with the reason (`RetireRefused`); the file rewritten
is the file that was checked."""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shlex
import stat
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from linkwizard.domain.problems import Problem, ProblemKind, problem
from linkwizard.secrets.plaintext.candidates import (
    _PROFILES_TABLE,
    Candidate,
    Origin,
    UnreadableFile,
    _text,
    fingerprint,
    open_checked,
    read_descriptor,
)
from linkwizard.secrets.plaintext.finding import _TOO_DEEP


# -- retiring ---------------------------------------------------------------------------------
class RetireRefused(Exception):
    """The file was left as it was; the message says why and what to do (in English, for the
    command line and the log); `as_problem` says it in the window's words. `changed`: the file
    changed since the scan; `kept`: the copy may be the only one left, so it was not touched."""

    def __init__(self, message: str, path: str = "", changed: bool = False, kept: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.changed = changed
        self.kept = kept

    def as_problem(self) -> Problem:
        kind = (ProblemKind.PLAINTEXT_KEPT if self.kept else ProblemKind.PLAINTEXT_CHANGED if self.changed
                else ProblemKind.PLAINTEXT_NOT_RETIRED)
        return problem(kind, values={"path": self.path}, detail=str(self))


@dataclass(frozen=True)
class Retired:
    """One plaintext copy replaced; `now` is what the file holds instead (no key)."""

    path: str
    line: int | None
    entry: str
    now: str


@dataclass(frozen=True)
class RetireReport:
    """What retiring did: the copies replaced, and each file left as it was, with why."""

    retired: list[Retired] = field(default_factory=list)
    refused: list[RetireRefused] = field(default_factory=list)


BeforeReplace = Callable[[int, str], None]


def redact(key: str) -> str:
    """The shape the Stripe CLI itself writes for live keys: 8 characters, stars, the last 4."""
    return key[:8] + "*" * (len(key) - 12) + key[-4:] if len(key) > 12 else "*" * len(key)


def retire(linked: list[tuple[Candidate, str]], before_replace: BeforeReplace | None = None) -> RetireReport:
    """Replace each candidate's key in its file (Stripe CLI config or .env) with a hint; `linked`
    pairs each with the name of the account that now holds its key. Every copy of the key in
    the file is replaced, or the file is left as it was. One file at a time, each written once,
    atomically, as the file that was checked: its mode, owner, group and extended attributes
    (ACLs) come from the descriptor that was read, and the replace is refused if anything else
    took its name meanwhile. Never a backup: a copy of the old file would be one more plaintext
    key. `before_replace(folder_fd, name)` runs just before the replace (the tests' race)."""
    report = RetireReport()
    by_file: dict[str, list[tuple[Candidate, str]]] = {}
    for candidate, name in linked:
        if not candidate.retirable or candidate.path is None:
            report.refused.append(RetireRefused(f"{candidate.source} cannot be rewritten by linkwizard",
                                                candidate.source))
            continue
        by_file.setdefault(candidate.path, []).append((candidate, name))
    for path_text, entries in by_file.items():
        try:
            report.retired.extend(_retire_in(Path(path_text), entries, before_replace))
        except RetireRefused as exc:
            report.refused.append(exc)
    return report


def _retire_in(path: Path, entries: list[tuple[Candidate, str]],
               before_replace: BeforeReplace | None) -> list[Retired]:
    try:
        folder_fd = os.open(path.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise RetireRefused(f"{path.parent} cannot be opened ({exc.strerror}); nothing was changed",
                            str(path)) from None
    try:
        return _retire_at(folder_fd, path, entries, before_replace)
    finally:
        os.close(folder_fd)


def _retire_at(folder_fd: int, path: Path, entries: list[tuple[Candidate, str]],
               before_replace: BeforeReplace | None) -> list[Retired]:
    shared = _shared_folder(os.fstat(folder_fd))
    if shared:
        raise RetireRefused(f"{path} is in a folder {shared} may write to, without the sticky bit: one of those "
                            "other users could swap the file while linkwizard rewrites it, so it was left as it "
                            "is. Move it to a folder only you can write to, or remove the key by hand.", str(path))
    try:
        fd, info = open_checked(path, folder_fd)
    except FileNotFoundError:
        raise RetireRefused(f"{path} is gone since the scan; nothing was changed", str(path), changed=True) from None
    except UnreadableFile as exc:
        raise RetireRefused(f"{path} {exc}; nothing was changed", str(path)) from None
    try:
        if info.st_nlink > 1:
            raise RetireRefused(f"{path} has another name (a hard link: {info.st_nlink} names for one file), and "
                                "its other names would keep the key; nothing was changed. Remove the other names, "
                                "or remove the key by hand.", str(path))
        if info.st_uid != os.geteuid() and os.geteuid() != 0:
            raise RetireRefused(f"{path} belongs to another user (uid {info.st_uid}); rewriting it would make it "
                                "yours, so it was left as it is", str(path))
        try:
            data = read_descriptor(fd)
        except UnreadableFile as exc:
            raise RetireRefused(f"{path} {exc}; nothing was changed", str(path)) from None
        if any(fingerprint(data) != candidate.fingerprint for candidate, _ in entries):
            raise RetireRefused(f"{path} changed since it was scanned, so it was left as it is. "
                                "Scan again (linkwizard import --scan) and retry.", str(path), changed=True)
        text = _text(data)
        if entries[0][0].origin is Origin.STRIPE_CLI:
            new_text, done = _retire_toml(path, text, entries)
        else:
            new_text, done = _retire_dotenv(path, text, entries)
        _refuse_left_copies(path, new_text, entries)
        prefix = "\ufeff" if data.startswith(b"\xef\xbb\xbf") else ""
        try:
            _replace_checked(folder_fd, path.name, fd, info, (prefix + new_text).encode("utf-8"), before_replace)
        except OSError as exc:
            raise RetireRefused(f"{path} could not be written ({exc.strerror}); it was left as it is",
                                str(path)) from None
        return done
    finally:
        os.close(fd)


def _shared_folder(folder: os.stat_result) -> str | None:
    """Who else may add, remove and rename names in a folder (None: nobody but its owner, or a
    sticky folder, where each may rename only their own files)."""
    if os.name != "posix" or folder.st_mode & stat.S_ISVTX:
        return None
    if folder.st_mode & stat.S_IWOTH:
        return "every user on this computer"
    if folder.st_mode & stat.S_IWGRP and _group_has_others(folder.st_gid, folder.st_uid):
        return "the other users of its group"
    return None


def _group_has_others(gid: int, owner_uid: int) -> bool:
    try:
        members = set(grp.getgrgid(gid).gr_mem)
        owner = pwd.getpwuid(owner_uid).pw_name
    except KeyError:
        return True  # a group or owner this computer cannot name: assume the worst
    members |= {user.pw_name for user in pwd.getpwall() if user.pw_gid == gid}
    return bool(members - {owner})


def _replace_checked(folder_fd: int, name: str, source_fd: int, info: os.stat_result, data: bytes,
                     before_replace: BeforeReplace | None) -> None:
    """Write `data` to a new file beside `name`, give it the checked file's owner, group,
    extended attributes and mode, and rename it over `name` if `name` is still that file."""
    temporary = f".{name}-{os.urandom(6).hex()}.tmp"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                 | getattr(os, "O_CLOEXEC", 0), 0o600, dir_fd=folder_fd)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            if (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
                os.fchown(fd, info.st_uid, info.st_gid)
            _copy_extended_attributes(source_fd, fd)
            os.fchmod(fd, stat.S_IMODE(info.st_mode))
            os.fsync(fd)
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace(folder_fd, name)
        now = os.stat(name, dir_fd=folder_fd, follow_symlinks=False)
        if (now.st_dev, now.st_ino) != (info.st_dev, info.st_ino):
            raise RetireRefused(f"{name} was replaced by another file while linkwizard rewrote it (it changed since "
                                "it was checked), so it was left as it is. Look at who else writes to that folder.",
                                name, changed=True)
        os.rename(temporary, name, src_dir_fd=folder_fd, dst_dir_fd=folder_fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary, dir_fd=folder_fd)
        raise
    os.fsync(folder_fd)


def _copy_extended_attributes(source_fd: int, target_fd: int) -> None:
    """ACLs (system.posix_acl_access) and the user's attributes; the kernel's own namespaces
    (security.*, trusted.*) are the system's to set, and skipped when it refuses."""
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(source_fd)
    except OSError:
        return  # a file system without extended attributes
    for attribute in names:
        try:
            os.setxattr(target_fd, attribute, os.getxattr(source_fd, attribute))
        except OSError:
            if not attribute.startswith(("security.", "trusted.")):
                raise


def _retire_toml(path: Path, text: str, entries: list[tuple[Candidate, str]]) -> tuple[str, list[Retired]]:
    done = []
    fields = [(c, n) for c, n in entries if not c.in_text]
    document: Any = None
    if fields:
        try:
            document = tomlkit.parse(text)
        except TOMLKitError as exc:
            raise RetireRefused(f"{path} could not be parsed for rewriting ({exc}); nothing was changed",
                                str(path)) from None
        except RecursionError:
            raise RetireRefused(f"{path} {_TOO_DEEP}; nothing was changed", str(path)) from None
    for candidate, _name in fields:
        profile, _, key_field = candidate.entry.rpartition(".")
        table = _toml_table(document, profile, key_field, candidate.key)
        if table is None:
            raise RetireRefused(f"{path} no longer holds that key in [{profile}]; nothing was changed", str(path),
                                changed=True)
        old = table[key_field]
        hidden = tomlkit.string(redact(candidate.key), literal=getattr(getattr(old, "type", None), "is_literal",
                                                                       lambda: False)())
        # The comment stays where it was; a copy of the key in it is replaced below, with the rest.
        hidden.trivia.indent, hidden.trivia.comment_ws = old.trivia.indent, old.trivia.comment_ws
        hidden.trivia.comment, hidden.trivia.trail = old.trivia.comment, old.trivia.trail
        table[key_field] = hidden
        done.append(Retired(str(path), candidate.line, candidate.entry, redact(candidate.key)))
    new_text = tomlkit.dumps(document) if document is not None else text
    for candidate, _name in entries:
        new_text = new_text.replace(candidate.key, redact(candidate.key))
        done.extend(Retired(str(path), line, "copy", redact(candidate.key))
                    for line in candidate.lines if line != candidate.line or candidate.in_text)
    return new_text, done


def _toml_table(document: Any, profile: str, key_field: str, key: str) -> Any:
    tables = []
    nested = document.get(_PROFILES_TABLE)
    if isinstance(nested, dict) and isinstance(nested.get(profile), dict):
        tables.append(nested[profile])
    if isinstance(document.get(profile), dict):
        tables.append(document[profile])
    for table in tables:
        if str(table.get(key_field, "")).strip() == key:
            return table
    return None


def _retire_dotenv(path: Path, text: str, entries: list[tuple[Candidate, str]]) -> tuple[str, list[Retired]]:
    lines = text.splitlines(keepends=True)
    done = []
    for candidate, name in entries:
        if candidate.in_text:
            continue
        index = (candidate.line or 0) - 1
        if not 0 <= index < len(lines) or candidate.key not in lines[index]:
            raise RetireRefused(f"{path} line {candidate.line} no longer holds that key; nothing was changed",
                                str(path), changed=True)
        ending = lines[index][len(lines[index].rstrip("\r\n")):]
        comment = (f"# {candidate.entry}: moved to the keyring as linkwizard account \u201c{name}\u201d "
                   f"({candidate.hint}). Run: linkwizard exec {shlex.quote(name)} -- <command>")
        lines[index] = comment + ending
        done.append(Retired(str(path), candidate.line, candidate.entry, comment))
    new_text = "".join(lines)
    for candidate, _name in entries:
        new_text = new_text.replace(candidate.key, candidate.hint)
        done.extend(Retired(str(path), line, "copy", candidate.hint)
                    for line in candidate.lines if line != candidate.line or candidate.in_text)
    return new_text, done


def _refuse_left_copies(path: Path, new_text: str, entries: list[tuple[Candidate, str]]) -> None:
    """A file is never called retired while it still holds a key being retired: not as text,
    and (TOML) not in a string written with escapes."""
    keys = {candidate.key: candidate.hint for candidate, _ in entries}
    left = [hint for key, hint in keys.items() if key in new_text]
    if not left and entries[0][0].origin is Origin.STRIPE_CLI:
        left = [hint for key, hint in keys.items() if any(key in value for value in _toml_strings(new_text))]
    if left:
        raise RetireRefused(f"{path} still holds {', '.join(left)} in a form linkwizard cannot rewrite (written "
                            "with escapes?), so it was left as it is. Remove that copy by hand, then import again.",
                            str(path))


def _toml_strings(text: str) -> Iterator[str]:
    """Every string of a TOML document, keys included, decoded (escapes and all)."""
    try:
        pending: list[Any] = [tomllib.loads(text)]
    except (tomllib.TOMLDecodeError, RecursionError):
        yield text
        return
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
        elif isinstance(value, str):
            yield value

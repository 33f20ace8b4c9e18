"""Stripe keys left in plaintext on this computer: find them, and retire the copies once linked.

Where they are (from the Stripe CLI's source: pkg/config/config.go, profile.go and
pkg/keyring/keyring.go; the README's "Bringing keys home" says it for people):
- the Stripe CLI's config, `$XDG_CONFIG_HOME/stripe/config.toml` (default `~/.config/stripe`),
  or the file its `--config` flag names, and `config.toml.v1.bak`, the copy of the old file
  its layout migration leaves beside it (pkg/config/migrate.go); `[profile]` tables, or
  `[profiles.<name>]` in the newer layout (`config_version = 2`), with `test_mode_api_key`,
  `live_mode_api_key` (redacted by newer CLIs), `*_key_expires_at`, `account_id` and
  `display_name`; legacy `secret_key`/`api_key`;
- the CLI's plaintext fallback store `credentials.json` next to it (used without a keyring);
- this process's environment (`STRIPE_API_KEY`, `STRIPE_SECRET_KEY`, ...);
- `.env` files the person names.

Every file is also searched as text, so a key in a comment, in a URL or after `Bearer ` is
reported too, and retiring a key rewrites every copy of it in the file or leaves the file as
it was.

Nothing here sends a request or touches the keyring: `usecases.importing.import_keys` links
each candidate through `link`, exactly as `connect` does. Every file is read with the same care:
no symbolic links, regular files only (checked on the opened file, which never blocks), at
most 1 MB; the file rewritten is the file that was checked (docs/security.md).
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import errno
import grp
import hashlib
import json
import os
import pwd
import re
import shlex
import stat
import tomllib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError

from linkwizard.domain import untrusted
from linkwizard.domain.keys import (
    PUBLISHABLE_PREFIXES,
    SECRET_KEY_IN_TEXT,
    Environment,
    KeyKind,
    classify,
    environment_of,
    key_hint,
)
from linkwizard.domain.problems import Problem, ProblemKind, problem

MAX_BYTES = 1024 * 1024
SECRET_FIELDS = ("test_mode_api_key", "live_mode_api_key", "secret_key", "api_key")
PUBLISHABLE_FIELDS = ("test_mode_pub_key", "live_mode_pub_key", "publishable_key", "test_mode_publishable_key")
_PROFILES_TABLE = "profiles"  # the CLI's newer layout keeps every profile under this table
MIGRATION_BACKUP_SUFFIX = ".v1.bak"  # the Stripe CLI's copy of a config from before its migration
_KEY_LIKE = re.compile(r"(?:sk|rk|pk)_(?:test|live|org)\w*|rkcs_test_\w*")
_DOTENV_LINE = re.compile(r"\s*(?:export\s+)?(?P<name>[A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(?P<value>.*)")


class Origin(enum.Enum):
    STRIPE_CLI = "stripe-cli"
    STRIPE_CLI_CREDENTIALS = "stripe-cli-credentials"
    DOTENV = "dotenv"
    ENVIRONMENT = "environment"


@dataclass(frozen=True)
class Candidate:
    """One key found in plaintext. `key` is the secret: it is in no repr and no JSON."""

    number: int
    origin: Origin
    path: str | None  # the file, or None for the environment
    line: int | None
    entry: str  # "default.test_mode_api_key", or the variable's name
    hint: str
    environment: Environment | None
    kind: KeyKind | None
    profile: str | None = None  # the Stripe CLI profile
    display_name: str | None = None
    account_id: str | None = None
    expires_at: str | None = None  # YYYY-MM-DD, from the Stripe CLI config
    refusal: str | None = None  # why it cannot be imported
    problem: Problem | None = None  # the pre-flight's verdict behind `refusal`, for a translated message
    redacted: bool = False  # the Stripe CLI keeps only a hint here
    note: str | None = None  # worth knowing, e.g. a variable set twice
    linked_as: str | None = None  # the linked account that holds this very key
    lines: tuple[int, ...] = ()  # every line of the file that holds this key (the first is `line`)
    in_text: bool = False  # found in a comment or another value, not in a field of its own
    key: str = field(default="", repr=False)
    fingerprint: str = field(default="", repr=False)  # the file's SHA-256 when it was read

    @property
    def importable(self) -> bool:
        return self.refusal is None

    @property
    def offerable(self) -> bool:
        """Offered for import (checked in the window, counted in the hint to import it): it
        can be linked, and no linked account holds this very key yet."""
        return self.importable and not self.linked_as

    @property
    def retirable(self) -> bool:
        return self.origin in (Origin.STRIPE_CLI, Origin.DOTENV)

    @property
    def source(self) -> str:
        if self.path is None:
            return f"${self.entry} (environment)"
        return f"{self.path}:{self.line}" if self.line else self.path

    def suggested_name(self) -> str:
        short = "Live" if self.environment is Environment.PRODUCTION else "Test"
        if self.in_text and self.path:  # a comment or a value that only holds it: where it was
            return f"{Path(self.path).name} line {self.line} ({short})"
        if self.origin in (Origin.STRIPE_CLI, Origin.STRIPE_CLI_CREDENTIALS):
            if self.display_name:
                return f"{self.display_name} ({short})"
            return f"stripe-cli {self.profile or 'default'} ({short})"
        if self.origin is Origin.DOTENV and self.path:
            return f"{Path(self.path).parent.name or 'env'} {self.entry} ({short})"
        return f"{self.entry} ({short})"

    def run_hint(self, account_name: str) -> str:
        """How to run the tool that read this key, with the key from the keyring instead."""
        tool = "stripe customers list" if self.origin in (Origin.STRIPE_CLI, Origin.STRIPE_CLI_CREDENTIALS) \
            else "npm run dev"
        return f"linkwizard exec {shlex.quote(account_name)} -- {tool}"

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number, "source": self.source, "origin": self.origin.value, "path": self.path,
            "line": self.line, "lines": list(self.lines), "field": self.entry,
            "environment": self.environment.value if self.environment else None,
            "key_kind": self.kind.value if self.kind else None, "key_hint": self.hint,
            "profile": self.profile, "display_name": self.display_name, "stripe_account_id": self.account_id,
            "expires_at": self.expires_at, "importable": self.importable, "refusal": self.refusal,
            "note": self.note, "already_linked_as": self.linked_as,
        }


@dataclass(frozen=True)
class Unreadable:
    """A place that could hold keys but could not be read, and why."""

    path: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True)
class Scan:
    candidates: tuple[Candidate, ...]
    unreadable: tuple[Unreadable, ...]
    searched: tuple[str, ...]  # every place looked at, found or not


class UnreadableFile(Exception):
    """A file that must not or cannot be read; the message says why in plain words."""


# -- where ------------------------------------------------------------------------------------
def stripe_cli_config(environ: Mapping[str, str], explicit: str | None = None) -> Path:
    """The file the Stripe CLI reads: its `--config`, else $XDG_CONFIG_HOME/stripe/config.toml,
    else ~/.config/stripe/config.toml (the CLI uses the same place on every system)."""
    if explicit:
        return Path(explicit).expanduser()
    base = environ.get("XDG_CONFIG_HOME", "")
    folder = Path(base) if base else Path(os.path.expanduser("~")) / ".config"
    return folder / "stripe" / "config.toml"


def stripe_cli_configs(environ: Mapping[str, str], explicit: str | None = None) -> list[Path]:
    found = [stripe_cli_config(environ, explicit)]
    appdata = environ.get("APPDATA")
    if explicit is None and os.name == "nt" and appdata:  # older Windows builds
        found.append(Path(appdata) / "stripe" / "config.toml")
    return found


# -- reading ----------------------------------------------------------------------------------
def read_limited(path: Path) -> bytes:
    """A regular file of at most MAX_BYTES, never through a symbolic link."""
    fd, _ = open_checked(path)
    try:
        return read_descriptor(fd)
    finally:
        os.close(fd)


_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
               | getattr(os, "O_NONBLOCK", 0))  # a FIFO or device swapped in never blocks the open


def open_checked(path: Path, folder_fd: int | None = None) -> tuple[int, os.stat_result]:
    """Open a file for reading, refusing symbolic links and anything but a regular file; the
    type is checked on the opened descriptor (`fstat`), so nothing swapped in after a look at
    the path gets through. With `folder_fd`, `path`'s name is opened in that folder.
    FileNotFoundError is the caller's; every other refusal is UnreadableFile."""
    where = path.name if folder_fd is not None else path
    try:
        fd = os.open(where, _OPEN_FLAGS, dir_fd=folder_fd)
    except FileNotFoundError:
        raise
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnreadableFile(_symlink_reason(where, folder_fd)) from None
        raise UnreadableFile(f"cannot be read ({exc.strerror})") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise UnreadableFile("is not a regular file")
    return fd, info


def _symlink_reason(where: Path | str, folder_fd: int | None) -> str:
    try:
        target = os.readlink(where, dir_fd=folder_fd)
    except OSError:
        target = "?"
    return (f"is a symbolic link (to {target}); linkwizard reads and rewrites only real files: give the file it "
            "points to")


def read_descriptor(fd: int) -> bytes:
    chunks = []
    size = 0
    try:
        while size <= MAX_BYTES and (chunk := os.read(fd, MAX_BYTES + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise UnreadableFile(f"cannot be read ({exc.strerror})") from None
    if size > MAX_BYTES:
        raise UnreadableFile("is larger than 1 MB; linkwizard reads at most 1 MB of a file")
    return b"".join(chunks)


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _text(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("is not UTF-8 text") from None


# -- finding ----------------------------------------------------------------------------------
def scan(environ: Mapping[str, str], dotenv: list[str] = [], stripe_config: str | None = None) -> Scan:  # noqa: B006
    """Every plaintext key in the Stripe CLI's files, the environment and the given .env files,
    numbered in a stable order (the numbers are what `import --pick` takes)."""
    found: list[Candidate] = []
    unreadable: list[Unreadable] = []
    searched: list[str] = []

    def read(path: Path, parse: Any, origin: Origin) -> None:
        searched.append(str(path))
        try:
            data = read_limited(path)
            text, digest = _text(data), fingerprint(data)
            found.extend(with_every_copy(list(parse(path, text, digest)), origin, path, text, digest))
        except FileNotFoundError:
            if path in explicit_files:
                unreadable.append(Unreadable(str(path), "does not exist"))
        except UnreadableFile as exc:
            unreadable.append(Unreadable(str(path), str(exc)))

    explicit_files = [Path(p).expanduser() for p in dotenv]
    for config in stripe_cli_configs(environ, stripe_config):
        read(config, _from_stripe_config, Origin.STRIPE_CLI)
        read(config.with_name(config.name + MIGRATION_BACKUP_SUFFIX), _from_stripe_config, Origin.STRIPE_CLI)
        read(config.with_name("credentials.json"), _from_credentials, Origin.STRIPE_CLI_CREDENTIALS)
    searched.append("environment")
    found.extend(_from_environment(environ))
    for path in explicit_files:
        read(path, _from_dotenv, Origin.DOTENV)
    numbered = [_numbered(c, i) for i, c in enumerate(found, start=1)]
    return Scan(tuple(numbered), tuple(unreadable), tuple(searched))


def with_every_copy(structured: list[Candidate], origin: Origin, path: Path, text: str,
                    digest: str) -> list[Candidate]:
    """The candidates a parser found in a file, each with every line that holds its key, and
    one more for each key found only as text (a comment, a URL, `Bearer sk_...`)."""
    copies = copies_in_text(text)
    refused_lines = {c.line for c in structured if not c.key}
    result = []
    for candidate in structured:
        lines = sorted({*copies.pop(candidate.key, []), *([candidate.line] if candidate.line else [])})
        result.append(replace(candidate, lines=tuple(lines)))
    lines_of_text = text.splitlines()
    for key, lines in copies.items():
        if key in {c.key for c in structured} or set(lines) <= refused_lines:
            continue
        first = lines[0]
        result.append(_candidate(origin, path, first, _entry_at(lines_of_text[first - 1], origin), key, digest,
                                 lines=tuple(lines), in_text=True))
    return result


def copies_in_text(text: str) -> dict[str, list[int]]:
    """Every usable secret key written out in `text`, with the lines (from 1) that hold it."""
    found: dict[str, list[int]] = {}
    for match in SECRET_KEY_IN_TEXT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        lines = found.setdefault(match.group(0), [])
        if line not in lines:
            lines.append(line)
    return found


def _entry_at(line: str, origin: Origin) -> str:
    """What a key found as text is part of: a comment, a variable of a .env file, or text."""
    if line.lstrip().startswith("#"):
        return "comment"
    match = _DOTENV_LINE.fullmatch(line.rstrip("\r")) if origin is Origin.DOTENV else None
    return match["name"] if match else "text"


def _numbered(candidate: Candidate, number: int) -> Candidate:
    return replace(candidate, number=number)


def _candidate(origin: Origin, path: Path | None, line: int | None, name: str, value: str, digest: str = "",
               **facts: Any) -> Candidate:
    check = classify(value)
    refusal: str | None = None
    hint, environment, found = check.hint, check.environment, check.problem
    redacted = _REDACTED.fullmatch(value.strip()) is not None
    if redacted:
        refusal = "redacted: the Stripe CLI keeps only a hint here (the full key is in its own keyring)"
        hint, found = _redacted_hint(value.strip()), None
    elif check.key.startswith(PUBLISHABLE_PREFIXES):
        refusal = "a publishable key: it is public by design, so there is nothing to keep secret"
        hint = f"{check.key[:8]}...{check.key[-4:]}"
    elif check.kind is KeyKind.ORGANIZATION and found is None:
        found = problem(ProblemKind.KEY_ORGANIZATION)  # which account it acts on is not in the file
        refusal = "an organization key: link it with linkwizard connect --stripe-context acct_…"
    elif found is not None:
        refusal = found.message()
    environment = environment or environment_of(value)
    return Candidate(number=0, origin=origin, path=str(path) if path else None, line=line, entry=name,
                     hint=hint, environment=environment, kind=check.kind, refusal=refusal,
                     problem=found if refusal else None, redacted=redacted,
                     key=check.key if refusal is None else "", fingerprint=digest, **facts)


# How the Stripe CLI writes a key it keeps elsewhere: at most 8 characters, stars, the last 4
# (its RedactAPIKey). Anything else with a star in it is a (malformed) key, not a hint.
_REDACTED = re.compile(r"[A-Za-z0-9_]{0,8}\*+[A-Za-z0-9]{0,4}")


def _redacted_hint(value: str) -> str:
    """A redacted value's hint: the key's prefix (never more of the head) and its last 4."""
    head, _, tail = value.partition("*")
    prefix = key_hint(head + "0" * 8).removesuffix("...0000").removesuffix("...")
    return f"{prefix}...{tail.lstrip('*')[-4:]}"


_TOO_DEEP = "holds values nested too deeply to read (hundreds of levels); no Stripe CLI file looks like this"


def _from_stripe_config(path: Path, text: str, digest: str) -> Iterator[Candidate]:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UnreadableFile(f"is not valid TOML ({exc}); fix or remove it, then scan again") from None
    except RecursionError:
        raise UnreadableFile(_TOO_DEEP) from None
    lines = text.splitlines()
    for name, table in _profiles(document):
        facts = {"profile": name, "display_name": _string(table.get("display_name")),
                 "account_id": _account_id(table.get("account_id"))}
        for key_field in (*SECRET_FIELDS, *PUBLISHABLE_FIELDS):
            value = table.get(key_field)
            if not isinstance(value, str) or not value.strip():
                continue
            mode = "live" if key_field.startswith("live_") else "test"
            expires = _string(table.get(f"{mode}_mode_key_expires_at")) if key_field in SECRET_FIELDS else None
            yield _candidate(Origin.STRIPE_CLI, path, _line_of(lines, key_field, value), f"{name}.{key_field}",
                             value, digest, expires_at=expires if expires and _is_date(expires) else None, **facts)


def _profiles(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, value in document.items():
        if not isinstance(value, dict):
            continue
        if name == _PROFILES_TABLE and all(isinstance(v, dict) for v in value.values()):
            yield from ((n, v) for n, v in value.items() if isinstance(v, dict))
        elif any(f in value for f in (*SECRET_FIELDS, *PUBLISHABLE_FIELDS)):
            yield name, value


def _string(value: Any) -> str | None:
    return untrusted.plain_text(value) if isinstance(value, str) and value.strip() else None


def _account_id(value: Any) -> str | None:
    return untrusted.account_id(value.strip()) if isinstance(value, str) else None


def _is_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _line_of(lines: list[str], name: str, value: str) -> int | None:
    for number, line in enumerate(lines, start=1):
        if name in line and value in line:
            return number
    return None


def _from_credentials(path: Path, text: str, digest: str) -> Iterator[Candidate]:
    try:
        entries = json.loads(text)
    except ValueError:
        raise UnreadableFile("is not valid JSON") from None
    except RecursionError:
        raise UnreadableFile(_TOO_DEEP) from None
    if not isinstance(entries, dict):
        raise UnreadableFile("is not the Stripe CLI's credentials file (a JSON object)")
    lines = text.splitlines()
    for name, value in entries.items():
        if isinstance(name, str) and isinstance(value, str) and _KEY_LIKE.match(value.strip()):
            profile = name.split(".", 1)[0] if "." in name else None
            yield _candidate(Origin.STRIPE_CLI_CREDENTIALS, path, _line_of(lines, name, value), name, value, digest,
                             profile=profile)


def _from_environment(environ: Mapping[str, str]) -> Iterator[Candidate]:
    for name in sorted(environ):
        value = environ[name]
        if name.startswith("STRIPE") and _KEY_LIKE.match(value.strip()):
            yield _candidate(Origin.ENVIRONMENT, None, None, name, value)


def _from_dotenv(path: Path, text: str, digest: str) -> Iterator[Candidate]:
    first_line: dict[str, int] = {}
    found: list[tuple[int, str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        match = _DOTENV_LINE.fullmatch(raw.rstrip("\r"))
        if match is None or raw.lstrip().startswith("#"):
            continue
        name, value = match["name"], dotenv_value(match["value"])
        if _KEY_LIKE.match(value):
            found.append((number, name, value))
        first_line.setdefault(name, number)
    last_line = {name: number for number, name, _ in found}
    for number, name, value in found:
        note = None
        if last_line[name] != number:
            note = f"{name} is set again on line {last_line[name]}; most loaders use the last one"
        elif first_line[name] != number:
            note = f"{name} was set before, on line {first_line[name]}; most loaders use this one"
        yield _candidate(Origin.DOTENV, path, number, name, value, digest, note=note)


def dotenv_value(raw: str) -> str:
    """The value as dotenv loaders read it: quotes removed, an unquoted ` # comment` dropped."""
    text = raw.strip()
    if text[:1] in ("'", '"'):
        quote = text[0]
        end = text.find(quote, 1)
        return text[1:end] if end > 0 else text[1:]
    return re.split(r"\s+#", text, maxsplit=1)[0].strip()


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

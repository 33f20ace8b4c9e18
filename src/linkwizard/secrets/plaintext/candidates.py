"""What a plaintext key found on this computer is (a candidate, where it was, why a place could
not be read), where the Stripe CLI keeps its files, and how every file is read: no symbolic
links, regular files only, at most 1 MB."""

from __future__ import annotations

import enum
import errno
import hashlib
import os
import re
import shlex
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linkwizard.domain.keys import (
    Environment,
    KeyKind,
)
from linkwizard.domain.problems import Problem

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



"""`linkwizard exec`: hand keys to a command in its environment, and nowhere else.

What it does, compared with the secret injectors people know (1Password's `op run`,
aws-vault `exec`, envchain):
- the account's key goes in both STRIPE_API_KEY and STRIPE_SECRET_KEY, and every other
  inherited STRIPE_* key variable is removed, so a stale key in the shell never wins;
- LINKWIZARD_ACCOUNT names the account; a nested exec for another account is refused;
- by default the key is masked in the command's stdout and stderr (`Masker`), streaming, in
  the forms a program prints it: as it is, base64 (`curl -u "$STRIPE_API_KEY:"`), hex and
  percent-encoded. What masking cannot see is in docs/security.md;
- `--env VAR=ACCOUNT` takes ordinary names only: never a loader's or interpreter's variable,
  nor one exec sets itself;
- signals reach the command once, from before it starts (a signal that arrives while it is
  being started is held for it), and its exit status is passed through unchanged.
"""

from __future__ import annotations

import base64
import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import FrameType
from typing import Any, BinaryIO

from linkwizard.domain.keys import key_hint

ACCOUNT_VARIABLE = "LINKWIZARD_ACCOUNT"
KEY_VARIABLES = ("STRIPE_API_KEY", "STRIPE_SECRET_KEY")
# The team vault's credentials, which a CI job sets for `linkwizard` itself: the command gets
# the account's key, not the team's login, unless the person names one with --keep-env.
TEAM_CREDENTIALS = ("VAULT_TOKEN", "BAO_TOKEN", "VAULT_ROLE_ID", "VAULT_SECRET_ID", "BAO_ROLE_ID", "BAO_SECRET_ID")
# An inherited variable is dropped when its name says it holds a Stripe key or context, or
# its value looks like a key; STRIPE_WEBHOOK_SECRET and other settings stay.
_STALE_NAME = re.compile(r"STRIPE_\w*(?:API_KEY|SECRET_KEY|RESTRICTED_KEY|_KEY)|STRIPE_CONTEXT|STRIPE_ACCOUNT")
_KEY_VALUE = re.compile(r"\s*['\"]?(?:sk|rk|pk)_(?:test|live|org)")
# Variables `--env` never sets: the ones exec sets itself, and the ones a dynamic loader, a
# shell or an interpreter reads as code or as where code comes from.
_NEVER_GRANTED = re.compile(
    r"STRIPE_API_KEY|STRIPE_SECRET_KEY|STRIPE_CONTEXT|LINKWIZARD_\w*"
    r"|LD_\w*|DYLD_\w*|PATH|IFS|CDPATH|ENV|BASH_ENV|BASH_FUNC_\w*|SHELLOPTS|BASHOPTS|PS4|PROMPT_COMMAND"
    r"|PYTHON\w*|NODE_OPTIONS|NODE_PATH|PERL5OPT|PERL5LIB|PERLLIB|RUBYOPT|RUBYLIB|JAVA_TOOL_OPTIONS|_JAVA_OPTIONS"
    r"|GCONV_PATH|MALLOC_\w*|GLIBC_TUNABLES|HOSTALIASES|RESOLV_\w*|LOCALDOMAIN|TMPDIR",
    re.IGNORECASE)
# Signals a person or a supervisor sends to stop or poke the command: passed on to it.
FORWARDED = tuple(getattr(signal, name) for name in (
    "SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGWINCH") if hasattr(signal, name))


@dataclass(frozen=True)
class Grant:
    """One key handed to the command: under which variables, for which account."""

    variables: tuple[str, ...]
    account_name: str
    key: str

    def __repr__(self) -> str:  # the dataclass repr would print the key
        return f"Grant(variables={self.variables}, account_name={self.account_name!r}, hint={key_hint(self.key)!r})"


def child_environment(parent: Mapping[str, str], grants: Iterable[Grant], account_name: str,
                      stripe_context: str | None = None, keep: Iterable[str] = ()) -> dict[str, str]:
    """The parent's environment without stale Stripe keys and without the team vault's
    credentials (those named in `keep` stay), with the granted keys, the marker, and
    STRIPE_CONTEXT for an account that acts on another (organization keys, connected accounts)."""
    kept = set(keep)
    environment = {name: value for name, value in parent.items()
                   if not _stale(name, value) and (name not in TEAM_CREDENTIALS or name in kept)}
    for grant in grants:
        for variable in grant.variables:
            environment[variable] = grant.key
    environment[ACCOUNT_VARIABLE] = account_name
    if stripe_context:
        environment["STRIPE_CONTEXT"] = stripe_context
    return environment


def _stale(name: str, value: str) -> bool:
    return name.startswith("STRIPE_") and (_STALE_NAME.fullmatch(name) is not None or
                                           _KEY_VALUE.match(value) is not None)


def refused_variable(name: str) -> str | None:
    """Why `--env` may not set `name` (None: it may)."""
    if not (name.isascii() and name.isidentifier()):
        return "--env takes an ordinary variable name: letters, digits and _, not starting with a digit"
    if name.upper() in (ACCOUNT_VARIABLE, *KEY_VARIABLES, "STRIPE_CONTEXT") or name.upper().startswith("LINKWIZARD_"):
        return f"--env cannot set {name}: linkwizard exec sets it itself"
    if _NEVER_GRANTED.fullmatch(name):
        return (f"--env cannot set {name}: a program loader, shell or interpreter reads it as code or as the place "
                "code comes from, so a key there would be run or looked up, and might be printed. Choose an ordinary "
                "name, such as STRIPE_OTHER_KEY")
    return None


def nested_refusal(parent: Mapping[str, str], account_name: str, allow_nested: bool) -> str | None:
    """Why this exec may not run inside another one (None: it may)."""
    outer = parent.get(ACCOUNT_VARIABLE)
    if not outer or outer == account_name or allow_nested:
        return None
    return (f"this shell already runs under linkwizard exec for \u201c{outer}\u201d; running "
            f"\u201c{account_name}\u201d inside it would mix two accounts' keys. Leave that command first, "
            "or pass --allow-nested if that is what you want.")


class Masker:
    """Replaces every secret in a byte stream with its hint, even when a secret is split
    across chunks: a tail that could be the start of a secret is held back until the next
    chunk shows whether it is one (or until the end, when it is passed on as it is)."""

    def __init__(self, secrets: Iterable[str]) -> None:
        replacements = {form: key_hint(s).encode() for s in secrets if s for form in written_forms(s)}
        # The longest first: a secret that contains another is replaced whole.
        self._replacements = sorted(replacements.items(), key=lambda pair: -len(pair[0]))
        self._pending = b""

    def feed(self, chunk: bytes) -> bytes:
        data = self._pending + chunk
        for secret, hint in self._replacements:
            data = data.replace(secret, hint)
        held = self._held_tail(data)
        self._pending = data[len(data) - held:] if held else b""
        return data[:len(data) - held]

    def finish(self) -> bytes:
        rest, self._pending = self._pending, b""
        return rest

    def _held_tail(self, data: bytes) -> int:
        """The length of the longest end of `data` that a secret starts with (0: none)."""
        longest = max((len(s) for s, _ in self._replacements), default=0)
        for size in range(min(longest - 1, len(data)), 0, -1):
            tail = data[-size:]
            if any(secret.startswith(tail) for secret, _ in self._replacements):
                return size
        return 0


def written_forms(secret: str) -> set[bytes]:
    """The forms a program may print a key in: as it is; base64 of the key and of `key:` (HTTP
    Basic auth, as `curl -u "$STRIPE_API_KEY:"` sends it), standard and URL-safe, whatever the
    alignment; hex in either case; percent-encoded, wholly or its `_` only. For base64 each
    form is the run of characters that depends on the key alone (the edges also depend on the
    bytes around it: they encode at most 2 characters of the key each)."""
    raw = secret.encode()
    forms = {raw, raw.hex().encode(), raw.hex().upper().encode()}
    for case in (str.upper, str.lower):
        forms.add("".join(case(f"%{byte:02x}") for byte in raw).encode())
        forms.add(secret.replace("_", case("%5f")).encode())
    for data in (raw, raw + b":"):
        for shift in range(3):
            for encode in (base64.b64encode, base64.urlsafe_b64encode):
                encoded = encode(bytes(shift) + data)
                forms.add(encoded[4 if shift else 0:(shift + len(data)) // 3 * 4])
    return {form for form in forms if len(form) >= 12}


def run_masked(command: list[str], environment: dict[str, str], secrets: Iterable[str]) -> int:
    """Run `command` with its stdout and stderr masked; return its exit status as a shell
    would see it (a command killed by a signal kills this process with the same signal)."""
    secrets = list(secrets)
    forward = _Forwarder()
    # The handlers go in before the command starts: a signal that arrives while it is being
    # started is held, and passed on once its process id is known.
    previous = {number: signal.signal(number, forward) for number in FORWARDED}
    try:
        child = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except BaseException:
        _restore(previous)
        forward.deliver_to_self()  # no command to pass them to: they were meant for this process
        raise
    forward.started(child.pid)
    assert child.stdout is not None
    assert child.stderr is not None
    pumps = [threading.Thread(target=_pump, args=(source, target, Masker(secrets)), daemon=True)
             for source, target in ((child.stdout, sys.stdout.buffer), (child.stderr, sys.stderr.buffer))]
    for pump in pumps:
        pump.start()
    try:
        status = child.wait()  # a signal handler runs meanwhile; the wait resumes (PEP 475)
        # The command is gone (its process id may be another's soon): a signal now is for this
        # process, which may still wait for a background process that holds the pipes open.
        for number in FORWARDED:
            signal.signal(number, signal.SIG_DFL)
        for pump in pumps:
            pump.join()
    finally:
        _restore(previous)
    if status < 0:  # killed by a signal: die of the same one, so the caller sees what happened
        number = -status
        sys.stdout.flush()
        sys.stderr.flush()
        if number not in _UNCATCHABLE:
            signal.signal(number, signal.SIG_DFL)
        os.kill(os.getpid(), number)
        return 128 + number
    return status


_UNCATCHABLE = frozenset(getattr(signal, name) for name in ("SIGKILL", "SIGSTOP") if hasattr(signal, name))


def _restore(previous: dict[int, Any]) -> None:
    for number, handler in previous.items():
        signal.signal(number, handler)


class _Forwarder:
    """The handler of the forwarded signals: passes each on to the command, or holds it until
    the command's process id is known."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.held: list[int] = []

    def __call__(self, number: int, frame: FrameType | None) -> None:
        if number in _TERMINAL_SIGNALS and _terminal_sent_it_to_all():
            return  # Ctrl-C in the terminal: the command got it too, from the terminal itself
        if self.pid is None:
            self.held.append(number)
        else:
            _send(self.pid, number)

    def started(self, pid: int) -> None:
        self.pid = pid
        held, self.held = self.held, []
        for number in held:
            _send(pid, number)

    def deliver_to_self(self) -> None:
        held, self.held = self.held, []
        for number in held:
            os.kill(os.getpid(), number)


def _send(pid: int, number: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, number)


_TERMINAL_SIGNALS = frozenset(getattr(signal, name) for name in ("SIGINT", "SIGQUIT", "SIGWINCH")
                              if hasattr(signal, name))


def _terminal_sent_it_to_all() -> bool:
    """A terminal sends Ctrl-C, Ctrl-\\ and a resize to its whole foreground process group,
    which includes the command: sending it again would deliver it twice."""
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        try:
            return os.tcgetpgrp(stream.fileno()) == os.getpgrp()
        except (OSError, ValueError, AttributeError):
            continue
    return False


def _pump(source: BinaryIO, target: BinaryIO, masker: Masker) -> None:
    """Copy one output of the command to ours, masked, as it arrives. When nobody reads ours
    any more (`exec ... | head`), the pipe from the command is closed too, so the command
    learns it the way it would have without linkwizard (SIGPIPE or EPIPE)."""
    read = getattr(source, "read1", source.read)
    try:
        while chunk := read(65536):
            if not _write(target, masker.feed(chunk)):
                return
        _write(target, masker.finish())
    finally:
        source.close()


def _write(target: BinaryIO, data: bytes) -> bool:
    if not data:
        return True
    try:
        target.write(data)
        target.flush()
    except (BrokenPipeError, ValueError):
        return False
    return True

"""`linkwizard exec`: hand keys to a command in its environment, and nowhere else.

What it does, compared with the secret injectors people know (1Password's `op run`,
aws-vault `exec`, envchain):
- the account's key goes in both STRIPE_API_KEY and STRIPE_SECRET_KEY, and every other
  inherited STRIPE_* key variable is removed, so a stale key in the shell never wins;
- LINKWIZARD_ACCOUNT names the account; a nested exec for another account is refused;
- by default the key is masked in the command's stdout and stderr (`Masker`), streaming;
- signals reach the command once, and its exit status is passed through unchanged.
"""

from __future__ import annotations

import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import FrameType
from typing import BinaryIO

from linkwizard.keys import key_hint

ACCOUNT_VARIABLE = "LINKWIZARD_ACCOUNT"
KEY_VARIABLES = ("STRIPE_API_KEY", "STRIPE_SECRET_KEY")
# An inherited variable is dropped when its name says it holds a Stripe key or context, or
# its value looks like a key; STRIPE_WEBHOOK_SECRET and other settings stay.
_STALE_NAME = re.compile(r"STRIPE_\w*(?:API_KEY|SECRET_KEY|RESTRICTED_KEY|_KEY)|STRIPE_CONTEXT|STRIPE_ACCOUNT")
_KEY_VALUE = re.compile(r"\s*['\"]?(?:sk|rk|pk)_(?:test|live|org)")
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
                      stripe_context: str | None = None) -> dict[str, str]:
    """The parent's environment without stale Stripe keys, with the granted keys, the marker,
    and STRIPE_CONTEXT for an account that acts on another (organization keys, connected accounts)."""
    environment = {name: value for name, value in parent.items() if not _stale(name, value)}
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
        unique = {s.encode() for s in secrets if s}
        # The longest first: a secret that contains another is replaced whole.
        self._replacements = sorted(((s, key_hint(s.decode()).encode()) for s in unique),
                                    key=lambda pair: -len(pair[0]))
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


def run_masked(command: list[str], environment: dict[str, str], secrets: Iterable[str]) -> int:
    """Run `command` with its stdout and stderr masked; return its exit status as a shell
    would see it (a command killed by a signal kills this process with the same signal)."""
    import subprocess

    secrets = list(secrets)
    child = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert child.stdout is not None and child.stderr is not None
    previous = {number: signal.signal(number, _forwarder(child.pid)) for number in FORWARDED}
    pumps = [threading.Thread(target=_pump, args=(source, target, Masker(secrets)), daemon=True)
             for source, target in ((child.stdout, sys.stdout.buffer), (child.stderr, sys.stderr.buffer))]
    for pump in pumps:
        pump.start()
    try:
        status = child.wait()  # a signal handler runs meanwhile; the wait resumes (PEP 475)
        for pump in pumps:
            pump.join()
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if status < 0:  # killed by a signal: die of the same one, so the caller sees what happened
        sys.stdout.flush()
        sys.stderr.flush()
        signal.signal(-status, signal.SIG_DFL)
        os.kill(os.getpid(), -status)
        return 128 - status
    return status


def _forwarder(pid: int) -> Callable[[int, FrameType | None], None]:
    def forward(number: int, frame: FrameType | None) -> None:
        if number in _TERMINAL_SIGNALS and _terminal_sent_it_to_all():
            return  # Ctrl-C in the terminal: the command got it too, from the terminal itself
        try:
            os.kill(pid, number)
        except ProcessLookupError:
            pass

    return forward


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

"""What every command prints the same way: problems, accounts as JSON, permissions, and the
key read from stdin."""

from __future__ import annotations

import getpass
import sys

from linkwizard.domain import exit_codes
from linkwizard.domain.account import Account
from linkwizard.domain.keys import KeyKind
from linkwizard.domain.permissions import ACCESS_WORDS, BY_NAME, FULL_ACCESS_NOTE, Access
from linkwizard.domain.problems import LinkwizardError, Problem, ProblemKind, problem
from linkwizard.domain.records import PUBLIC_FIELDS
from linkwizard.domain.untrusted import for_terminal

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

MAX_KEY_INPUT = 64 * 1024


def fail(found: Problem, stream: TextIO | None = None) -> int:
    out = stream or sys.stderr
    print(f"linkwizard: {for_terminal(found.message())}", file=out)
    if found.request_id:
        print(f"  Stripe request id: {for_terminal(found.request_id)}", file=out)
    return exit_codes.BY_CATEGORY[found.category]


def public(account: Account) -> dict[str, Any]:
    data = account.to_json()  # a keyring record has no team fields in the file; here they show
    data.setdefault("store", account.store.value)
    return {name: data[name] if name in data else getattr(account, name) for name in PUBLIC_FIELDS}


def usage_error(message: str) -> LinkwizardError:
    """A refusal before any request (exit 2), worded as a sentence."""
    return LinkwizardError(problem(ProblemKind.USAGE, title=message[0].upper() + message[1:]))


def read_key() -> str:
    """The key from stdin (hidden when typed): never from argv, where other users can see it."""
    return read_secret("Stripe API key")


def read_secret(what: str, whole: bool = True) -> str:
    """A secret from stdin, hidden when typed. `whole`: all of stdin (a key may come with a
    newline); else its first line (a password, then maybe more)."""
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        return getpass.getpass(f"{what} (typing is hidden): ")
    if whole:
        return sys.stdin.read(MAX_KEY_INPUT)
    return sys.stdin.readline(MAX_KEY_INPUT).rstrip("\r\n")


def print_permissions(account: Account) -> None:
    if account.permissions is None:
        return
    print("Can read:")
    width = max(len(BY_NAME[c.resource].label) for c in account.permissions)
    for check in account.permissions:
        needs = f" - needs {check.permission}" if check.access is Access.NONE and check.permission else ""
        print(f"  {BY_NAME[check.resource].label.ljust(width)}  {ACCESS_WORDS[check.access]}{needs}")
    if account.key_kind is KeyKind.SECRET:
        print(f"Note: {FULL_ACCESS_NOTE}")

"""The command line's exit codes, by name, for every command: the one table that `--help`
and the README's "Exit codes" section are generated from (tests/unit/domain/test_exit_codes.py)."""

from __future__ import annotations

from linkwizard.domain.problems import Category

OK = 0
WINDOW = 1  # --self-test: the window could not be shown
INTERNAL = 1  # a fault in linkwizard itself
USAGE = 2  # usage, or a key refused before any request
REJECTED = 3  # Stripe rejected the key (401)
FORBIDDEN = 4  # the key lacks a permission (403)
UNREACHABLE = 5  # Stripe unreachable or failing, or an answer that is not Stripe's
STORAGE = 6  # no secure keyring, an unreadable account list, a folder that is not ours
NOT_EXECUTABLE = 126  # exec: the command cannot be run
NOT_FOUND = 127  # exec: the command was not found
CANCELLED = 130  # Ctrl+C

BY_CATEGORY = {
    Category.REFUSED: USAGE,
    Category.REJECTED: REJECTED,
    Category.FORBIDDEN: FORBIDDEN,
    Category.UNREACHABLE: UNREACHABLE,
    Category.STORAGE: STORAGE,
    Category.CANCELLED: CANCELLED,
    Category.INTERNAL: INTERNAL,
}

# (code, what it means): printed by `linkwizard --help` and written into the README by
# scripts/exit_codes.py.
TABLE = (
    (OK, "ok"),
    (INTERNAL, "a fault in linkwizard itself (with --self-test: the window could not be shown)"),
    (USAGE, "usage, or a key refused before any request (format, kind, wrong environment, a name or an "
            "account already linked, a new key for another Stripe account)"),
    (REJECTED, "Stripe rejected the key"),
    (FORBIDDEN, "the key lacks a permission"),
    (UNREACHABLE, "Stripe unreachable or failing (network, TLS, time-out, rate limit or 5xx after retries, "
                  "an answer that is not Stripe's), or the team vault unreachable or sealed"),
    (STORAGE, "this computer's storage (no secure keyring, an unreadable account list, a file that could not "
              "be retired), or the team vault refused (its policy, a login needed, a teammate's change first)"),
    (NOT_EXECUTABLE, "exec: the command cannot be run"),
    (NOT_FOUND, "exec: the command was not found"),
    (CANCELLED, "cancelled (Ctrl+C)"),
)


def as_text(width: int = 4) -> str:
    """The table as `--help` prints it: one code per line."""
    return "\n".join(f"  {code:<{width}}{meaning}" for code, meaning in TABLE)


def as_markdown() -> str:
    """The table as the README shows it."""
    rows = "\n".join(f"| `{code}` | {meaning} |" for code, meaning in TABLE)
    return f"| exit code | meaning |\n|---|---|\n{rows}"

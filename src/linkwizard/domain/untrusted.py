"""Text that comes from the other side of the network: cleaned once, where it enters.

A server (Stripe, or whatever LINKWIZARD_API_BASE or a proxy puts in its place) chooses the
display name, ids, codes and headers it sends. None of it may steer a terminal (ESC, OSC 52
clipboard writes), reorder what a person reads (bidi overrides) or pass for something else:
ids must have their exact shape, and free text loses every control and format character.
"""

from __future__ import annotations

import re
import unicodedata

_ACCOUNT_ID = re.compile(r"acct_[A-Za-z0-9]{1,64}")
_REQUEST_ID = re.compile(r"req_[A-Za-z0-9]{1,64}")
_CODE = re.compile(r"[a-z0-9_]{1,64}")
# Control, format (bidi overrides, zero-width), surrogate, private-use and unassigned
# characters, plus line and paragraph separators: none belongs in a name on one line.
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def is_unsafe(ch: str) -> bool:
    """A character that may steer a terminal or hide or reorder text (names refuse these too)."""
    return unicodedata.category(ch) in _UNSAFE_CATEGORIES


def plain_text(value: object, limit: int = 200) -> str | None:
    """Free text with every unsafe character removed and whitespace collapsed; None if
    nothing printable is left or `value` is not a string."""
    if not isinstance(value, str):
        return None
    kept = "".join(" " if ch.isspace() else ch for ch in value if ch.isspace() or not is_unsafe(ch))
    text = " ".join(kept.split())[:limit]
    return text or None


_NOT_IN_A_NAME = frozenset('<>&"\'')


def teammate(value: object) -> str | None:
    """A name a teammate's computer wrote into the vault (who linked or replaced a key), or
    None: at most 64 printable characters, none of them markup (`<`, `>`, `&`, quotes) or a
    control. Anything else is not shown as it is; the front ends say *a teammate*."""
    if not isinstance(value, str) or not 0 < len(value) <= 64:
        return None
    if any(ch in _NOT_IN_A_NAME or is_unsafe(ch) or not ch.isprintable() for ch in value):
        return None
    return value


def account_id(value: object) -> str | None:
    """A Stripe account id (`acct_` and letters or digits), or None."""
    return _exact(_ACCOUNT_ID, value)


def request_id(value: object) -> str | None:
    """A Stripe request id (`req_` and letters or digits), or None."""
    return _exact(_REQUEST_ID, value)


def code(value: object) -> str | None:
    """A Stripe error code or type (`api_key_expired`, `invalid_request_error`), or None."""
    return _exact(_CODE, value)


def _exact(shape: re.Pattern[str], value: object) -> str | None:
    return value if isinstance(value, str) and shape.fullmatch(value) else None


def for_terminal(text: str) -> str:
    """`text` safe to print: anything that could steer a terminal is shown as an escape.

    The last line of defence for stored or typed text; what came from a server was already
    cleaned by the functions above.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)

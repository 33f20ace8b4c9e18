"""Find and hide anything shaped like a Stripe secret in free text (logs, error details)."""

from __future__ import annotations

import re

# Any Stripe-style secret: prefix, optional mode, and a body of 8+ letters/digits. Wider
# than keys.py on purpose: a log line must lose even a malformed or half-pasted key.
_SECRETISH = re.compile(
    r"(?P<prefix>\b(?:sk|rk|rkcs|pk|whsec)_(?:(?:live|test|org)_?)?)"
    r"(?P<body>[A-Za-z0-9]{8,})"
)


def redact(text: str) -> str:
    """Replace the body of every key-shaped substring with `[redacted]`."""
    return _SECRETISH.sub(lambda m: f"{m.group('prefix')}[redacted]", text)

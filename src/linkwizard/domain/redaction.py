"""Find and hide anything shaped like a Stripe secret in free text (logs, error details)."""

from __future__ import annotations

import re

from linkwizard.domain.keys import SECRETISH_BODY, SECRETISH_PREFIX

# Any Stripe-style secret, as keys.py defines its shape (prefix, optional mode, a body of 8
# or more letters, digits or underscores). Not anchored to a word boundary: a key glued to a
# letter, a digit, `_`, `%22` or the `n` of a `\n` escape is still a key. Hiding a little
# too much is fine.
_SECRETISH = re.compile(f"(?P<prefix>{SECRETISH_PREFIX})(?P<body>{SECRETISH_BODY})")
# How text gets escaped on its way into a log: percent-encoding (URLs, form bodies) and the
# backslash escapes of repr() and JSON.
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\[nrt\\'\"]")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "'": "'", '"': '"'}


# Secrets with no shape to find them by (the team vault's tokens: OpenBao's and Vault's
# prefixes differ, and a prefix proves nothing), hidden wherever they appear once this
# process has held them.
_KNOWN: set[str] = set()
_TOKEN_HEADER = re.compile(r"(?i)(x-vault-token['\"]?\s*[:=,]\s*['\"]?)[^\s'\",}]+")


def remember(secret: str) -> None:
    """Hide `secret` from every later `redact` in this process (login tokens)."""
    if len(secret) >= 8:
        _KNOWN.add(secret)


def redact(text: str) -> str:
    """Replace the body of every key-shaped substring with `[redacted]`, and every secret
    `remember`ed, and the value of an X-Vault-Token header, with `[redacted token]`.

    When the text holds escapes that could hide a key (`sk%5Ftest%5F...`, `'sk\\x5ftest...'`),
    the escapes are decoded first and the decoded text is what comes back, redacted.
    """
    for secret in _KNOWN:
        if secret in text:
            text = text.replace(secret, "[redacted token]")
    text = _TOKEN_HEADER.sub(lambda m: f"{m.group(1)}[redacted token]", text)
    result = probe = _SECRETISH.sub(_hide, text)
    for _ in range(3):  # an escape of an escape (`%255F`) takes another round
        decoded = _ESCAPE.sub(_decode, probe)
        if decoded == probe:
            break
        if _SECRETISH.search(decoded):
            result = probe = _SECRETISH.sub(_hide, decoded)
        else:
            probe = decoded
    return result


def _hide(match: re.Match[str]) -> str:
    return f"{match.group('prefix')}[redacted]"


def _decode(match: re.Match[str]) -> str:
    escape = match.group(0)
    if escape[0] == "%" or escape[1] in "xuU":
        code = int(escape[1:] if escape[0] == "%" else escape[2:], 16)
        return chr(code) if code <= 0x10FFFF else escape
    return _SIMPLE[escape[1]]

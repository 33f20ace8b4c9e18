"""Redaction finds a key wherever it sits and however it was escaped (security review, finding 8)."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from linkwizard.domain.redaction import redact
from support.fake_stripe import make_key, make_org_key


def _json_escaped(text: str) -> str:
    return "".join(f"\\u{ord(ch):04x}" for ch in text)


WRAPPINGS = {
    "after a letter": lambda k: f"key{k}",
    "after a digit": lambda k: f"42{k}",
    "after an underscore": lambda k: f"STRIPE_{k}",
    "after %22": lambda k: f"q=%22{k}%22",
    "after a repr newline": lambda k: repr(f"line\n{k}"),
    "percent-encoded": lambda k: quote(k, safe=""),
    "percent-encoded twice": lambda k: quote(quote(k.replace("_", "%5F"), safe=""), safe=""),
    "repr hex escapes": lambda k: k.replace("_", "\\x5f"),
    "json unicode escapes": lambda k: _json_escaped(k),
    "plain": lambda k: k,
}


@pytest.mark.parametrize("where", list(WRAPPINGS))
@pytest.mark.parametrize("kind", ["sk", "rk", "org"])
def test_a_key_is_hidden_wherever_it_sits(where: str, kind: str) -> None:
    key = make_org_key() if kind == "org" else make_key(kind, "live")
    text = f"before {WRAPPINGS[where](key)} after"
    hidden = redact(text)
    body = key.split("_", 2)[2]
    assert body[:12] not in hidden, hidden
    assert body[-12:] not in hidden, hidden
    assert "[redacted]" in hidden


def test_text_without_a_key_is_left_alone() -> None:
    for text in ("GET /v1/customers?limit=1 200", "path%20with%20spaces", "C:\\new\\table", "task_done"):
        assert redact(text) == text


@given(st.text(alphabet=st.characters(codec="ascii"), max_size=30), st.text(max_size=30))
def test_any_prefix_and_suffix(before: str, after: str) -> None:
    key = make_key()
    assert key[8:] not in redact(before + key + after)


@pytest.mark.parametrize("key", [
    "sk_org_live_" + "51AbCdEfGhIjKlMnOpQrStUv",
    "sk_org_" + "AbCdEfGhIjKl_MnOpQrStUvWxYz0123",
])
def test_organization_keys_with_underscores_are_hidden_whole(key: str) -> None:
    """The key check accepts `_` in an organization key's body; redaction is built from the
    same definition, so no segment of it survives (the review's F6)."""
    from linkwizard.domain.keys import classify

    assert classify(key).ok
    hidden = redact(f"key={key} and more")
    assert hidden == "key=sk_org_[redacted] and more"


def test_the_log_filter_hides_an_organization_key_in_arguments_and_tracebacks() -> None:
    import logging

    from linkwizard.store.logs import RedactingFilter

    key = make_org_key()
    try:
        raise ValueError(f"bad {key}")
    except ValueError:
        import sys

        record = logging.LogRecord("t", logging.ERROR, __file__, 1, "got %s", (key,), sys.exc_info())
    RedactingFilter().filter(record)
    formatted = logging.Formatter().format(record)
    assert key[7:19] not in formatted
    assert key[-12:] not in formatted

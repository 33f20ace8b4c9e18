"""Moments and lengths of time as a person reads them: local time, to the minute. Stamps come
from Stripe, the vault (RFC 3339 with nanoseconds) and the account list; a person never needs
the seconds."""

from __future__ import annotations

import datetime

from linkwizard.domain.problems import QT_TRANSLATE_NOOP


def to_the_minute(stamp: str) -> str:
    """`2026-12-06T18:52:40.00046472Z` as `2026-12-06 19:52` on a computer at UTC+1; a stamp
    that is not one is given back as it was."""
    try:
        moment = datetime.datetime.fromisoformat(stamp.strip())
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def duration(seconds: int) -> tuple[str, tuple[int, ...]]:
    """How long, for both front ends: a template (translation context "Duration", `%d`
    placeholders) and its numbers. `7 h 53 min`; at least `1 min`."""
    if seconds >= 86400:
        return QT_TRANSLATE_NOOP("Duration", "%d d %d h"), (seconds // 86400, seconds % 86400 // 3600)
    if seconds >= 3600:
        return QT_TRANSLATE_NOOP("Duration", "%d h %d min"), (seconds // 3600, seconds % 3600 // 60)
    return QT_TRANSLATE_NOOP("Duration", "%d min"), (max(1, seconds // 60),)

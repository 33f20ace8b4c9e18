"""A moment as a person reads it: local time, to the minute. Stamps come from Stripe, the
vault (RFC 3339 with nanoseconds) and the account list; a person never needs the seconds."""

from __future__ import annotations

import datetime


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

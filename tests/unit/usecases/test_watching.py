"""The companion's rules: what to check when the network returns, and when to notify."""

from __future__ import annotations

import datetime
from dataclasses import replace
from datetime import UTC

from linkwizard.domain.account import Account, Health, Reason
from linkwizard.domain.keys import Environment, KeyKind
from linkwizard.usecases.watching import Watch, due_when_back_online

NOW = datetime.datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
TODAY = NOW.date()


def account(name: str, **fields: object) -> Account:
    base = Account(id=f"lw_{name}", name=name, environment=Environment.TEST, key_kind=KeyKind.SECRET,
                   key_hint="sk_test_...abcd", created_at="2026-01-01T00:00:00Z")
    return replace(base, **fields)  # type: ignore[arg-type]


def at(delta: datetime.timedelta) -> str:
    return (NOW - delta).isoformat().replace("+00:00", "Z")


def test_back_online_checks_the_unreachable_and_the_long_unchecked() -> None:
    fresh = account("fresh", status=Health.OK, last_verified_at=at(datetime.timedelta(minutes=59)))
    stale = account("stale", status=Health.OK, last_verified_at=at(datetime.timedelta(minutes=61)))
    away = account("away", status=Health.UNREACHABLE, last_verified_at=at(datetime.timedelta(minutes=5)))
    never = account("never")
    paused = account("paused", status=Health.NEEDS_ATTENTION, auth_failures=3, last_http_status=401)
    due = due_when_back_online([fresh, stale, away, never, paused], NOW)
    assert [a.name for a in due] == ["stale", "away", "never"]


def test_one_alert_per_change_of_state() -> None:
    watch = Watch()
    ok = account("a", status=Health.OK)
    refused = replace(ok, status=Health.NEEDS_ATTENTION, last_http_status=401)
    expired = replace(refused, last_stripe_code="api_key_expired")
    assert watch.after_check([ok], TODAY) == ([], [])
    alerts, _ = watch.after_check([refused], TODAY)
    assert [(a.account.name, a.reason) for a in alerts] == [("a", Reason.REFUSED)]
    assert watch.after_check([refused], TODAY) == ([], [])  # the same state again: nothing new
    alerts, _ = watch.after_check([expired], TODAY)
    assert [a.reason for a in alerts] == [Reason.EXPIRED]  # a different state: told again
    assert watch.after_check([ok], TODAY) == ([], [ok])  # fixed: its notice can go
    alerts, _ = watch.after_check([refused], TODAY)
    assert [a.reason for a in alerts] == [Reason.REFUSED]  # and a new refusal is news again


def test_what_was_already_known_at_start_is_not_repeated_but_an_expiry_is_a_reminder() -> None:
    watch = Watch()
    refused = account("a", status=Health.NEEDS_ATTENTION, last_http_status=401)
    expiring = account("b", status=Health.OK, key_expires_at="2026-12-08")
    watch.seed([refused, expiring])
    alerts, fine = watch.after_check([refused, expiring], TODAY)
    assert [(a.account.name, a.reason) for a in alerts] == [("b", Reason.EXPIRING)]
    assert fine == []
    assert watch.after_check([refused, expiring], TODAY) == ([], [])

"""The account's own rules (domain/account.py): the one owner of its health words, why it needs
the person, and the records a check or a tested key leaves."""

from __future__ import annotations

import datetime
from dataclasses import replace

from linkwizard.domain.account import (
    Account,
    Health,
    Reason,
    healthy_after_check,
    new_from_test,
    with_tested_key,
)
from linkwizard.domain.keys import Environment, KeyKind
from linkwizard.domain.permissions import Access, PermissionCheck

TODAY = datetime.date(2026, 12, 5)
STAMP = "2026-12-05T12:00:00Z"


def account(name: str, **fields: object) -> Account:
    base = Account(id=f"lw_{name}", name=name, environment=Environment.TEST, key_kind=KeyKind.SECRET,
                   key_hint="sk_test_...abcd", created_at="2026-01-01T00:00:00Z")
    return replace(base, **fields)  # type: ignore[arg-type]


def test_the_reason_follows_the_record() -> None:
    assert account("ok", status=Health.OK).reason(TODAY) is None
    assert account("r", status=Health.NEEDS_ATTENTION, last_http_status=401).reason(TODAY) is Reason.REFUSED
    assert account("f", status=Health.NEEDS_ATTENTION, last_http_status=403).reason(TODAY) is Reason.REFUSED
    assert account("e", status=Health.NEEDS_ATTENTION, last_http_status=401,
                             last_stripe_code="api_key_expired").reason(TODAY) is Reason.EXPIRED
    assert account("g", status=Health.NEEDS_ATTENTION).reason(TODAY) is Reason.GONE
    assert account("u", status=Health.UNREACHABLE).reason(TODAY) is None  # offline is never the key's fault
    assert account("s", key_expires_at="2026-12-12").reason(TODAY) is Reason.EXPIRING  # 7 days
    assert account("l", key_expires_at="2026-12-13").reason(TODAY) is None  # 8 days
    assert account("p", key_expires_at="2026-12-04").reason(TODAY) is Reason.EXPIRED


def test_who_needs_the_person_is_the_reason_less_a_key_that_still_works() -> None:
    assert account("r", status=Health.NEEDS_ATTENTION, last_http_status=401).needs_person(TODAY)
    assert account("g", status=Health.NEEDS_ATTENTION).needs_person(TODAY)
    assert account("p", key_expires_at="2026-12-04").needs_person(TODAY)  # expired by its date
    assert not account("s", key_expires_at="2026-12-07").needs_person(TODAY)  # expiring: still works
    assert not account("u", status=Health.UNREACHABLE).needs_person(TODAY)
    assert not account("ok", status=Health.OK).needs_person(TODAY)


def test_each_health_has_one_word_for_both_front_ends() -> None:
    assert {h: h.label for h in Health} == {Health.OK: "Healthy", Health.NEEDS_ATTENTION: "Needs attention",
                                           Health.UNREACHABLE: "Unreachable", Health.UNKNOWN: "Not checked yet"}


def test_a_passed_check_forgets_the_failures() -> None:
    failing = account("f", status=Health.NEEDS_ATTENTION, status_reason="refused", auth_failures=3,
                      last_http_status=401, last_stripe_code="api_key_expired", last_request_id="req_1")
    healthy = healthy_after_check(failing, STAMP)
    assert healthy == replace(account("f"), status=Health.OK, last_verified_at=STAMP)
    assert not healthy.checks_paused


def test_a_tested_key_takes_the_old_ones_place() -> None:
    checklist = (PermissionCheck("charges", Access.READ, None),)
    old = account("o", status=Health.NEEDS_ATTENTION, auth_failures=2, key_expires_at="2026-12-01",
                  stripe_account_id="acct_1", display_name="Shop", permissions=checklist)
    new = with_tested_key(old, STAMP, kind=KeyKind.RESTRICTED, hint="rk_test_...wxyz", stripe_account_id=None,
                          display_name=None, permissions=None, team_version=4)
    assert (new.key_kind, new.key_hint, new.status, new.auth_failures) == (KeyKind.RESTRICTED, "rk_test_...wxyz",
                                                                          Health.OK, 0)
    assert (new.stripe_account_id, new.display_name) == ("acct_1", "Shop")  # kept when the test did not say
    assert (new.key_expires_at, new.permissions, new.permissions_checked_at) == (None, None, None)
    assert new.team_version == 4
    assert new.id == old.id
    assert new.created_at == old.created_at


def test_a_new_record_from_a_tested_key() -> None:
    checklist = (PermissionCheck("charges", Access.READ, None),)
    made = new_from_test(STAMP, name="Shop", environment=Environment.TEST, kind=KeyKind.SECRET,
                         hint="sk_test_...abcd", stripe_account_id="acct_1", display_name=None,
                         permissions=checklist, stripe_context="acct_2")
    other = new_from_test(STAMP, name="Shop", environment=Environment.TEST, kind=KeyKind.SECRET,
                          hint="sk_test_...abcd", stripe_account_id="acct_1", display_name=None, permissions=None)
    assert made.id != other.id
    assert made.id.startswith("lw_")
    assert (made.created_at, made.last_verified_at, made.permissions_checked_at) == (STAMP, STAMP, STAMP)
    assert made.status is Health.OK
    assert made.stripe_context == "acct_2"
    assert other.permissions_checked_at is None

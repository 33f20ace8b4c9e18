"""The stored team login's lifetime rules with a clock of the test's own: expiry, renewal once
less than a third is left, the seconds left. Milliseconds, where the real-lifetime tests in
tests/team/test_team_faults.py wait for a token to run out (they are marked slow)."""

from __future__ import annotations

from dataclasses import replace

from linkwizard.domain.team_login import LoginMethod
from linkwizard.usecases.team import StoredLogin

NOW = 1_800_000_000.0


def login(expires_in: float | None, lifetime: int = 900, renewable: bool = True,
          now: float = NOW) -> StoredLogin:
    return StoredLogin(token="s.lifetime-test", expires_at=None if expires_in is None else NOW + expires_in,
                       renewable=renewable, lifetime=lifetime, display_name="alice", method=LoginMethod.USERPASS,
                       clock=lambda: now)


def test_renewal_is_due_once_less_than_a_third_is_left() -> None:
    assert not login(301).due_for_renewal  # 900 s issued, 301 left
    assert login(299).due_for_renewal
    assert not login(299, renewable=False).due_for_renewal  # a token that cannot be renewed is not
    assert not login(None).due_for_renewal  # no expiry, nothing to renew
    assert not login(10, lifetime=0).due_for_renewal


def test_expiry_and_the_seconds_left_follow_the_clock() -> None:
    fresh = login(120)
    assert not fresh.expired
    assert fresh.seconds_left() == 120
    later = replace(fresh, clock=lambda: NOW + 120)
    assert later.expired
    assert later.seconds_left() == 0
    assert login(None).seconds_left() is None
    assert not login(None).expired


def test_the_clock_is_not_kept_with_the_login() -> None:
    kept = login(120).to_text()
    assert "clock" not in kept
    again = StoredLogin.from_text(kept)
    assert again is not None
    assert again == login(120)  # the clock takes no part in equality
    assert again.method is LoginMethod.USERPASS

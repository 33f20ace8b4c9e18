"""Keeping watch: which accounts to check again when the network returns, and which change
of an account deserves a notification. No Qt, no I/O: the window and the background mode
(gui/companion.py) ask these rules and carry them out."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import UTC

from linkwizard.domain.account import Account, Health, Reason

RECHECK_UNCHECKED_AFTER = datetime.timedelta(hours=1)  # when the network returns


@dataclass(frozen=True)
class Alert:
    account: Account
    reason: Reason


def due_when_back_online(accounts: list[Account], now: datetime.datetime | None = None) -> list[Account]:
    """The accounts to check when the network comes back: those last seen unreachable, and
    those not checked for an hour (never those whose checks are paused after refusals)."""
    cutoff = (now or datetime.datetime.now(UTC)) - RECHECK_UNCHECKED_AFTER
    return [account for account in accounts if not account.checks_paused
            and (account.status is Health.UNREACHABLE or _checked_before(account, cutoff))]


def _checked_before(account: Account, cutoff: datetime.datetime) -> bool:
    if account.last_verified_at is None:
        return True
    try:
        checked = datetime.datetime.fromisoformat(account.last_verified_at.replace("Z", "+00:00"))
    except ValueError:
        return True
    return checked.astimezone(UTC) < cutoff


class Watch:
    """One notification per account per change of state.

    `seed` takes the records as loaded: an account that already needed attention then was
    told about before (the window's banner shows it), so starting again does not repeat it.
    An expiring key is told about once per run of the app, as a reminder.
    """

    def __init__(self) -> None:
        self.told: dict[str, Reason] = {}

    def seed(self, accounts: list[Account]) -> None:
        for account in accounts:
            if (reason := account.reason()) is not None and reason is not Reason.EXPIRING:
                self.told[account.id] = reason

    def after_check(self, accounts: list[Account],
                    today: datetime.date | None = None) -> tuple[list[Alert], list[Account]]:
        """The alerts these records (fresh from a check) call for, and the accounts that no
        longer need attention (their notification can be withdrawn)."""
        alerts, fine = [], []
        for account in accounts:
            reason = account.reason(today)
            if reason is None:
                if self.told.pop(account.id, None) is not None:
                    fine.append(account)
            elif self.told.get(account.id) is not reason:
                self.told[account.id] = reason
                alerts.append(Alert(account, reason))
        return alerts, fine

    def forget(self, account_id: str) -> None:
        self.told.pop(account_id, None)

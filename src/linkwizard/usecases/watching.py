"""Keeping watch: which accounts to check again when the network returns, and which change
of an account deserves a notification. No Qt, no I/O: the window and the background mode
(gui/companion.py) ask these rules and carry them out."""

from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass
from datetime import UTC

from linkwizard.store.accounts import Account, Health

RECHECK_UNCHECKED_AFTER = datetime.timedelta(hours=1)  # when the network returns
EXPIRY_NOTICE_DAYS = 7  # a key expiring this soon is worth a notification


class Reason(enum.Enum):
    """Why an account needs the person: what a notification says."""

    REFUSED = "refused"  # Stripe refused the key (401/403)
    EXPIRED = "expired"  # Stripe says it expired, or its known expiry date has passed
    GONE = "gone"  # the key is missing from the keyring or the team vault
    EXPIRING = "expiring"  # it expires within EXPIRY_NOTICE_DAYS


@dataclass(frozen=True)
class Alert:
    account: Account
    reason: Reason


def reason_of(account: Account, today: datetime.date | None = None) -> Reason | None:
    """What is wrong with the account as its record says, or None when nothing is."""
    if account.status is Health.NEEDS_ATTENTION:
        if account.last_stripe_code == "api_key_expired":
            return Reason.EXPIRED
        return Reason.REFUSED if account.last_http_status in (401, 403) else Reason.GONE
    left = account.days_until_expiry(today)
    if left is None or left > EXPIRY_NOTICE_DAYS:
        return None
    return Reason.EXPIRED if left < 0 else Reason.EXPIRING


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
            if (reason := reason_of(account)) is not None and reason is not Reason.EXPIRING:
                self.told[account.id] = reason

    def after_check(self, accounts: list[Account],
                    today: datetime.date | None = None) -> tuple[list[Alert], list[Account]]:
        """The alerts these records (fresh from a check) call for, and the accounts that no
        longer need attention (their notification can be withdrawn)."""
        alerts, fine = [], []
        for account in accounts:
            reason = reason_of(account, today)
            if reason is None:
                if self.told.pop(account.id, None) is not None:
                    fine.append(account)
            elif self.told.get(account.id) is not reason:
                self.told[account.id] = reason
                alerts.append(Alert(account, reason))
        return alerts, fine

    def forget(self, account_id: str) -> None:
        self.told.pop(account_id, None)

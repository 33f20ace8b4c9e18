"""An account: one linked (environment, key) pair, and the rules about it that both front ends
and every use case share (its name, its health, its expiry, when it needs the person).

Pure: no file, no keyring, no clock but the one a caller may pass. The file that keeps the
list is `store.accounts`.
"""

from __future__ import annotations

import datetime
import enum
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC

from linkwizard.domain import records, untrusted
from linkwizard.domain.keys import Environment, KeyKind
from linkwizard.domain.permissions import Access, PermissionCheck
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, LinkwizardError, ProblemKind, problem

TYPE_CHECKING = False  # typing itself is not imported at run time: it is slow to load
if TYPE_CHECKING:
    from typing import Any


SCHEMA_VERSION = records.SCHEMA_VERSION
MAX_NAME_LENGTH = 64
PAUSE_AFTER = 3
EXPIRY_WARNING_DAYS = 14  # how early a known expiry is shown
EXPIRY_NOTICE_DAYS = 7  # a key expiring this soon is worth a notification
STRIPE_EXPIRED_CODE = "api_key_expired"  # Stripe's error code for an expired key


class Health(enum.Enum):
    """NEEDS_ATTENTION: Stripe refused the key (401/403) or it is gone. UNREACHABLE: network
    trouble, which says nothing about the key."""

    _value_: str
    OK, NEEDS_ATTENTION, UNREACHABLE, UNKNOWN = records.STATUSES

    @property
    def label(self) -> str:
        """The word both front ends show (translation context "health")."""
        return _HEALTH_LABELS[self]


_HEALTH_LABELS = {
    Health.OK: QT_TRANSLATE_NOOP("health", "Healthy"),
    Health.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("health", "Needs attention"),
    Health.UNREACHABLE: QT_TRANSLATE_NOOP("health", "Unreachable"),
    Health.UNKNOWN: QT_TRANSLATE_NOOP("health", "Not checked yet"),
}


class KeyLocation(enum.Enum):
    """Where an account's key lives: this computer's OS keyring (one person), or the team
    vault (OpenBao or Vault KV v2), read from there each time it is used."""

    _value_: str
    KEYRING, TEAM = records.STORES


class Reason(enum.Enum):
    """Why an account needs the person: what a notification says."""

    REFUSED = "refused"  # Stripe refused the key (401/403)
    EXPIRED = "expired"  # Stripe says it expired, or its known expiry date has passed
    GONE = "gone"  # the key is missing from the keyring or the team vault
    EXPIRING = "expiring"  # it expires within EXPIRY_NOTICE_DAYS


def now_iso() -> str:
    return datetime.datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_account_id() -> str:
    return f"lw_{os.urandom(8).hex()}"


@dataclass(frozen=True)
class Account:
    """One linked (environment, key) pair."""

    id: str
    name: str
    environment: Environment
    key_kind: KeyKind
    key_hint: str
    created_at: str
    stripe_account_id: str | None = None
    display_name: str | None = None
    last_verified_at: str | None = None
    status: Health = Health.UNKNOWN
    status_reason: str | None = None
    auth_failures: int = 0  # Stripe refusals (401) in a row; at PAUSE_AFTER automatic checks stop
    last_http_status: int | None = None  # of the last check that failed, for diagnostics
    last_stripe_code: str | None = None
    last_request_id: str | None = None
    permissions: tuple[PermissionCheck, ...] | None = None  # the checklist, when probed
    permissions_checked_at: str | None = None
    requested_scopes: tuple[str, ...] | None = None  # what the person asked a restricted key to read
    key_expires_at: str | None = None  # YYYY-MM-DD, when known (keys the Stripe CLI made last 90 days)
    stripe_context: str | None = None  # the account the key acts on (Stripe-Context): not a secret
    store: KeyLocation = KeyLocation.KEYRING
    team_address: str | None = None  # for a team account: the vault, its KV v2 mount, the path under it
    team_mount: str | None = None
    team_path: str | None = None
    team_version: int | None = None  # the entry's version this computer last saw
    offline_copy: bool = False  # a team key also kept in the keyring, for when the vault is unreachable

    @property
    def in_team_vault(self) -> bool:
        return self.store is KeyLocation.TEAM

    def days_until_expiry(self, today: datetime.date | None = None) -> int | None:
        """Days left before the key expires (negative: expired), when its expiry is known."""
        if self.key_expires_at is None:
            return None
        return (datetime.date.fromisoformat(self.key_expires_at) - (today or datetime.date.today())).days

    def expiry_note(self, today: datetime.date | None = None) -> tuple[str, str] | None:
        """The one expiry rule for both front ends: from EXPIRY_WARNING_DAYS before a known
        expiry, a sentence template (translation context "Expiry") and the value for its "%1"."""
        left = self.days_until_expiry(today)
        if left is None or left > EXPIRY_WARNING_DAYS:
            return None
        if left < 0:
            return QT_TRANSLATE_NOOP("Expiry", "Key expired on %1"), self.key_expires_at or ""
        if left == 0:
            return QT_TRANSLATE_NOOP("Expiry", "Key expires today"), ""
        if left == 1:
            return QT_TRANSLATE_NOOP("Expiry", "Key expires tomorrow"), ""
        return QT_TRANSLATE_NOOP("Expiry", "Key expires in %1 days"), str(left)

    @property
    def key_expired(self) -> bool:
        """Its known expiry date has passed."""
        left = self.days_until_expiry()
        return left is not None and left < 0

    def reason(self, today: datetime.date | None = None) -> Reason | None:
        """What is wrong with the account as its record says, or None when nothing is."""
        if self.status is Health.NEEDS_ATTENTION:
            if self.last_stripe_code == STRIPE_EXPIRED_CODE:
                return Reason.EXPIRED
            return Reason.REFUSED if self.last_http_status in (401, 403) else Reason.GONE
        left = self.days_until_expiry(today)
        if left is None or left > EXPIRY_NOTICE_DAYS:
            return None
        return Reason.EXPIRED if left < 0 else Reason.EXPIRING

    def needs_person(self, today: datetime.date | None = None) -> bool:
        """Only the person can put it right: a refused, expired or missing key (one that is
        merely expiring soon still works)."""
        return self.reason(today) not in (None, Reason.EXPIRING)

    @property
    def checks_paused(self) -> bool:
        """After three refusals in a row the key is not tried again until the person acts."""
        return self.auth_failures >= PAUSE_AFTER

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in _FIELD_ORDER}  # asdict() deep-copies: slow
        data["environment"] = self.environment.value
        data["key_kind"] = self.key_kind.value
        data["status"] = self.status.value
        data["permissions"] = None if self.permissions is None else [p.to_json() for p in self.permissions]
        data["requested_scopes"] = None if self.requested_scopes is None else list(self.requested_scopes)
        data["store"] = self.store.value
        if self.store is KeyLocation.KEYRING:  # so that the release before teams still reads the file
            for name in records.TEAM_FIELDS:
                del data[name]
        return data

    @classmethod
    def from_json(cls, data: Any) -> Account:
        """Strict (records.validate): a wrong type or an unknown field raises ValueError."""
        return cls.from_record(records.validate(data))

    @classmethod
    def from_record(cls, clean: dict[str, Any]) -> Account:
        """From a record `records.validate` has checked and cleaned."""
        permissions = clean["permissions"]
        scopes = clean["requested_scopes"]
        return cls(**{**clean, "environment": Environment(clean["environment"]),
                      "key_kind": KeyKind(clean["key_kind"]), "status": Health(clean["status"]),
                      "store": KeyLocation(clean["store"]),
                      "permissions": None if permissions is None else _checklist(
                          tuple((p["resource"], p["access"], p["permission"]) for p in permissions)),
                      "requested_scopes": None if scopes is None else tuple(scopes)})


# Checklists repeat from account to account (keys made from one recipe get one answer): each
# distinct one is built once. At 1,000 accounts that is 13,000 frozen objects fewer to build
# while the list is read, and to keep.
_CHECKLISTS: dict[tuple[tuple[str, str, str | None], ...], tuple[PermissionCheck, ...]] = {}
MAX_SHARED_CHECKLISTS = 4096


def _checklist(lines: tuple[tuple[str, str, str | None], ...]) -> tuple[PermissionCheck, ...]:
    found = _CHECKLISTS.get(lines)
    if found is None:
        found = tuple(PermissionCheck(resource, Access(access), permission) for resource, access, permission in lines)
        if len(_CHECKLISTS) < MAX_SHARED_CHECKLISTS:
            _CHECKLISTS[lines] = found
    return found


_FIELD_ORDER = records.FIELD_ORDER  # the file keeps one stable key order


def clean_name(raw: str) -> str:
    """Collapse whitespace; refuse empty, over-long or control-character names."""
    name = " ".join(raw.split())
    if not name or len(name) > MAX_NAME_LENGTH:
        raise LinkwizardError(problem(
            ProblemKind.NAME_INVALID,
            advice=QT_TRANSLATE_NOOP("problems", "Use a name of 1 to {most} characters."),
            values={"most": str(MAX_NAME_LENGTH)}, detail="length"))
    if any(untrusted.is_unsafe(ch) for ch in name):
        raise LinkwizardError(problem(
            ProblemKind.NAME_INVALID,
            advice=QT_TRANSLATE_NOOP("problems", "Use letters, digits, spaces and punctuation, without control "
                                     "characters."),
            detail="control characters"))
    return name


def default_name(environment: Environment, taken: Iterator[str] | list[str]) -> str:
    """`Stripe (Test)`, then `Stripe (Test) 2`, ... : the first name not taken."""
    used = {name.casefold() for name in taken}
    base = f"Stripe ({'Live' if environment is Environment.PRODUCTION else 'Test'})"
    candidate, number = base, 1
    while candidate.casefold() in used:
        number += 1
        candidate = f"{base} {number}"
    return candidate


def healthy_after_check(account: Account, stamp: str) -> Account:
    """The record after a check the key passed: the refusals and the last failure forgotten."""
    return replace(account, status=Health.OK, status_reason=None, auth_failures=0, last_verified_at=stamp,
                   last_http_status=None, last_stripe_code=None, last_request_id=None)


def with_tested_key(stored: Account, stamp: str, *, kind: KeyKind, hint: str, stripe_account_id: str | None,
                    display_name: str | None, permissions: tuple[PermissionCheck, ...] | None,
                    **more: Any) -> Account:
    """The record once a key that was just tested took the old one's place: healthy, with what
    the test learned (the old key's expiry and checklist no longer apply)."""
    return replace(healthy_after_check(stored, stamp), key_kind=kind, key_hint=hint,
                   stripe_account_id=stripe_account_id or stored.stripe_account_id,
                   display_name=display_name or stored.display_name, key_expires_at=None, permissions=permissions,
                   permissions_checked_at=stamp if permissions else None, **more)


def new_from_test(stamp: str, *, name: str, environment: Environment, kind: KeyKind, hint: str,
                  stripe_account_id: str | None, display_name: str | None,
                  permissions: tuple[PermissionCheck, ...] | None, **more: Any) -> Account:
    """A new record for a key that has just passed the connection test."""
    return Account(id=new_account_id(), name=name, environment=environment, key_kind=kind, key_hint=hint,
                   created_at=stamp, stripe_account_id=stripe_account_id, display_name=display_name,
                   last_verified_at=stamp, status=Health.OK, permissions=permissions,
                   permissions_checked_at=stamp if permissions else None, **more)

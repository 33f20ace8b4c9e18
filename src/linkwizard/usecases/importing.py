"""Import plaintext keys: link each one found in a file, then replace the copies the
keyring holds now. The files are read and rewritten by `secrets.plaintext`."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from linkwizard.domain.account import Account, clean_name
from linkwizard.domain.problems import Category, LinkwizardError, Problem, ProblemKind
from linkwizard.secrets import plaintext
from linkwizard.secrets.plaintext import Candidate as Candidate  # what the front ends show: one door
from linkwizard.secrets.plaintext import Origin as Origin
from linkwizard.secrets.plaintext import Retired as Retired
from linkwizard.secrets.plaintext import RetireReport as RetireReport
from linkwizard.secrets.plaintext import Scan as Scan
from linkwizard.usecases.cancellation import CancelToken
from linkwizard.usecases.linking import AlreadyLinked, LinkRequest, link, refuse_same_key
from linkwizard.usecases.services import Services


class Imported(enum.Enum):
    LINKED = "linked"
    ALREADY_LINKED = "already_linked"
    REFUSED = "refused"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class ImportOutcome:
    """What became of one plaintext key. `account`: the account that holds it now (linked, or
    already linked with this very key); `same_key`: that account's key is this key."""

    candidate: Candidate
    status: Imported
    account: Account | None = None
    problem: Problem | None = None
    reason: str | None = None  # why it was skipped
    same_key: bool = False

    @property
    def retirable(self) -> bool:
        return self.same_key and self.account is not None and self.candidate.retirable


OnImported = Callable[[ImportOutcome], None]


def import_keys(candidates: list[Candidate], services: Services, cancel: CancelToken | None = None,
                on_outcome: OnImported = lambda outcome: None) -> list[ImportOutcome]:
    """Link each plaintext key exactly as `connect` does; one failing key does not stop the
    others. Names come from the source (profile, display name, variable), made unique. After
    a problem with this computer (keyring locked, account list) the rest are skipped."""
    taken = {a.name.casefold() for a in services.store.load()}
    outcomes: list[ImportOutcome] = []
    blocked: Problem | None = None
    for candidate in candidates:
        outcome = _import_one(candidate, services, cancel, taken, blocked)
        if outcome.problem is not None and outcome.problem.category in (Category.STORAGE, Category.CANCELLED):
            blocked = outcome.problem
        outcomes.append(outcome)
        on_outcome(outcome)
    return outcomes


def _import_one(candidate: Candidate, services: Services, cancel: CancelToken | None, taken: set[str],
                blocked: Problem | None) -> ImportOutcome:
    if blocked is not None:
        reason = "cancelled" if blocked.category is Category.CANCELLED else f"not tried: {blocked.message()}"
        return ImportOutcome(candidate, Imported.SKIPPED, reason=reason)
    if cancel is not None and cancel.cancelled:
        return ImportOutcome(candidate, Imported.SKIPPED, reason="cancelled")
    if not candidate.importable or candidate.environment is None:
        return ImportOutcome(candidate, Imported.SKIPPED, reason=candidate.refusal)
    name = unique_name(candidate.suggested_name(), taken)
    request = LinkRequest(candidate.key, candidate.environment, name, key_expires_at=candidate.expires_at)
    try:
        account = link(request, services, cancel)
    except AlreadyLinked as exc:
        return ImportOutcome(candidate, Imported.ALREADY_LINKED, exc.existing, exc.problem, same_key=exc.same_key)
    except LinkwizardError as exc:
        return ImportOutcome(candidate, Imported.REFUSED, problem=exc.problem)
    taken.add(account.name.casefold())
    return ImportOutcome(candidate, Imported.LINKED, account, same_key=True)


def retire_plaintext(outcomes: list[ImportOutcome], services: Services) -> RetireReport:
    """Replace the plaintext copies of keys the keyring holds now. Each is checked right before:
    a copy whose account is gone, or whose keyring entry no longer holds that very key, is
    kept (it may be the only copy left), and the report says why."""
    current = {account.id: account for account in services.store.load()}
    keep: list[tuple[Candidate, str]] = []
    kept: list[plaintext.RetireRefused] = []
    for outcome in outcomes:
        candidate, account = outcome.candidate, outcome.account
        if not outcome.retirable or account is None:
            continue
        now = current.get(account.id)
        why = _not_held(now, candidate.key, services)
        if now is not None and why is None:
            keep.append((candidate, now.name))
        else:
            kept.append(plaintext.RetireRefused(
                f"{candidate.source} was kept: {why or 'the account was removed'}, so this copy may be the only "
                "one left", candidate.path or candidate.source, kept=True))
    report = plaintext.retire(keep)
    return plaintext.RetireReport(report.retired, kept + report.refused)


def _not_held(account: Account | None, key: str, services: Services) -> str | None:
    """Why the keyring cannot be said to hold `key` for `account` right now (None: it does)."""
    if account is None:
        return "the account was removed"
    try:
        if services.keyring.load(account.id) == key:
            return None
    except LinkwizardError as exc:
        if exc.problem.kind is not ProblemKind.KEY_MISSING:
            return f"the keyring could not be read to check that it holds this key ({exc.problem.message()})"
    return f"the keyring no longer holds this key for \u201c{account.name}\u201d"


def scan(environ: Mapping[str, str], services: Services, dotenv: tuple[str, ...] = (),
         stripe_config: str | None = None) -> tuple[Scan, tuple[Candidate, ...]]:
    """Every plaintext key on this computer (the Stripe CLI's files, the environment, the
    given .env files), each marked when a linked account holds it already."""
    found = plaintext.scan(environ, list(dotenv), stripe_config)
    return found, mark_linked(found.candidates, services)


def mark_linked(candidates: tuple[Candidate, ...], services: Services) -> tuple[Candidate, ...]:
    """Each candidate with `linked_as` set when a linked account holds this very key (only
    accounts with the same hint have their key read)."""
    marked = []
    for candidate in candidates:
        holder = None
        if candidate.importable and candidate.environment is not None:
            try:
                refuse_same_key(candidate.key, candidate.hint, candidate.environment, services)
            except AlreadyLinked as exc:
                holder = exc.existing.name
        marked.append(replace(candidate, linked_as=holder) if holder else candidate)
    return tuple(marked)


def unique_name(wanted: str, taken: set[str]) -> str:
    """`wanted` cleaned, with " 2", " 3", ... when a linked account has that name already."""
    base = clean_name(wanted)
    name, number = base, 2
    while name.casefold() in taken:
        name, number = f"{base} {number}", number + 1
    return name


"""The use cases both front ends share: link an account and verify linked accounts.

The CLI calls these directly; the GUI calls the very same functions from a worker thread.
"""

from __future__ import annotations

import contextlib
import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from linkwizard.accounts import (
    Account,
    AccountStore,
    Health,
    clean_name,
    default_name,
    new_account_id,
    now_iso,
)
from linkwizard.cancellation import CancelToken, cancelled_error, run_cancellable
from linkwizard.keys import Environment, KeyCheck, KeyKind, check_context, check_key, key_hint
from linkwizard.permissions import REQUIRED, PermissionCheck, with_required
from linkwizard.problems import QT_TRANSLATE_NOOP, Category, LinkwizardError, Problem, ProblemKind, problem
from linkwizard.vault import Vault

if TYPE_CHECKING:  # stripe_api pulls in httpx; only commands that send requests import it
    from linkwizard.plaintext import Candidate, RetireReport
    from linkwizard.stripe_api import ConnectionResult, Policy

DEFAULT_CONCURRENCY = 8
# `verify --all`: every linked key is its own Stripe account (twins are refused) with its own
# rate limit, and a check is one request, so 32 at once stays far below 25 requests per
# second for any one account.
BULK_CONCURRENCY = 32
LANE_WIDTH = 8  # checks per HTTP client in `verify` (see there)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Services:
    """What the use cases talk to; one instance per front end."""

    store: AccountStore
    vault: Vault
    api_base: str
    policy: Policy | None = None


@dataclass(frozen=True)
class VerifyResult:
    account: Account
    problem: Problem | None


class Stage(enum.Enum):
    """Where a link or a key replacement is, for a progress display."""

    CHECKING = "checking"  # pre-flight: the key, the name, the keyring
    CONTACTING = "contacting"  # the connection test
    PERMISSIONS = "permissions"  # the permission probe
    SAVING = "saving"  # keyring and account list


OnStage = Callable[[Stage], None]
OnResult = Callable[[VerifyResult], None]


def _no_stage(stage: Stage) -> None:
    pass


@dataclass(frozen=True)
class LinkRequest:
    """Everything a front end asks for when it links a key, in one value.

    `replacing`: the id of the account whose key this replaces (a rotation), or None for a new
    account. `allow_other_account`: when replacing, accept a key of a different Stripe
    account; when linking, accept a Stripe account that is already linked under another key.
    `scopes`: what the person asked a restricted key to read (None: the secret-key path).
    """

    key: str
    environment: Environment
    name: str | None = None
    scopes: tuple[str, ...] | None = None
    replacing: str | None = None
    allow_other_account: bool = False
    key_expires_at: str | None = None  # YYYY-MM-DD, when the key's source says (the Stripe CLI's config)
    stripe_context: str | None = None  # the account to act on: required for sk_org keys, else a connected one

    def __repr__(self) -> str:  # the dataclass repr would print the key
        return (f"LinkRequest(environment={self.environment.value}, name={self.name!r}, scopes={self.scopes}, "
                f"replacing={self.replacing}, allow_other_account={self.allow_other_account}, "
                f"stripe_context={self.stripe_context})")


def link(request: LinkRequest, services: Services, cancel: CancelToken | None = None,
         on_stage: OnStage = _no_stage) -> Account:
    """The one entry for both front ends: a new account, or a new key for `request.replacing`."""
    if request.replacing is None:
        return connect(request.key, request.environment, request.name, services, cancel, on_stage,
                       requested_scopes=request.scopes, allow_same_account=request.allow_other_account,
                       key_expires_at=request.key_expires_at, stripe_context=request.stripe_context)
    return replace_key(request.replacing, request.key, services, request.allow_other_account, cancel, on_stage,
                       environment=request.environment, name=request.name)


def preflight(raw_key: str, environment: Environment, name: str | None,
              services: Services, stripe_context: str | None = None) -> tuple[KeyCheck, str, str | None]:
    """Everything that can refuse a link without a request: key, context, name, keyring."""
    check = check_key(raw_key, environment)
    if check.problem is not None and not (stripe_context and check.problem.kind is ProblemKind.KEY_PUBLISHABLE):
        raise LinkwizardError(check.problem)
    context = check_context(stripe_context, check.key)
    accounts = services.store.load()
    final_name = clean_name(name) if name else default_name(environment, [a.name for a in accounts])
    services.store.check_name_free(final_name, accounts)
    services.vault.ensure_available()
    return check, final_name, context


class AlreadyLinked(LinkwizardError):
    """The key, or the Stripe account in this environment, is linked already."""

    def __init__(self, existing: Account, same_key: bool) -> None:
        title = (QT_TRANSLATE_NOOP("problems", "This key is already linked as \u201c{name}\u201d") if same_key
                 else QT_TRANSLATE_NOOP("problems", "This Stripe account is already linked as \u201c{name}\u201d"))
        super().__init__(problem(ProblemKind.ALREADY_LINKED, title=title, values={"name": existing.name},
                                 detail=f"existing account {existing.id}", account_id=existing.id))
        self.existing = existing
        self.same_key = same_key


@dataclass(frozen=True)
class Tested:
    """A key that passed the connection test, with what the test and the probe learned."""

    result: ConnectionResult
    permissions: tuple[PermissionCheck, ...] | None


def connect(raw_key: str, environment: Environment, name: str | None, services: Services,
            cancel: CancelToken | None = None, on_stage: OnStage = _no_stage,
            requested_scopes: tuple[str, ...] | None = None, allow_same_account: bool = False,
            key_expires_at: str | None = None, stripe_context: str | None = None) -> Account:
    """Pre-flight, connection test, permission probe, then save. Nothing is saved unless the
    test passes; a key linked already is refused as `AlreadyLinked`, and so is a Stripe
    account linked already under another key unless `allow_same_account`."""
    on_stage(Stage.CHECKING)
    check, final_name, context = preflight(raw_key, environment, name, services, stripe_context)
    kind = check.kind
    assert kind is not None
    _refuse_same_key(check.key, check.hint, environment, services, context=context)
    tested = _test_and_probe(check.key, kind, environment, services, cancel, on_stage, context)
    result = tested.result
    if result.stripe_account_id and not allow_same_account:
        for other in services.store.load():
            if other.environment is environment and other.stripe_account_id == result.stripe_account_id:
                raise AlreadyLinked(other, same_key=False)
    on_stage(Stage.SAVING)
    stamp = now_iso()
    account = Account(
        id=new_account_id(), name=final_name, environment=environment, key_kind=kind,
        key_hint=check.hint, created_at=stamp, stripe_account_id=result.stripe_account_id,
        display_name=result.display_name, last_verified_at=stamp, status=Health.OK,
        permissions=tested.permissions, permissions_checked_at=stamp if tested.permissions else None,
        requested_scopes=with_required(requested_scopes) if requested_scopes is not None else None,
        key_expires_at=key_expires_at, stripe_context=context)
    return save_new(account, check.key, services)


def save_new(account: Account, key: str, services: Services) -> Account:
    """Keyring first, record second, under the account list's lock; the keyring entry is
    undone if the record cannot be written (a name taken meanwhile, a full disk)."""
    with services.store.locked():
        services.store.check_name_free(account.name)
        services.vault.store(account.id, key)
        try:
            return services.store.add(account)
        except BaseException:
            with contextlib.suppress(LinkwizardError):
                services.vault.delete(account.id)
            raise


def rename(ref: str, new_name: str, services: Services) -> Account:
    """A new name (cleaned and checked like any name); the key is untouched."""
    return services.store.rename(ref, new_name)


def remove(ref: str, services: Services) -> Account:
    """Record first, keyring second: a failure never leaves a record without its key."""
    removed = services.store.remove(ref)
    services.vault.delete(removed.id)
    return removed


def replace_key(ref: str, raw_key: str, services: Services, allow_other_account: bool = False,
                cancel: CancelToken | None = None, on_stage: OnStage = _no_stage,
                environment: Environment | None = None, name: str | None = None) -> Account:
    """Rotate an account's key. The new key must pass the test first; the keyring entry is
    swapped only then, so a failed attempt leaves the old key in place and working.

    `environment`, when given, must be the account's (a rotation never moves an account to
    the other environment); `name`, when given and different, renames it in the same save.
    """
    on_stage(Stage.CHECKING)
    account = services.store.find(ref)
    if environment is not None and environment is not account.environment:
        raise LinkwizardError(problem(
            ProblemKind.KEY_WRONG_ENVIRONMENT,
            title=QT_TRANSLATE_NOOP("problems", "\u201c{name}\u201d is a {linked} account"),
            advice=QT_TRANSLATE_NOOP("problems", "A new key keeps the account's environment. Link a {chosen} key as "
                                     "a new account instead."),
            values={"name": account.name, "linked": account.environment.label, "chosen": environment.label},
            detail="replace across environments"))
    new_name = clean_name(name) if name and " ".join(name.split()) != account.name else None
    if new_name is not None:
        services.store.check_name_free(new_name, except_id=account.id)
    check = check_key(raw_key, account.environment)
    if check.problem is not None:
        raise LinkwizardError(check.problem)
    kind = check.kind
    assert kind is not None
    services.vault.ensure_available()
    context = check_context(account.stripe_context, check.key)
    _refuse_same_key(check.key, check.hint, account.environment, services, except_id=account.id, context=context)
    tested = _test_and_probe(check.key, kind, account.environment, services, cancel, on_stage, context)
    found_id = tested.result.stripe_account_id
    if found_id and account.stripe_account_id and found_id != account.stripe_account_id \
            and not allow_other_account:
        raise LinkwizardError(problem(
            ProblemKind.OTHER_STRIPE_ACCOUNT,
            title=QT_TRANSLATE_NOOP("problems", "This key belongs to {found}, not {linked}"),
            values={"found": found_id, "linked": account.stripe_account_id},
            detail=f"replacing the key of {account.id}"))
    on_stage(Stage.SAVING)
    old_key = _old_key(account, services)
    services.vault.store(account.id, check.key)
    stamp = now_iso()

    def swap(stored: Account) -> Account:
        return replace(
            stored, name=new_name or stored.name, key_kind=kind, key_hint=check.hint, status=Health.OK,
            status_reason=None,
            auth_failures=0, last_http_status=None, last_stripe_code=None, last_request_id=None,
            last_verified_at=stamp, stripe_account_id=found_id or stored.stripe_account_id,
            display_name=tested.result.display_name or stored.display_name, key_expires_at=None,
            permissions=tested.permissions, permissions_checked_at=stamp if tested.permissions else None)

    try:
        return services.store.update(account.id, swap)
    except BaseException:
        if old_key is not None:  # the record still describes the old key: put it back
            with contextlib.suppress(LinkwizardError):
                services.vault.store(account.id, old_key)
        raise


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
    from linkwizard import plaintext

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
                "one left", candidate.path or candidate.source))
    report = plaintext.retire(keep)
    return plaintext.RetireReport(report.retired, kept + report.refused)


def _not_held(account: Account | None, key: str, services: Services) -> str | None:
    """Why the keyring cannot be said to hold `key` for `account` right now (None: it does)."""
    if account is None:
        return "the account was removed"
    try:
        if services.vault.load(account.id) == key:
            return None
    except LinkwizardError as exc:
        if exc.problem.kind is not ProblemKind.KEY_MISSING:
            return f"the keyring could not be read to check that it holds this key ({exc.problem.message()})"
    return f"the keyring no longer holds this key for \u201c{account.name}\u201d"


def mark_linked(candidates: tuple[Candidate, ...], services: Services) -> tuple[Candidate, ...]:
    """Each candidate with `linked_as` set when a linked account holds this very key (only
    accounts with the same hint have their key read)."""
    marked = []
    for candidate in candidates:
        holder = None
        if candidate.importable and candidate.environment is not None:
            try:
                _refuse_same_key(candidate.key, candidate.hint, candidate.environment, services)
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


def check_permissions(ref: str, services: Services, cancel: CancelToken | None = None) -> Account:
    """Probe what the account's key can read now, and keep the checklist with the account."""
    from linkwizard import stripe_api

    account = services.store.find(ref)
    key = services.vault.load(account.id)
    policy = _policy(services)

    async def probe() -> tuple[PermissionCheck, ...] | Problem:
        async with stripe_api.make_client(services.api_base, policy) as client:
            return await stripe_api.probe_permissions(client, key, policy, context=account.stripe_context)

    found = run_cancellable(probe, cancel)
    if isinstance(found, Problem):
        services.store.update(account.id, lambda stored: health_after(stored, found))
        raise LinkwizardError(found)
    stamp = now_iso()
    return services.store.update(account.id, lambda stored: replace(
        stored, permissions=found, permissions_checked_at=stamp))


def _test_and_probe(key: str, kind: KeyKind, environment: Environment, services: Services,
                    cancel: CancelToken | None, on_stage: OnStage, context: str | None = None) -> Tested:
    """The connection test and, when it passes, the permission probe on the same connections."""
    from linkwizard import stripe_api

    policy = _policy(services)

    async def work() -> Tested:
        async with stripe_api.make_client(services.api_base, policy) as client:
            result = await stripe_api.test_connection(client, key, kind, environment, policy, context=context)
            if result.problem is not None:
                return Tested(result, None)
            on_stage(Stage.PERMISSIONS)
            probed = await stripe_api.probe_permissions(client, key, policy, frozenset({REQUIRED}), context)
            return Tested(result, None if isinstance(probed, Problem) else probed)

    on_stage(Stage.CONTACTING)
    tested = run_cancellable(work, cancel)
    hint = key_hint(key)
    log.info("connection test for %s (%s): %s", hint, environment.value,
             tested.result.problem.kind.name if tested.result.problem else "ok")
    if tested.result.problem is not None:
        raise LinkwizardError(tested.result.problem)
    if cancel is not None and cancel.cancelled:
        raise cancelled_error()
    return tested


def _refuse_same_key(key: str, hint: str, environment: Environment, services: Services,
                     except_id: str | None = None, context: str | None = None) -> None:
    """The same key (acting on the same account) linked twice; only accounts with the same
    hint have their key read. One key with two contexts is two accounts."""
    for other in services.store.load():
        if other.id == except_id or other.environment is not environment or other.key_hint != hint \
                or other.stripe_context != context:
            continue
        try:
            if services.vault.load(other.id) == key:
                raise AlreadyLinked(other, same_key=True)
        except AlreadyLinked:
            raise
        except LinkwizardError:
            continue  # its key is missing or unreadable: not a twin we can prove


def _old_key(account: Account, services: Services) -> str | None:
    try:
        return services.vault.load(account.id)
    except LinkwizardError:
        return None  # the old key is already gone; nothing to restore on failure


def verify(accounts: list[Account], services: Services, cancel: CancelToken | None = None,
           on_result: Callable[[VerifyResult], None] = lambda result: None,
           concurrency: int = DEFAULT_CONCURRENCY, automatic: bool = False) -> list[VerifyResult]:
    """Test each account's stored key, concurrently, and record its health.

    Automatic checks (at launch, every few hours) skip accounts whose key Stripe refused
    three times in a row; a check the person asks for always runs.
    """
    from linkwizard import stripe_api

    if automatic:
        accounts = [a for a in accounts if not a.checks_paused]

    policy = _policy(services)
    results: dict[str, VerifyResult] = {}
    changes: dict[str, Callable[[Account], Account]] = {}
    by_id = {account.id: account for account in accounts}

    def finish(account: Account, found: Problem | None, identity: tuple[str | None, str | None]) -> None:
        def change(stored: Account) -> Account:
            stripe_id, display = identity
            checked = health_after(stored, found)
            return replace(checked, stripe_account_id=stripe_id or stored.stripe_account_id,
                           display_name=display or stored.display_name)

        log.info("verified %s (%s): %s", account.id, account.key_hint, found.kind.name if found else "ok")
        changes[account.id] = change
        results[account.id] = VerifyResult(change(account), found)
        on_result(results[account.id])

    async def run_all() -> None:
        """Keys are read from the keyring in a helper thread; each check starts as soon as its
        key arrives, so reading 100 keys overlaps the waiting on Stripe."""
        import asyncio
        import threading

        loop = asyncio.get_running_loop()
        arrived: asyncio.Queue[tuple[str, str | Problem] | None] = asyncio.Queue()
        stop = threading.Event()

        def read_keys() -> None:
            try:
                for item in services.vault.iter_many(list(by_id)):
                    if stop.is_set():
                        break
                    loop.call_soon_threadsafe(arrived.put_nowait, item)
            finally:
                loop.call_soon_threadsafe(arrived.put_nowait, None)

        reader = loop.run_in_executor(None, read_keys)
        # The checks run in lanes of at most LANE_WIDTH, each with a client of its own: httpcore
        # looks at every connection of its pool for each request it sends (a system call or
        # two each), and with 32 connections in one pool that was an eighth of this thread's
        # time at 1,000 accounts (docs/performance.md). A free slot says which lane to use.
        width = max(1, concurrency)
        lanes = -(-width // LANE_WIDTH)
        slots: asyncio.Queue[int] = asyncio.Queue()
        for slot in range(width):
            slots.put_nowait(slot % lanes)
        try:
            async with contextlib.AsyncExitStack() as stack:
                trust = stripe_api.trust_context()
                clients = [await stack.enter_async_context(stripe_api.make_client(
                    services.api_base, policy, connections=-(-width // lanes), trust=trust)) for _ in range(lanes)]

                async def one(account: Account, key: str) -> None:
                    # The Stripe account and mode were learned when linking; ask again only if unknown.
                    # Accounts linked before restricted keys had identities learn theirs here.
                    identity = account.stripe_account_id is None
                    lane = await slots.get()
                    try:
                        outcome = await stripe_api.test_connection(
                            clients[lane], key, account.key_kind, account.environment, policy, identity=identity,
                            context=account.stripe_context)
                    finally:
                        slots.put_nowait(lane)
                    finish(account, outcome.problem, (outcome.stripe_account_id, outcome.display_name))

                checks: list[asyncio.Future[None]] = []
                try:
                    while (item := await arrived.get()) is not None:
                        account_id, loaded = item
                        if isinstance(loaded, Problem):
                            finish(by_id[account_id], loaded, (None, None))
                        else:
                            checks.append(asyncio.ensure_future(one(by_id[account_id], loaded)))
                    await asyncio.gather(*checks)
                finally:  # cancelled (or failed) while keys were still arriving: end every check
                    for check in checks:  # before the client and its connections go away
                        check.cancel()
                    await asyncio.gather(*checks, return_exceptions=True)
        finally:
            stop.set()
            await asyncio.shield(reader)

    try:
        if accounts:
            run_cancellable(run_all, cancel)
    finally:  # one write for the whole batch, also for the part done before a cancel
        if changes:
            saved = {a.id: a for a in services.store.update_many(changes)}
            for account_id, result in results.items():
                if account_id in saved:
                    results[account_id] = VerifyResult(saved[account_id], result.problem)
    return [results[a.id] for a in accounts if a.id in results]


def health_after(account: Account, found: Problem | None) -> Account:
    """The record after a check: needs attention only when the key itself is at fault
    (Stripe refused it with 401 or 403, or it is gone from the keyring)."""
    if found is None:
        return replace(account, status=Health.OK, status_reason=None, auth_failures=0,
                       last_verified_at=now_iso(), last_http_status=None, last_stripe_code=None,
                       last_request_id=None)
    failed = replace(account, status_reason=found.title, last_http_status=found.status,
                     last_stripe_code=found.stripe_code, last_request_id=found.request_id)
    key_at_fault = found.kind in (ProblemKind.KEY_MISSING, ProblemKind.KEY_DAMAGED)
    if found.category in (Category.REJECTED, Category.FORBIDDEN) or key_at_fault:
        failures = account.auth_failures + (1 if found.category is Category.REJECTED else 0)
        return replace(failed, status=Health.NEEDS_ATTENTION, auth_failures=failures)
    if found.category is Category.UNREACHABLE:
        return replace(failed, status=Health.UNREACHABLE)
    return replace(failed, status=Health.UNKNOWN)


def _policy(services: Services) -> Policy:
    from linkwizard.stripe_api import Policy

    return services.policy or Policy()

"""Verify linked accounts: test each stored key against Stripe, concurrently, and record
each account's health in one write."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from typing import Any

from linkwizard.domain.account import Account, Health, healthy_after_check, now_iso
from linkwizard.domain.keys import KeyKind, check_key, key_hint
from linkwizard.domain.problems import Category, Problem, ProblemKind, problem
from linkwizard.usecases.cancellation import CancelToken, run_cancellable
from linkwizard.usecases.services import Services

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.stripe.client import ConnectionResult
    from linkwizard.usecases.team import Read

log = logging.getLogger(__name__)

DEFAULT_CONCURRENCY = 8
# `verify --all`: every linked key is its own Stripe account (twins are refused) with its own
# rate limit, and a check is one request, so 32 at once stays far below 25 requests per
# second for any one account.
BULK_CONCURRENCY = 32
LANE_WIDTH = 8  # checks per HTTP client in `verify` (see `_Lanes`)


@dataclass(frozen=True)
class VerifyResult:
    account: Account
    problem: Problem | None
    picked_up: int | None = None  # a team account's new version: a teammate replaced the key
    kind_before: KeyKind | None = None  # ... and the kind of key it was, when that changed too
    replaced_by: str | None = None  # ... who wrote the new version, and when (its metadata says)
    replaced_at: str | None = None


OnResult = Callable[[VerifyResult], None]


def due_for_automatic_check(accounts: list[Account]) -> list[Account]:
    """Which accounts an automatic check (at launch, every few hours) tests: not those whose
    key Stripe refused three times in a row. A check the person asks for tests every one."""
    return [account for account in accounts if not account.checks_paused]


def verify(accounts: list[Account], services: Services, cancel: CancelToken | None = None,
           on_result: OnResult = lambda result: None,
           concurrency: int = DEFAULT_CONCURRENCY, automatic: bool = False) -> list[VerifyResult]:
    """Test each account's stored key, concurrently, and record its health in one write
    (also for the part done before a cancel). `automatic`: see `due_for_automatic_check`."""
    if automatic:
        accounts = due_for_automatic_check(accounts)
    batch = _Batch(accounts, on_result)
    try:
        if accounts:
            run_cancellable(lambda: _check_all(batch, services, concurrency), cancel)
    finally:
        batch.save(services)
    return batch.in_order()


class _Batch:
    """The results so far, and for each account the change its check makes to the record."""

    def __init__(self, accounts: list[Account], on_result: OnResult) -> None:
        self.accounts = accounts
        self.by_id = {account.id: account for account in accounts}
        self.results: dict[str, VerifyResult] = {}
        self.changes: dict[str, Callable[[Account], Account]] = {}
        self.on_result = on_result

    def finish(self, account: Account, found: Problem | None, stripe_id: str | None = None,
               display_name: str | None = None, read: Read | None = None) -> None:
        newer = read is not None and read.version != account.team_version

        kind = check_key(read.key, account.environment).kind if newer and read is not None else None

        def change(stored: Account) -> Account:
            checked = health_after(stored, found)
            if newer and read is not None:  # the version and key this check tested (its kind may differ)
                checked = replace(checked, team_version=read.version, key_hint=key_hint(read.key),
                                  key_kind=kind or stored.key_kind)
            return replace(checked, stripe_account_id=stripe_id or stored.stripe_account_id,
                           display_name=display_name or stored.display_name)

        log.info("verified %s (%s): %s", account.id, account.key_hint, found.kind.name if found else "ok")
        self.changes[account.id] = change
        picked = read if newer else None
        self.results[account.id] = VerifyResult(change(account), found,
                                                picked.version if picked is not None else None,
                                                account.key_kind if kind not in (None, account.key_kind) else None,
                                                picked.by if picked is not None else None,
                                                picked.at if picked is not None else None)
        self.on_result(self.results[account.id])

    def save(self, services: Services) -> None:
        if not self.changes:
            return
        saved = {a.id: a for a in services.store.update_many(self.changes)}
        for account_id, result in self.results.items():
            if account_id in saved:
                self.results[account_id] = replace(result, account=saved[account_id])

    def in_order(self) -> list[VerifyResult]:
        return [self.results[a.id] for a in self.accounts if a.id in self.results]


_Arrived = asyncio.Queue[tuple[str, "str | Read | Problem"] | None]


async def _check_all(batch: _Batch, services: Services, concurrency: int) -> None:
    """Keys are read from the keyring in a helper thread, and from the team vault on this loop;
    each check starts as soon as its key arrives, so reading 100 keys overlaps the waiting on
    Stripe."""
    loop = asyncio.get_running_loop()
    arrived: _Arrived = asyncio.Queue()
    stop = threading.Event()
    in_keyring = [a.id for a in batch.accounts if not a.in_team_vault]
    in_team = [a for a in batch.accounts if a.in_team_vault]

    def read_keys() -> None:
        try:
            for item in services.keyring.iter_many(in_keyring) if in_keyring else ():
                if stop.is_set():
                    break
                loop.call_soon_threadsafe(arrived.put_nowait, item)
        finally:
            loop.call_soon_threadsafe(arrived.put_nowait, None)

    async def read_team() -> None:
        try:
            if in_team:
                from linkwizard.usecases import team  # httpx for the vault, only when a key is there

                await team.read_keys(services, in_team, lambda *item: arrived.put_nowait(item))()
        finally:
            arrived.put_nowait(None)

    reader = loop.run_in_executor(None, read_keys)
    team_reader = asyncio.ensure_future(read_team())
    try:
        async with _Lanes.open(services, concurrency) as lanes:
            await _check_as_keys_arrive(batch, arrived, lanes, producers=2)
    finally:
        stop.set()
        team_reader.cancel()
        await asyncio.gather(team_reader, return_exceptions=True)
        await asyncio.shield(reader)


async def _check_as_keys_arrive(batch: _Batch, arrived: _Arrived, lanes: _Lanes, producers: int = 1) -> None:
    async def one(account: Account, key: str, read: Read | None) -> None:
        new_version = read is not None and read.version != account.team_version
        outcome = await lanes.test(account, key, new_version)
        swapped = other_account(account, outcome.stripe_account_id) \
            if new_version and outcome.problem is None else None
        if swapped is not None:  # a version nobody here tested, of another Stripe account: not taken
            batch.finish(account, swapped)
            return
        batch.finish(account, outcome.problem, outcome.stripe_account_id, outcome.display_name, read)

    checks: list[asyncio.Future[None]] = []
    try:
        while producers:
            item = await arrived.get()
            if item is None:
                producers -= 1
                continue
            account_id, loaded = item
            if isinstance(loaded, Problem):
                batch.finish(batch.by_id[account_id], loaded)
            elif isinstance(loaded, str):
                checks.append(asyncio.ensure_future(one(batch.by_id[account_id], loaded, None)))
            else:
                checks.append(asyncio.ensure_future(one(batch.by_id[account_id], loaded.key, loaded)))
        await asyncio.gather(*checks)
    finally:  # cancelled (or failed) while keys were still arriving: end every check
        for check in checks:  # before the clients and their connections go away
            check.cancel()
        await asyncio.gather(*checks, return_exceptions=True)


class _Lanes:
    """At most `concurrency` checks at once, in lanes of LANE_WIDTH, each lane with an HTTP
    client of its own: httpcore looks at every connection of its pool for each request it
    sends, which with 32 connections in one pool was an eighth of the time at 1,000 accounts
    (docs/performance.md). A free slot says which lane to use."""

    def __init__(self, services: Services, clients: list[Any], width: int) -> None:
        self.services = services
        self.policy = services.stripe_policy()
        self.clients = clients
        self.slots: asyncio.Queue[int] = asyncio.Queue()
        for slot in range(width):
            self.slots.put_nowait(slot % len(clients))

    @classmethod
    @contextlib.asynccontextmanager
    async def open(cls, services: Services, concurrency: int) -> AsyncIterator[_Lanes]:
        from linkwizard.net import transport
        from linkwizard.stripe import client as stripe_api

        width = max(1, concurrency)
        lanes = -(-width // LANE_WIDTH)
        policy = services.stripe_policy()
        async with contextlib.AsyncExitStack() as stack:
            trust = transport.trust_context()
            clients = [await stack.enter_async_context(stripe_api.make_client(
                services.api_base, policy, connections=-(-width // lanes), trust=trust)) for _ in range(lanes)]
            yield cls(services, clients, width)

    async def test(self, account: Account, key: str, new_version: bool = False) -> ConnectionResult:
        """The connection test for one stored key. The Stripe account and mode were learned
        when linking; they are asked for again only when unknown (accounts linked before
        restricted keys had identities learn theirs here), or for a team key's version this
        computer has not tested (`new_version`): it must belong to the same account."""
        from linkwizard.stripe import client as stripe_api

        lane = await self.slots.get()
        try:
            return await stripe_api.test_connection(
                self.clients[lane], key, account.key_kind, account.environment, self.policy,
                identity=account.stripe_account_id is None or new_version, context=account.stripe_context)
        finally:
            self.slots.put_nowait(lane)


def other_account(account: Account, tested: str | None) -> Problem | None:
    """A team key's new version is trusted only for the Stripe account that was linked; the
    problem that names both, or None when it is the same (or either is not known)."""
    if not tested or not account.stripe_account_id or tested == account.stripe_account_id:
        return None
    return problem(ProblemKind.TEAM_KEY_OTHER_ACCOUNT, values={
        "name": account.name, "linked": account.stripe_account_id, "found": tested},
        detail=f"team entry {account.team_path}")


def health_after(account: Account, found: Problem | None) -> Account:
    """The record after a check: needs attention only when the key itself is at fault
    (Stripe refused it with 401 or 403, or it is gone from the keyring)."""
    if found is None:
        return healthy_after_check(account, now_iso())
    failed = replace(account, status_reason=found.title, last_http_status=found.status,
                     last_stripe_code=found.stripe_code, last_request_id=found.request_id)
    key_at_fault = found.kind in (ProblemKind.KEY_MISSING, ProblemKind.KEY_DAMAGED, ProblemKind.TEAM_ENTRY_GONE,
                                  ProblemKind.TEAM_KEY_OTHER_ACCOUNT, ProblemKind.TEAM_KEY_OTHER_ENVIRONMENT)
    if found.category in (Category.REJECTED, Category.FORBIDDEN) or key_at_fault:
        failures = account.auth_failures + (1 if found.category is Category.REJECTED else 0)
        return replace(failed, status=Health.NEEDS_ATTENTION, auth_failures=failures)
    if found.category is Category.UNREACHABLE:
        return replace(failed, status=Health.UNREACHABLE)
    return replace(failed, status=Health.UNKNOWN)


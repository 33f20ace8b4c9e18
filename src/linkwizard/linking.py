"""The use cases both front ends share: link an account and verify linked accounts.

The CLI calls these directly; the GUI calls the very same functions from a worker thread.
"""

from __future__ import annotations

import asyncio
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
from linkwizard.keys import Environment, KeyCheck, check_key
from linkwizard.problems import Category, LinkwizardError, Problem, ProblemKind
from linkwizard.vault import Vault

if TYPE_CHECKING:  # stripe_api pulls in httpx; only commands that send requests import it
    from linkwizard.stripe_api import ConnectionResult, Policy

DEFAULT_CONCURRENCY = 8
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


def preflight(raw_key: str, environment: Environment, name: str | None,
              services: Services) -> tuple[KeyCheck, str]:
    """Everything that can refuse a link without a request: key, name, keyring."""
    check = check_key(raw_key, environment)
    if check.problem is not None:
        raise LinkwizardError(check.problem)
    accounts = services.store.load()
    final_name = clean_name(name) if name else default_name(environment, [a.name for a in accounts])
    services.store.check_name_free(final_name, accounts)
    services.vault.ensure_available()
    return check, final_name


def connect(raw_key: str, environment: Environment, name: str | None, services: Services,
            cancel: CancelToken | None = None,
            on_stage: Callable[[str], None] = lambda stage: None) -> Account:
    """Pre-flight, connection test, then save. Nothing is saved unless all of it succeeds."""
    from linkwizard import stripe_api

    on_stage("checking")
    check, final_name = preflight(raw_key, environment, name, services)
    kind = check.kind
    assert kind is not None
    policy = _policy(services)

    async def test() -> ConnectionResult:
        async with stripe_api.make_client(services.api_base, policy) as client:
            return await stripe_api.test_connection(client, check.key, kind, environment, policy)

    on_stage("contacting")
    result = run_cancellable(test, cancel)
    log.info("connection test for %s (%s): %s", check.hint, environment.value,
             result.problem.kind.name if result.problem else "ok")
    if result.problem is not None:
        raise LinkwizardError(result.problem)
    if cancel is not None and cancel.cancelled:
        raise cancelled_error()
    on_stage("saving")
    account = Account(
        id=new_account_id(), name=final_name, environment=environment, key_kind=kind,
        key_hint=check.hint, created_at=now_iso(), stripe_account_id=result.stripe_account_id,
        display_name=result.display_name, last_verified_at=now_iso(), status=Health.OK)
    return services.store.add(account, check.key, services.vault)


def verify(accounts: list[Account], services: Services, cancel: CancelToken | None = None,
           on_result: Callable[[VerifyResult], None] = lambda result: None,
           concurrency: int = DEFAULT_CONCURRENCY) -> list[VerifyResult]:
    """Test each account's stored key, concurrently, and record its health."""
    from linkwizard import stripe_api

    policy = _policy(services)
    keys: dict[str, str] = {}
    early: dict[str, Problem] = {}
    for account in accounts:
        try:
            keys[account.id] = services.vault.load(account.id)
        except LinkwizardError as exc:
            early[account.id] = exc.problem
    results: dict[str, VerifyResult] = {}

    def finish(account: Account, found: Problem | None, identity: tuple[str | None, str | None]) -> None:
        def change(stored: Account) -> Account:
            stripe_id, display = identity
            checked = health_after(stored, found)
            return replace(checked, stripe_account_id=stripe_id or stored.stripe_account_id,
                           display_name=display or stored.display_name)

        log.info("verified %s (%s): %s", account.id, account.key_hint, found.kind.name if found else "ok")
        updated = services.store.update(account.id, change)
        results[account.id] = VerifyResult(updated, found)
        on_result(results[account.id])

    for account in accounts:
        if account.id in early:
            finish(account, early[account.id], (None, None))

    async def run_all() -> None:
        gate = asyncio.Semaphore(max(1, concurrency))
        async with stripe_api.make_client(services.api_base, policy) as client:

            async def one(account: Account) -> None:
                async with gate:
                    outcome = await stripe_api.test_connection(
                        client, keys[account.id], account.key_kind, account.environment, policy)
                finish(account, outcome.problem, (outcome.stripe_account_id, outcome.display_name))

            await asyncio.gather(*(one(a) for a in accounts if a.id in keys))

    if keys:
        run_cancellable(run_all, cancel)
    return [results[a.id] for a in accounts if a.id in results]


def health_after(account: Account, found: Problem | None) -> Account:
    """The record after a check: needs attention only when the key itself is at fault."""
    if found is None:
        return replace(account, status=Health.OK, status_reason=None, auth_failures=0,
                       last_verified_at=now_iso())
    if found.category in (Category.REJECTED, Category.FORBIDDEN) or found.kind in (
            ProblemKind.KEY_MISSING, ProblemKind.MODE_MISMATCH):
        failures = account.auth_failures + (1 if found.category is Category.REJECTED else 0)
        return replace(account, status=Health.NEEDS_ATTENTION, status_reason=found.title,
                       auth_failures=failures)
    if found.category is Category.UNREACHABLE:
        return replace(account, status=Health.UNREACHABLE, status_reason=found.title)
    return replace(account, status=Health.UNKNOWN, status_reason=found.title)


def _policy(services: Services) -> Policy:
    from linkwizard.stripe_api import Policy

    return services.policy or Policy()

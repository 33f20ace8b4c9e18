"""Look after linked accounts: rename, remove, and re-read what a key may do."""

from __future__ import annotations

from dataclasses import replace

from linkwizard.domain.permissions import PermissionCheck
from linkwizard.domain.problems import LinkwizardError, Problem
from linkwizard.store.accounts import Account, now_iso
from linkwizard.usecases.cancellation import CancelToken, run_cancellable
from linkwizard.usecases.services import Services
from linkwizard.usecases.verifying import health_after


def rename(ref: str, new_name: str, services: Services) -> Account:
    """A new name (cleaned and checked like any name); the key is untouched."""
    return services.store.rename(ref, new_name)


def remove(ref: str, services: Services) -> Account:
    """Record first, keyring second: a failure never leaves a record without its key."""
    removed = services.store.remove(ref)
    services.vault.delete(removed.id)
    return removed


def check_permissions(ref: str, services: Services, cancel: CancelToken | None = None) -> Account:
    """Probe what the account's key can read now, and keep the checklist with the account."""
    from linkwizard.stripe import client as stripe_api

    account = services.store.find(ref)
    key = services.vault.load(account.id)
    policy = services.stripe_policy()

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

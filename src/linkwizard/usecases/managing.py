"""Look after linked accounts: rename, remove, and re-read what a key may do."""

from __future__ import annotations

from dataclasses import replace

from linkwizard.domain.account import Account, now_iso
from linkwizard.domain.permissions import PermissionCheck
from linkwizard.domain.problems import LinkwizardError, Problem
from linkwizard.usecases.cancellation import CancelToken, run_cancellable
from linkwizard.usecases.keys import store_for
from linkwizard.usecases.services import Services
from linkwizard.usecases.verifying import health_after


def rename(ref: str, new_name: str, services: Services) -> Account:
    """A new name (cleaned and checked like any name); the key is untouched."""
    return services.store.rename(ref, new_name)


def remove(ref: str, services: Services, from_team: bool = False, cancel: CancelToken | None = None) -> Account:
    """Record first, keyring second: a failure never leaves a record without its key. A team
    account's entry stays in the vault, unless `from_team`: then its latest version is
    soft-deleted first (a teammate can still undelete it), and the record goes only after."""
    account = services.store.find(ref)
    if from_team and account.in_team_vault:
        from linkwizard.usecases import team

        settings = team.settings_of(account, services)
        team.in_session(services, lambda session: session.delete_latest(team.name_in_vault(account)), cancel,
                        settings)
    removed = services.store.remove(account.id)
    store_for(removed, services).forget(removed)
    return removed


def check_permissions(ref: str, services: Services, cancel: CancelToken | None = None) -> Account:
    """Probe what the account's key can read now, and keep the checklist with the account."""
    from linkwizard.stripe import client as stripe_api

    account = services.store.find(ref)
    key = store_for(account, services).load(account, cancel)
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

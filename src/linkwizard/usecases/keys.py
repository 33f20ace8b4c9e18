"""Where a linked account's key lives: one small interface, two implementations.

`KeyStore` is what linking, verifying, `exec` and the window see; `store_for(account)` picks
the OS keyring (the default, for one person) or the team vault (OpenBao or Vault KV v2, for a
team) by the record's `store`. Writing a new key differs too much between the two (a team
write is check-and-set against a version) to hide: `linking` does each in its own function.
"""

from __future__ import annotations

import logging
from typing import Protocol

from linkwizard.domain.account import Account
from linkwizard.domain.problems import Category, LinkwizardError, ProblemKind
from linkwizard.usecases.cancellation import CancelToken
from linkwizard.usecases.services import Services

log = logging.getLogger(__name__)


class KeyStore(Protocol):
    def load(self, account: Account, cancel: CancelToken | None = None) -> str:
        """The account's key now, or LinkwizardError with what kept it."""

    def forget(self, account: Account) -> None:
        """This computer's hold on the key goes: the keyring entry, or the offline copy."""


class InKeyring:
    def __init__(self, services: Services) -> None:
        self.services = services

    def load(self, account: Account, cancel: CancelToken | None = None) -> str:
        return self.services.keyring.load(account.id)

    def forget(self, account: Account) -> None:
        self.services.keyring.delete(account.id)


class InTeamVault:
    """The entry stays in the vault when an account is removed here (`remove --from-team` is
    its own request). `offline_copy`: the last good key, used only when the vault cannot be
    reached, with `warn` told so."""

    def __init__(self, services: Services, use_offline_copy: bool = False) -> None:
        self.services = services
        self.use_offline_copy = use_offline_copy
        self.warning: str | None = None

    def load(self, account: Account, cancel: CancelToken | None = None) -> str:
        from linkwizard.usecases import team as team_config

        try:
            found = team_config.quick_read(self.services, account)  # the ordinary case, without httpx
            if found is None:
                from linkwizard.usecases import team

                read = team.read_key(self.services, account, cancel)
                found = (read.key, read.version)
        except LinkwizardError as exc:
            if exc.problem.kind is ProblemKind.TEAM_KEY_OTHER_ENVIRONMENT:  # swapped: the account says so too
                from linkwizard.usecases.verifying import health_after

                found_problem = exc.problem
                self.services.store.update_many({account.id: lambda stored: health_after(stored, found_problem)})
                raise
            if not (self.use_offline_copy and account.offline_copy and exc.problem.category is Category.UNREACHABLE):
                raise
            key = self.services.keyring.load(account.id)
            self.warning = (f"the team vault cannot be reached ({exc.problem.title}); using the offline copy of "
                            f"\u201c{account.name}\u201d's key kept on this computer")
            log.warning("team vault unreachable; offline copy used for %s", account.id)
            return key
        key, version = found
        if version == account.team_version:
            return key
        proven = self._prove(account, cancel)
        if proven.team_version == version:
            return key
        # Replaced again while it was tested: the version just proven is read once more.
        return self.load(proven, cancel)

    def _prove(self, account: Account, cancel: CancelToken | None) -> Account:
        """A version this computer has not tested is used only once it passes the connection
        test and belongs to the account that was linked: verify tests the current version and
        records it, or says why not (another Stripe account or environment, a refused key)."""
        from dataclasses import replace

        from linkwizard.stripe.base import api_base_from_env
        from linkwizard.usecases import verifying

        services = self.services  # exec asks Stripe nothing, so it comes without an API base
        if not services.api_base:
            services = replace(services, api_base=api_base_from_env())
        [result] = verifying.verify([account], services, cancel)
        if result.problem is not None:
            raise LinkwizardError(result.problem)
        return result.account

    def forget(self, account: Account) -> None:
        if account.offline_copy:
            self.services.keyring.delete(account.id)


def store_for(account: Account, services: Services, use_offline_copy: bool = False) -> KeyStore:
    return InTeamVault(services, use_offline_copy) if account.in_team_vault else InKeyring(services)

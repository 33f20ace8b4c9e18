"""What the use cases talk to, and how a front end gets it for this computer."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.store.config import ConfigFile
from linkwizard.stripe.base import api_base_from_env, is_stripe

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.stripe.client import Policy


@dataclass(frozen=True)
class Services:
    """What the use cases talk to; one instance per front end."""

    store: AccountStore
    keyring: OSKeyring
    api_base: str
    policy: Policy | None = None
    config: ConfigFile | None = None  # the settings file; None: this user's (store.config)

    @classmethod
    def for_this_computer(cls) -> Services:
        """This user's account list and keyring, and the API base from the environment
        (`LINKWIZARD_API_BASE`); raises `LinkwizardError` when that base is refused."""
        return cls(store=AccountStore(paths.data_dir()), keyring=OSKeyring(), api_base=api_base_from_env())

    @property
    def talks_to_stripe(self) -> bool:
        """False when `LINKWIZARD_API_BASE` points elsewhere (a test server): front ends say so."""
        return is_stripe(self.api_base)

    @property
    def sends_live_keys_elsewhere(self) -> bool:
        """Live keys go to that other address too (LINKWIZARD_SEND_LIVE_KEYS_TO_API_BASE=1)."""
        import os

        from linkwizard.stripe.base import SEND_LIVE_KEYS_ENV

        return not self.talks_to_stripe and os.environ.get(SEND_LIVE_KEYS_ENV) == "1"

    def stripe_policy(self) -> Policy:
        from linkwizard.stripe.client import Policy  # httpx, only for commands that send a request

        return self.policy or Policy()


class Stage(enum.Enum):
    """Where a link or a key replacement is, for a progress display."""

    CHECKING = "checking"  # pre-flight: the key, the name, the keyring
    CONTACTING = "contacting"  # the connection test
    PERMISSIONS = "permissions"  # the permission probe
    SAVING = "saving"  # keyring and account list


OnStage = Callable[[Stage], None]


def no_stage(stage: Stage) -> None:
    """The default `on_stage`: no progress display."""

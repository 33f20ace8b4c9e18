"""Whether and where a team vault is set up (the settings file's `team` section), and what a
login needs. Apart from `usecases.team` so that the window can ask at start, and build a
login, without loading the vault's HTTP client."""

from __future__ import annotations

from dataclasses import dataclass

from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.store.config import ConfigFile
from linkwizard.team.settings import Settings
from linkwizard.usecases.services import Services

SECTION = "team"


@dataclass(frozen=True)
class Credentials:
    """What a login method needs; each secret only in memory, never in a file or argv."""

    method: str  # token | userpass | approle | oidc
    token: str | None = None
    username: str | None = None
    password: str | None = None
    role_id: str | None = None
    secret_id: str | None = None

    def __repr__(self) -> str:
        return f"Credentials(method={self.method}, username={self.username!r})"


def config(services: Services) -> ConfigFile:
    return services.config or ConfigFile()


def team_settings(services: Services) -> Settings:
    """The saved settings, or TEAM_NOT_SET_UP."""
    saved = config(services).section(SECTION)
    if saved is None:
        raise LinkwizardError(problem(ProblemKind.TEAM_NOT_SET_UP, detail="no team section"))
    return Settings.from_json(saved)


def saved_settings(services: Services) -> Settings | None:
    try:
        return team_settings(services)
    except LinkwizardError:
        return None

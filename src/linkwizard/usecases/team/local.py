"""Whether and where a team vault is set up (the settings file's `team` section), the login
this computer keeps for it, and `exec`'s direct read of a key. Apart from the rest of `usecases.team` so
that the window can ask at start, and `exec` can read a key, without loading httpx."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from linkwizard.domain import redaction
from linkwizard.domain.account import Account
from linkwizard.domain.keys import check_stored
from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.domain.team_login import LoginMethod
from linkwizard.store.config import ConfigFile
from linkwizard.team.settings import Settings, build
from linkwizard.usecases.services import Services

SECTION = "team"
RENEW_WHEN_LEFT = 1 / 3  # renew a renewable token once less than a third of its lifetime is left


@dataclass(frozen=True)
class Credentials:
    """What a login method needs; each secret only in memory, never in a file or argv."""

    method: LoginMethod
    token: str | None = None
    username: str | None = None
    password: str | None = None
    role_id: str | None = None
    secret_id: str | None = None
    role: str | None = None  # OIDC: the vault's role (None: the auth method's default role)

    def __repr__(self) -> str:
        return f"Credentials(method={self.method.value}, username={self.username!r}, role={self.role!r})"


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


@dataclass(frozen=True)
class StoredLogin:
    """What the keyring holds for the vault: the token and what is known of its lifetime."""

    token: str
    expires_at: float | None  # epoch seconds; None: no expiry
    renewable: bool
    lifetime: int  # seconds the token was issued (or last renewed) for
    display_name: str
    method: LoginMethod = LoginMethod.TOKEN  # how the person logged in; older logins: a token
    clock: Callable[[], float] = field(default=time.time, compare=False)  # epoch seconds now (tests pass theirs)

    def __repr__(self) -> str:
        return (f"StoredLogin(expires_at={self.expires_at}, renewable={self.renewable}, name={self.display_name!r}, "
                f"method={self.method.value})")

    def to_text(self) -> str:
        return json.dumps({"token": self.token, "expires_at": self.expires_at, "renewable": self.renewable,
                           "lifetime": self.lifetime, "display_name": self.display_name,
                           "method": self.method.value})

    @classmethod
    def from_text(cls, text: str) -> StoredLogin | None:
        try:
            data = json.loads(text)
            login = cls(token=str(data["token"]), expires_at=data["expires_at"], renewable=bool(data["renewable"]),
                        lifetime=int(data["lifetime"]), display_name=str(data["display_name"]),
                        method=LoginMethod.of(data.get("method") or "token"))
        except (ValueError, KeyError, TypeError):
            return None
        redaction.remember(login.token)
        return login

    @property
    def expired(self) -> bool:
        return self.expires_at is not None and self.expires_at <= self.clock()

    @property
    def due_for_renewal(self) -> bool:
        if not self.renewable or self.expires_at is None or self.lifetime <= 0:
            return False
        return self.expires_at - self.clock() < self.lifetime * RENEW_WHEN_LEFT

    def seconds_left(self) -> int | None:
        return None if self.expires_at is None else max(0, int(self.expires_at - self.clock()))


def stored_login(services: Services, settings: Settings) -> StoredLogin | None:
    text = services.keyring.load_token(settings.address)
    return StoredLogin.from_text(text) if text else None


def settings_of(account: Account, services: Services) -> Settings:
    """The vault a team account's key is in: the saved settings when they are that vault's
    (namespace and CA file come from there), else its own address and mount."""
    saved = saved_settings(services)
    prefix, _, _ = (account.team_path or "").rpartition("/")
    if saved is not None and saved.address == account.team_address and saved.mount == account.team_mount:
        return replace(saved, prefix=prefix or saved.prefix)
    return build(account.team_address, account.team_mount, prefix or None, environ={})


def name_in_vault(account: Account) -> str:
    return (account.team_path or "").rpartition("/")[2]


def quick_read(services: Services, account: Account) -> tuple[str, int] | None:
    """A team account's key and its version by the direct path (`team.direct`: no httpx), or
    None when that path does not apply: no login, one to renew or past its expiry, or anything
    but an ordinary answer. The caller then asks the full client, which also says what went wrong."""
    try:
        settings = settings_of(account, services)
        stored = stored_login(services, settings)
    except LinkwizardError:
        return None
    if stored is None or stored.expired or stored.due_for_renewal:
        return None
    from linkwizard.team import direct  # http.client: only when a key is read

    found = direct.read_current(settings, stored.token, name_in_vault(account))
    if found is None:
        return None
    key, version = found
    return (key, version) if check_stored(key, account.environment).problem is None else None

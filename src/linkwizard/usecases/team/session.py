"""Setting up the team vault, logging in and out, and a session with this computer's login
(`in_session`), which every other team use case runs its work in.

The login token is kept only in the OS keyring, as JSON with what the vault said of its
lifetime, so that a command knows without a round trip whether to renew it first.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from linkwizard.domain import redaction
from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.domain.team_login import LoginMethod
from linkwizard.team import vault as team_api
from linkwizard.team.settings import Settings, build
from linkwizard.team.vault import TokenInfo
from linkwizard.usecases.cancellation import CancelToken, run_cancellable
from linkwizard.usecases.services import Services
from linkwizard.usecases.team.local import (
    SECTION,
    Credentials,
    StoredLogin,
    config,
    team_settings,
)
from linkwizard.usecases.team.local import stored_login as _stored_login

log = logging.getLogger(__name__)
T = TypeVar("T")

TOKEN_VARIABLES = ("VAULT_TOKEN", "BAO_TOKEN")
ROLE_VARIABLES = ("VAULT_ROLE_ID", "BAO_ROLE_ID")
SECRET_ID_VARIABLES = ("VAULT_SECRET_ID", "BAO_SECRET_ID")


# settings ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SetupResult:
    settings: Settings
    health: team_api.Health
    kv_checked: bool  # the mount was seen to be KV v2 (needs a login; else checked at login)


def setup(services: Services, address: str | None, mount: str | None = None, prefix: str | None = None,
          namespace: str | None = None, ca_cert: str | None = None,
          cancel: CancelToken | None = None) -> SetupResult:
    """Check the vault answers (sys/health) and, once logged in, that the mount is KV v2;
    then save the settings. Nothing is saved when a check fails."""
    settings = build(address, mount, prefix, namespace, ca_cert)
    token = _stored_login(services, settings)

    async def work() -> SetupResult:
        async with team_api.Session(settings, token.token if token else None) as session:
            health = await session.require_serving()
            if token is None:
                return SetupResult(settings, health, kv_checked=False)
            try:
                await _require_kv2(session)
            except LinkwizardError as exc:  # a login of another mount, or an old one: checked at login
                if exc.problem.kind not in (ProblemKind.TEAM_FORBIDDEN, ProblemKind.TEAM_LOGIN_EXPIRED):
                    raise
                return SetupResult(settings, health, kv_checked=False)
            return SetupResult(settings, health, kv_checked=True)

    found = run_cancellable(work, cancel)
    config(services).set_section(SECTION, settings.to_json())
    return found


async def _require_kv2(session: team_api.Session) -> None:
    if await session.mount_version() != "2":
        raise LinkwizardError(problem(ProblemKind.TEAM_NOT_KV2, values={"mount": session.settings.mount}))


# the login ------------------------------------------------------------------------------
def require_login(services: Services, settings: Settings) -> StoredLogin:
    login = _stored_login(services, settings)
    if login is None:
        raise LinkwizardError(problem(ProblemKind.TEAM_NOT_LOGGED_IN, detail="no token in the keyring"))
    if login.expired:
        raise LinkwizardError(problem(ProblemKind.TEAM_LOGIN_EXPIRED, detail="token past its expiry"))
    return login


def login(services: Services, credentials: Credentials, cancel: CancelToken | None = None,
          oidc: Callable[[team_api.Session], Awaitable[team_api.Login]] | None = None) -> TokenInfo:
    """Log in by `credentials.method`, check the token (lookup-self) and the mount, and keep the
    token in the OS keyring. `oidc` runs the browser flow for method "oidc" (usecases.team.oidc)."""
    settings = team_settings(services)
    services.keyring.ensure_available()

    async def work() -> tuple[team_api.Login, TokenInfo]:
        async with team_api.Session(settings) as anonymous:
            if credentials.method is LoginMethod.TOKEN:
                issued = team_api.Login(token=credentials.token or "", ttl=0, renewable=False)
            elif credentials.method is LoginMethod.USERPASS:
                issued = await anonymous.login_userpass(credentials.username or "", credentials.password or "")
            elif credentials.method is LoginMethod.APPROLE:
                issued = await anonymous.login_approle(credentials.role_id or "", credentials.secret_id or "")
            elif credentials.method is LoginMethod.OIDC and oidc is not None:
                issued = await oidc(anonymous)
            else:
                raise LinkwizardError(problem(ProblemKind.USAGE, detail=f"login method {credentials.method.value}"))
        redaction.remember(issued.token)
        async with team_api.Session(settings, issued.token) as session:
            try:
                info = await session.lookup_self()
            except LinkwizardError as exc:
                if exc.problem.kind is ProblemKind.TEAM_LOGIN_EXPIRED:  # a token the vault does not know
                    raise LinkwizardError(problem(ProblemKind.TEAM_LOGIN_REFUSED, status=403)) from None
                raise
            await _require_kv2(session)
        return issued, info

    if credentials.method is LoginMethod.TOKEN and not (credentials.token or "").strip():
        raise LinkwizardError(problem(ProblemKind.TEAM_LOGIN_REFUSED, detail="empty token"))
    issued, info = run_cancellable(work, cancel)
    ttl = info.ttl or issued.ttl
    stored = StoredLogin(token=issued.token, expires_at=time.time() + ttl if ttl else None,
                         renewable=info.renewable, lifetime=info.creation_ttl or ttl, display_name=info.display_name,
                         method=credentials.method)
    services.keyring.store_token(settings.address, stored.to_text())
    log.info("logged in to the team vault as %s (method %s)", info.display_name,
             credentials.method.value)
    return info


def logout(services: Services, cancel: CancelToken | None = None) -> bool:
    """Revoke the token (auth/token/revoke-self) and remove it from the keyring. False when the
    vault could not be told (unreachable): the keyring copy is removed all the same."""
    settings = team_settings(services)
    stored = _stored_login(services, settings)
    revoked = stored is None
    if stored is not None:
        async def work() -> None:
            async with team_api.Session(settings, stored.token) as session:
                await session.revoke_self()

        try:
            run_cancellable(work, cancel)
            revoked = True
        except LinkwizardError as exc:
            log.info("token not revoked: %s", exc.problem.kind.name)
    services.keyring.delete_token(settings.address)
    return revoked


def credentials_from_environment(method: LoginMethod, environ: dict[str, str] | None = None) -> Credentials | None:
    """For CI: a token from VAULT_TOKEN/BAO_TOKEN, an AppRole from VAULT_ROLE_ID/VAULT_SECRET_ID."""
    env = os.environ if environ is None else environ

    def first(names: tuple[str, ...]) -> str | None:
        return next((env[n].strip() for n in names if env.get(n, "").strip()), None)

    if method is LoginMethod.TOKEN and (token := first(TOKEN_VARIABLES)):
        return Credentials(LoginMethod.TOKEN, token=token)
    if method is LoginMethod.APPROLE and (role := first(ROLE_VARIABLES)) and (secret := first(SECRET_ID_VARIABLES)):
        return Credentials(LoginMethod.APPROLE, role_id=role, secret_id=secret)
    return None


# a session with this computer's login --------------------------------------------------
def in_session(services: Services, work: Callable[[team_api.Session], Awaitable[T]],
               cancel: CancelToken | None = None, settings: Settings | None = None) -> T:
    """Run `work` with a session logged in as this computer's token, renewing it first when
    less than a third of its lifetime is left."""
    chosen = settings or team_settings(services)
    stored = require_login(services, chosen)

    async def run() -> T:
        async with team_api.Session(chosen, stored.token) as session:
            if stored.due_for_renewal:
                await renew(services, chosen, session, stored)
            return await work(session)

    return run_cancellable(run, cancel)


async def renew(services: Services, settings: Settings, session: team_api.Session, stored: StoredLogin) -> None:
    try:
        renewed = await session.renew_self()
    except LinkwizardError as exc:
        log.info("token not renewed: %s", exc.problem.kind.name)
        return
    lifetime = renewed.ttl or stored.lifetime
    fresh = replace(stored, expires_at=time.time() + lifetime if lifetime else None, lifetime=lifetime)
    await asyncio.to_thread(services.keyring.store_token, settings.address, fresh.to_text())
    log.info("team vault login renewed for %s s", lifetime)



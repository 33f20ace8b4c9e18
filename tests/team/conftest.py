"""Fixtures of the team vault tests: one real `bao server -dev` for the session, and for each
test a fresh KV v2 mount, so tests never see each other's entries."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest

from linkwizard.secrets.os_keyring import SERVICE
from support.bao import DevServer, rules_for
from support.oidc_provider import Provider
from support.sandbox import Cli
from support.team_vault import TeamVault, log_in


@pytest.fixture(scope="session")
def bao(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    server = DevServer(tmp_path_factory.mktemp("bao-dev")).start()
    yield server
    server.stop()


@pytest.fixture
def vault(bao: DevServer) -> Iterator[TeamVault]:
    mount = bao.new_kv2_mount()
    found = TeamVault(bao, mount, "")
    found.admin_token = found.token(["create", "read", "update", "delete", "list"], name="alice")
    forget_logins(found)  # all tests share one keyring: no login of an earlier test's person
    yield found
    forget_logins(found)


def forget_logins(vault: TeamVault) -> None:
    for address in (vault.address, vault.teammate_address):
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, f"team-token {address}")


@pytest.fixture
def logged_in(cli: Cli, vault: TeamVault) -> TeamVault:
    log_in(cli, vault, vault.admin_token)
    return vault


@pytest.fixture
def provider() -> Iterator[Provider]:
    server = Provider().start()
    yield server
    server.stop()


@pytest.fixture
def oidc_vault(vault: TeamVault, provider: Provider) -> TeamVault:
    """The vault's OIDC auth method, configured as whoever runs the vault would."""
    bao = vault.bao
    _, mounts = bao.api("GET", "sys/auth")
    if "oidc/" not in mounts["data"]:
        bao.ok("POST", "sys/auth/oidc", {"type": "oidc"})
    bao.ok("POST", "auth/oidc/config", {"oidc_discovery_url": provider.issuer, "oidc_client_id": "linkwizard",
                                         "oidc_client_secret": "not-a-real-secret", "default_role": "team"})
    policy = f"{vault.mount}-oidc"
    bao.policy(policy, rules_for(vault.mount, "stripe", ["read", "list"]))
    bao.ok("POST", "auth/oidc/role/team", {"allowed_redirect_uris": ["http://localhost:8250/oidc/callback"],
                                           "user_claim": "sub", "bound_audiences": ["linkwizard"],
                                           "token_policies": [policy], "token_ttl": "1h"})
    return vault

"""Fixtures of the team vault tests: one real `bao server -dev` for the session, and for each
test a fresh KV v2 mount, so tests never see each other's entries."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import keyring
import keyring.errors
import pytest

from linkwizard.secrets.os_keyring import SERVICE
from support.bao import DevServer
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

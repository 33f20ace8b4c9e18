"""The team vault as a test's team uses it (tests/team): helpers over support.bao."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from support.bao import DevServer, rules_for
from support.sandbox import Cli


@dataclass
class TeamVault:
    """The vault as this test's team uses it: its address, a mount of its own, an admin token."""

    bao: DevServer
    mount: str
    admin_token: str
    prefix: str = "stripe"

    @property
    def address(self) -> str:
        return self.bao.url

    @property
    def teammate_address(self) -> str:
        """The same vault under another name: a teammate's computer keeps its own login (the
        keyring holds one token per address, and all tests share one keyring)."""
        return self.bao.url.replace("127.0.0.1", "localhost")

    def token(self, capabilities: list[str], name: str = "teammate", ttl: str = "1h") -> str:
        policy = f"{self.mount}-{'-'.join(capabilities)}"
        self.bao.policy(policy, rules_for(self.mount, self.prefix, capabilities))
        return self.bao.token([policy], ttl=ttl, display_name=name)

    def entry(self, name: str) -> tuple[int, dict[str, Any]]:
        status, body = self.bao.read(self.mount, f"{self.prefix}/{quote(name)}")
        return status, body or {}

    def metadata(self, name: str) -> dict[str, Any]:
        status, body = self.bao.api("GET", f"{self.mount}/metadata/{self.prefix}/{quote(name)}")
        assert status == 200, body
        return dict(body["data"])


def log_in(cli: Cli, vault: TeamVault, token: str, address: str | None = None) -> None:
    """`team setup` and `team login` as a person would run them, token on stdin."""
    setup = cli("team", "setup", "--address", address or vault.address, "--mount", vault.mount)
    assert setup.code == 0, setup.stderr
    login = cli("team", "login", stdin=token)
    assert login.code == 0, login.stderr



def other_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Switch this test's process environment to another person's HOME (their computer)."""
    root = tmp_path / name
    for variable, sub in (("HOME", ""), ("XDG_DATA_HOME", ".local/share"), ("XDG_STATE_HOME", ".local/state"),
                          ("XDG_CONFIG_HOME", ".config"), ("XDG_CACHE_HOME", ".cache")):
        (root / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(root / sub))

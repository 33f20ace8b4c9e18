"""Two teammates replace the same team key at the same moment: check-and-set lets exactly one
win each time, and the other is told who changed it first."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli
from support.team_vault import TeamVault, log_in, other_home

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("api_base")]
ROUNDS = 50
SHOP = "acct_1LwTeamRace0001"


def replace_at_once(environments: list[dict[str, str]], keys: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """Both `replace-key` processes started together, released by one barrier."""
    barrier = threading.Barrier(len(environments))
    done: list[subprocess.CompletedProcess[str] | None] = [None] * len(environments)

    def run(index: int) -> None:
        barrier.wait()
        done[index] = subprocess.run([sys.executable, "-m", "linkwizard", "replace-key", "Shop"],
                                     input=keys[index], capture_output=True, text=True, timeout=120,
                                     env=environments[index], check=False)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(environments))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result is not None for result in done)
    return [result for result in done if result is not None]


def test_two_replacements_at_once_one_wins_fifty_times(cli: Cli, stripe: FakeStripe, logged_in: TeamVault,
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = stripe.add_key(make_key(), account_id=SHOP)
    assert cli("connect", "--environment", "test", "--name", "Shop", "--store", "team", stdin=first).code == 0
    alice = dict(os.environ)
    other_home(tmp_path, monkeypatch, "bob")
    log_in(cli, logged_in, logged_in.token(["create", "read", "update", "list"], name="bob"),
           address=logged_in.teammate_address)
    assert cli("team", "add", "Shop").code == 0
    bob = dict(os.environ)
    people = [alice, bob]

    for round_ in range(ROUNDS):
        keys = [stripe.add_key(make_key(), account_id=SHOP) for _ in people]
        results = replace_at_once(people, keys)
        winners = [i for i, r in enumerate(results) if r.returncode == 0]
        assert len(winners) == 1, [(r.returncode, r.stderr) for r in results]
        winner, loser = winners[0], 1 - winners[0]
        assert results[loser].returncode == 6, results[loser].stderr
        # Who: the metadata can still name the version before (data and metadata are two writes).
        assert re.search(r"Changed by (token-\w+|you) at \d{4}-\d\d-\d\d \d\d:\d\d ", results[loser].stderr)
        assert "Your new key was tested but not saved" in results[loser].stderr
        version = round_ + 2
        assert f"version {version}" in results[winner].stdout
        entry = logged_in.entry("Shop")[1]["data"]
        assert entry["metadata"]["version"] == version  # no version lost, none written twice
        assert entry["data"]["api_key"] == keys[winner]
        monkeypatch.setattr(os, "environ", people[loser])
        picked = cli("verify", "Shop")
        assert picked.code == 0, picked.stderr
        assert f"version {version}" in picked.stdout
        for person in people:
            monkeypatch.setattr(os, "environ", person)
            assert json.loads(cli("accounts", "--json").stdout)[0]["team_version"] == version

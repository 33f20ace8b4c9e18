"""A team vault that is a cluster: three `bao server` nodes on Raft. Losing the leader in the
middle of `verify --all` or `exec` costs a network message at most, never a wrong record."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.bao import Raft, call
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli

pytestmark = pytest.mark.slow
ENTRIES = 100


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Raft]:
    raft = Raft(tmp_path / "raft")
    raft.folder.mkdir()
    try:
        yield raft.start()
    finally:
        raft.stop()


@pytest.fixture
def any_key_stripe(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeStripe]:
    server = FakeStripe(accept_any_key=True).start()
    monkeypatch.setenv("LINKWIZARD_API_BASE", server.url)
    yield server
    server.stop()


def seed_entries(cluster: Raft) -> dict[str, str]:
    """ENTRIES Stripe keys written the way `connect --store team` writes them."""
    status, answer = cluster.api("POST", "sys/mounts/secret", {"type": "kv", "options": {"version": "2"}})
    assert status in (200, 204), answer
    keys = {}
    for number in range(ENTRIES):
        name, key = f"shop-{number:03d}", make_key()
        keys[name] = key
        for path, body in ((f"secret/data/stripe/{name}", {"options": {"cas": 0}, "data": {"api_key": key}}),
                           (f"secret/metadata/stripe/{name}", {"custom_metadata": {
                               "environment": "test", "key_kind": "secret", "key_hint": f"sk_test_...{key[-4:]}",
                               "linked_by": "seed"}})):
            status, answer = cluster.api("POST", path, body)
            assert status in (200, 204), answer
    return keys


def test_losing_the_leader_during_verify_and_exec(cli: Cli, cluster: Raft, any_key_stripe: FakeStripe,
                                                  tmp_path: Path) -> None:
    keys = seed_entries(cluster)
    standby = cluster.standby()  # this computer talks to a standby, which forwards to the leader
    assert call(standby.url, path="sys/health")[0] == 429
    assert cli("team", "setup", "--address", standby.url).code == 0
    assert cli("team", "login", stdin=cluster.root_token).code == 0
    added = cli("team", "add", "--all", timeout=300)
    assert added.code == 0, added.stderr
    assert len(json.loads(cli("accounts", "--json").stdout)) == ENTRIES

    any_key_stripe.latency = 0.1
    verify = subprocess.Popen([sys.executable, "-m", "linkwizard", "verify", "--all", "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=dict(os.environ))
    time.sleep(0.4)  # the verify is under way: keys are being read and tested
    cluster.leader().stop(signal.SIGKILL)
    marker = tmp_path / "ran-with-a-key"
    codes = []
    for _ in range(5):  # exec while there is no leader: with its key, or not at all
        marker.unlink(missing_ok=True)
        ran = cli("exec", "shop-000", "--", "sh", "-c", f'test -n "$STRIPE_API_KEY" && touch "{marker}"')
        assert ran.code in (0, 5), ran.stderr
        assert marker.exists() == (ran.code == 0)
        codes.append(ran.code)
    out, err = verify.communicate(timeout=300)
    assert verify.returncode in (0, 5), err
    results = json.loads(out)
    assert len(results) == ENTRIES
    assert {r["status"] for r in results} <= {"ok", "unreachable"}, err  # never refused by Stripe
    for line in err.splitlines():
        assert "team vault" in line.lower(), line  # only the vault's own (network) messages

    cluster.new_leader_elected()
    again = cli("verify", "--all", "--json", timeout=300)
    assert again.code == 0, again.stderr
    assert {r["status"] for r in json.loads(again.stdout)} == {"ok"}
    for name, key in list(keys.items())[:10]:  # nothing was written wrong
        status, answer = cluster.api("GET", f"secret/data/stripe/{name}")
        assert status == 200
        assert answer["data"]["data"] == {"api_key": key}
        assert answer["data"]["metadata"]["version"] == 1
    print(f"exec during the election: exit codes {codes}")

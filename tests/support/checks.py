"""Accounts linked against the fake Stripe, and a checks process spoken to as the window
speaks to it (tests/unit/usecases/test_checks_process.py, the bundle's test in e2e)."""

from __future__ import annotations

import json
import subprocess

from linkwizard.domain.account import Account
from linkwizard.domain.keys import Environment
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.stripe.client import Policy
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import Services
from support.fake_stripe import FakeStripe, make_key

FAST = Policy(connect_timeout=1, read_timeout=1.0, total_timeout=8, initial_delay=0.05, max_delay=0.1)


def services(api_base: str) -> Services:
    return Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(), api_base=api_base, policy=FAST)


def linked(stripe: FakeStripe, count: int) -> tuple[list[Account], list[str]]:
    keys = [stripe.add_key(make_key()) for _ in range(count)]
    accounts = [linking.link(LinkRequest(key, Environment.TEST, f"Shop {n}"), services(stripe.url))
                for n, key in enumerate(keys)]
    return accounts, keys


def request_line(accounts: list[Account], api_base: str) -> str:
    return json.dumps({"accounts": [a.id for a in accounts], "automatic": False, "concurrency": 4,
                       "api_base": api_base, "data_dir": str(paths.data_dir()), "policy": None}) + "\n"


def talk_to_child(command: list[str], accounts: list[Account], api_base: str) -> tuple[list[str], str]:
    """Run a checks process as the window does; its lines to the parent, and all it said."""
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as child:
        assert child.stdin is not None
        assert child.stdout is not None
        assert child.stderr is not None
        child.stdin.write(request_line(accounts, api_base))
        child.stdin.flush()
        lines = []
        for line in child.stdout:
            lines.append(line)
            if '"done"' in line or '"error"' in line:
                break
        child.stdin.close()  # the parent's part is over: the child ends
        said = "".join(lines) + child.stdout.read() + child.stderr.read()
        assert child.wait(30) == 0, said
    return lines, said

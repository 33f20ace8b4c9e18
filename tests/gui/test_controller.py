"""The controller without a window: it decides, reports through signals, and stops every
thread when asked, whatever it was doing."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from linkwizard.domain.account import Account, Health
from linkwizard.domain.keys import Environment
from linkwizard.domain.problems import Problem, ProblemKind
from linkwizard.gui.controller import Controller
from linkwizard.gui.workers import Job, JobRunner
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import Services, Stage
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import FAST, services_for


@pytest.fixture
def controllers(qtbot: QtBot) -> Iterator[list[Controller]]:
    """Controllers made by a test end as in the app: shut down, then deleted by Qt's event loop
    (a parentless QObject collected by Python while its jobs' deferred deletes are queued crashes)."""
    made: list[Controller] = []
    yield made
    for controller in made:
        controller.shutdown()
        with qtbot.waitSignal(controller.destroyed, timeout=5000):
            controller.deleteLater()


@pytest.fixture
def controller_for(controllers: list[Controller]) -> Callable[[str], Controller]:
    def make(api_base: str) -> Controller:
        controllers.append(Controller(services_for(api_base)))
        return controllers[-1]

    return make


def test_the_controller_imports_no_widget() -> None:
    import ast
    from pathlib import Path

    import linkwizard.gui.controller as module

    tree = ast.parse(Path(module.__file__).read_text())
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert "PySide6.QtWidgets" not in imported
    assert "PySide6.QtGui" not in imported
    assert not any(name.startswith(("linkwizard.gui.window", "linkwizard.gui.wizard", "linkwizard.gui.common.dialogs"))
                   for name in imported)


def test_load_link_rename_remove_through_signals(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                 controller_for: Callable[[str], Controller]) -> None:
    controller = controller_for(api_base)
    with qtbot.waitSignal(controller.accounts_loaded, timeout=5000) as loaded:
        controller.load()
    assert loaded.args == [[]]
    stages: list[Stage] = []
    key = stripe.add_key(make_key())
    with qtbot.waitSignal(controller.account_added, timeout=10000) as added:
        controller.link(LinkRequest(key, Environment.TEST, "Shop")).on_progress(stages.append)
    account = added.args[0]
    assert isinstance(account, Account)
    assert account.name == "Shop"
    assert stages[0] is Stage.CHECKING
    assert Stage.SAVING in stages
    assert controller.model.names() == ["Shop"]
    with qtbot.waitSignal(controller.account_changed, timeout=5000) as renamed:
        controller.rename(account, "Shop (Test)")
    assert renamed.args[0].name == "Shop (Test)"
    assert controller.model.names() == ["Shop (Test)"]
    with qtbot.waitSignal(controller.account_removed, timeout=5000):
        controller.remove(renamed.args[0])
    assert controller.model.names() == []


def test_a_bad_name_reaches_the_problem_signal(qtbot: QtBot, stripe: FakeStripe,
                                               controller_for: Callable[[str], Controller],
                                                                   api_base: str) -> None:
    controller = controller_for(api_base)
    account = linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, "Shop"), services_for(api_base))
    with qtbot.waitSignal(controller.problem, timeout=5000) as shown:
        controller.rename(account, "bell\x07")
    assert shown.args[0].kind is ProblemKind.NAME_INVALID


def test_verify_now_and_automatic(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                  controller_for: Callable[[str], Controller]) -> None:
    from dataclasses import replace

    controller = controller_for(api_base)
    good = linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, "Good"), services_for(api_base))
    revoked_key = stripe.add_key(make_key())
    revoked = linking.link(LinkRequest(revoked_key, Environment.TEST, "Revoked"), services_for(api_base))
    stripe.add_key(revoked_key, customers=fs.invalid_key(revoked_key))
    paused = services_for(api_base).store.update(revoked.id, lambda a: replace(a, auth_failures=3))
    controller.model.set_accounts([good, paused])
    stripe.reset_counts()
    changed: list[Account] = []
    controller.account_changed.connect(changed.append)
    with qtbot.waitSignal(controller.checking_finished, timeout=10000):
        controller.verify_automatic()
    assert [a.name for a in changed] == ["Good"]
    assert stripe.count() == 1
    with qtbot.waitSignal(controller.checking_finished, timeout=10000):
        controller.verify([paused])  # asked for: it runs
    assert changed[-1].name == "Revoked"
    assert changed[-1].status is Health.NEEDS_ATTENTION


def test_a_check_of_many_accounts_runs_in_a_process_of_its_own(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                                controller_for: Callable[[str], Controller]) -> None:
    """Its Python then shares no GIL with the window (docs/performance.md); the window sees
    the same results, once a frame, as from a check in its own process."""
    import os

    from linkwizard.gui.controller import CHECKS_IN_CHILD_FROM
    from linkwizard.store import paths

    controller = controller_for(api_base)
    keys = [stripe.add_key(make_key()) for _ in range(CHECKS_IN_CHILD_FROM)]
    accounts = [linking.link(LinkRequest(key, Environment.TEST, f"Shop {n}"), services_for(api_base))
                for n, key in enumerate(keys)]
    stripe.add_key(keys[2], customers=fs.invalid_key(keys[2]))
    controller.model.set_accounts(accounts)
    changed: list[Account] = []
    controller.account_changed.connect(changed.append)
    with qtbot.waitSignal(controller.checking_finished, timeout=20000):
        controller.verify_automatic()
    assert sorted(a.name for a in changed) == sorted(a.name for a in accounts)
    status = {a.name: a.status for a in controller.model.accounts()}
    assert status.pop("Shop 2") is Health.NEEDS_ATTENTION
    assert set(status.values()) == {Health.OK}
    log = (paths.log_dir() / "linkwizard.log").read_text()
    assert f"checks process {os.getpid()}:" not in log
    assert f": {CHECKS_IN_CHILD_FROM} accounts" in log  # said by the child, with its own pid
    with qtbot.waitSignal(controller.checking_finished, timeout=10000):
        controller.verify(accounts[:1])  # one account: checked here, without starting a process
    assert (paths.log_dir() / "linkwizard.log").read_text().count("checks process") == 1
    assert len(changed) == CHECKS_IN_CHILD_FROM + 1
    assert changed[-1].name == "Shop 0"


def test_an_unexpected_error_is_an_internal_problem(qtbot: QtBot) -> None:
    runner = JobRunner()
    failures: list[Problem] = []

    def broken(cancel: object, report: object) -> int:
        raise ZeroDivisionError("a bug")

    job: Job[int, object] = runner.start(broken, on_failure=failures.append)
    qtbot.waitUntil(lambda: not job.is_running() and bool(failures), timeout=5000)
    assert failures[0].kind is ProblemKind.INTERNAL_ERROR
    assert "ZeroDivisionError" in failures[0].detail
    assert failures[0].category.value == "internal"  # not a keyring error any more
    runner.shutdown()


def test_jobs_hand_each_callback_its_own_type(qtbot: QtBot) -> None:
    runner = JobRunner()
    got: list[tuple[int, str]] = []

    def work(cancel: object, report: object) -> tuple[int, str]:
        return 42, "answer"

    runner.start(work, on_success=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert got == [(42, "answer")]
    runner.shutdown()


# shutdown ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hundred_accounts() -> Iterator[tuple[FakeStripe, list[Account]]]:
    """100 linked accounts (100 keyring entries) behind a fake Stripe that answers slowly."""
    import os
    import tempfile
    from pathlib import Path

    from linkwizard.domain.account import new_account_id, now_iso
    from linkwizard.domain.keys import KeyKind, key_hint
    from linkwizard.secrets.os_keyring import OSKeyring
    from linkwizard.store.accounts import AccountStore

    stripe = FakeStripe(accept_any_key=True).start()
    folder = Path(tempfile.mkdtemp(prefix="lw-hundred-"))
    services = Services(AccountStore(folder), OSKeyring(), stripe.url, FAST)
    accounts = []
    for number in range(100):
        key = make_key()
        account = Account(id=new_account_id(), name=f"Account {number}", environment=Environment.TEST,
                          key_kind=KeyKind.SECRET, key_hint=key_hint(key), created_at=now_iso(),
                          stripe_account_id=f"acct_1LwFake{number:08d}")
        accounts.append(linking.save_new(account, key, services))
    os.environ["LW_HUNDRED_STORE"] = str(folder)
    yield stripe, accounts
    for account in accounts:
        services.keyring.delete(account.id)
    stripe.stop()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["bulk check", "permissions", "link"])
def test_closing_during_any_job_ends_within_a_second_50_times(kind: str, qtbot: QtBot,
                                                              hundred_accounts: tuple[FakeStripe, list[Account]]
                                                              ) -> None:
    import os
    from pathlib import Path

    from linkwizard.secrets.os_keyring import OSKeyring
    from linkwizard.store.accounts import AccountStore

    stripe, accounts = hundred_accounts
    stripe.latency = 2.0  # every request waits at the server
    services = Services(AccountStore(Path(os.environ["LW_HUNDRED_STORE"])), OSKeyring(), stripe.url, FAST)
    slowest = 0.0
    try:
        for round_number in range(50):
            controller = Controller(services)
            controller.model.set_accounts(accounts)
            job: Job[Any, Any] | None
            if kind == "bulk check":
                job = controller.verify(accounts)
            elif kind == "permissions":
                job = controller.check_permissions(accounts[round_number])
            else:
                job = controller.link(LinkRequest(make_key(), Environment.TEST, f"New {round_number}"))
            assert job is not None
            qtbot.wait(20 + round_number % 5 * 40)  # reading the keyring, or waiting on the network
            started = time.monotonic()
            controller.shutdown()
            slowest = max(slowest, time.monotonic() - started)
            assert controller.runner.running() == 0
            controller.deleteLater()
            qtbot.wait(1)
    finally:
        stripe.latency = 0.0
    assert slowest < 1.0, f"the slowest shutdown took {slowest:.2f} s"

"""The window's batch checks in a process of their own: the same results as in this process,
reported as they come, cancellable, and no key on the pipe."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkwizard.domain.account import Health
from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.usecases import checks_process, verifying
from linkwizard.usecases.cancellation import CancelToken
from linkwizard.usecases.services import Services
from linkwizard.usecases.verifying import VerifyResult
from support import fake_stripe as fs
from support.checks import linked, request_line, services, talk_to_child
from support.fake_stripe import FakeStripe


def test_every_problem_crosses_the_pipe_unchanged() -> None:
    from dataclasses import replace

    for kind in ProblemKind:
        found = problem(kind, status=403, stripe_code="code", request_id="req_1", permission="rak_x", detail="d",
                        account_id="a", stripe_account="acct_1")
        found = replace(found, extra=(("Retry-After", "3"),), values=(("base", "http://127.0.0.1:9"),))
        assert checks_process.problem_from_json(checks_process.problem_to_json(found)) == found


def test_the_child_checks_like_this_process_and_reports_each_result(stripe: FakeStripe) -> None:
    accounts, keys = linked(stripe, 9)
    stripe.add_key(keys[3], customers=fs.invalid_key(keys[3]))  # revoked since
    stripe.add_key(keys[5], customers=fs.server_error(503, **{"Stripe-Should-Retry": "false"}))
    reported: list[VerifyResult] = []
    results = checks_process.verify_in_child(accounts, services(stripe.url), CancelToken(), reported.append, 4,
                                             automatic=True)
    assert sorted(r.account.id for r in reported) == sorted(a.id for a in accounts)
    assert results == reported
    status = {r.account.name: r.account.status for r in results}
    assert status.pop("Shop 3") is Health.NEEDS_ATTENTION
    assert status.pop("Shop 5") is Health.UNREACHABLE
    assert set(status.values()) == {Health.OK}
    refused = next(r for r in results if r.account.name == "Shop 3")
    assert refused.problem is not None
    assert refused.problem.kind is ProblemKind.INVALID_KEY
    stored = {a.name: a.status for a in AccountStore(paths.data_dir()).load()}  # the child's one write
    assert stored["Shop 3"] is Health.NEEDS_ATTENTION
    assert stored["Shop 0"] is Health.OK
    in_process = verifying.verify(accounts, services(stripe.url), automatic=True)
    assert {r.account.name: (r.account.status, r.problem and r.problem.kind) for r in in_process} == {
        r.account.name: (r.account.status, r.problem and r.problem.kind) for r in results}


def test_cancelling_ends_the_child_and_says_cancelled(stripe: FakeStripe) -> None:
    accounts, _ = linked(stripe, 8)
    stripe.latency = 5.0
    cancel = CancelToken()
    seen = fs.cancel_while_waiting(stripe, lambda: checks_process.verify_in_child(
        accounts, services(stripe.url), cancel, lambda result: None, 4, False), cancel)
    assert seen.in_flight > 0
    assert seen.seconds < 5
    [error] = seen.raised
    assert isinstance(error, LinkwizardError)
    assert error.problem.kind is ProblemKind.CANCELLED


def test_a_child_that_does_not_stop_when_cancelled_is_stopped(stripe: FakeStripe,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """On a machine too busy for the low-priority child, a cancelled check must still end: the
    window waits for it as it closes, and a thread destroyed while running aborts the app."""
    import sys
    import threading
    import time

    accounts, _ = linked(stripe, 2)
    deaf = "import sys, time; sys.stdin.readline(); time.sleep(60)"  # reads the request, then nothing
    monkeypatch.setattr(checks_process, "child_command", lambda: [sys.executable, "-c", deaf])
    monkeypatch.setattr(checks_process, "STOP_WAITING_S", 0.5)
    cancel = CancelToken()
    threading.Timer(0.3, cancel.cancel).start()
    started = time.monotonic()
    with pytest.raises(LinkwizardError) as raised:
        checks_process.verify_in_child(accounts, services(stripe.url), cancel, lambda result: None, 4, False)
    assert raised.value.problem.kind is ProblemKind.CANCELLED
    assert time.monotonic() - started < 5  # not the child's 60 s


def test_a_child_that_cannot_start_its_work_is_a_problem_not_a_hang(stripe: FakeStripe) -> None:
    accounts, _ = linked(stripe, 8)
    refused = Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(), api_base="ftp://example.invalid")
    with pytest.raises(LinkwizardError) as raised:
        checks_process.verify_in_child(accounts, refused, CancelToken(), lambda result: None, 4, False)
    assert raised.value.problem.kind is ProblemKind.API_BASE_REFUSED


def test_the_child_gives_way_to_the_window(stripe: FakeStripe) -> None:
    """Checks are background work: when both want the CPU, the window someone is using goes
    first (its process keeps the usual priority; the child's is lower)."""
    import os
    import subprocess
    import time

    accounts, _ = linked(stripe, 8)
    stripe.latency = 5.0
    with subprocess.Popen(checks_process.child_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as child:
        assert child.stdin is not None
        child.stdin.write(request_line(accounts, stripe.url))
        child.stdin.flush()
        deadline = time.monotonic() + 10
        while stripe.in_flight == 0 and time.monotonic() < deadline:  # the child is checking
            time.sleep(0.01)
        assert stripe.in_flight > 0
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(19, ours + checks_process.BACKGROUND_NICENESS) > ours
        child.stdin.close()  # cancels: the child says so and ends, without waiting for Stripe
        assert child.wait(10) == 1


def test_no_key_crosses_the_pipe(stripe: FakeStripe) -> None:
    """What the child writes to its parent, and to the terminal, holds records and problems only."""
    import json

    accounts, keys = linked(stripe, 8)
    stripe.add_key(keys[0], customers=fs.invalid_key(keys[0]))
    lines, said = talk_to_child(checks_process.child_command(), accounts, stripe.url)
    assert len(lines) == 9
    assert json.loads(lines[-1]) == {"done": True}
    assert sum('"INVALID_KEY"' in line for line in lines) == 1
    for key in keys:
        assert key not in said
        assert key[-12:] not in said


def test_only_the_default_keyring_goes_to_a_child(stripe: FakeStripe) -> None:
    from keyring.backends import null

    assert checks_process.portable(services(stripe.url))
    assert not checks_process.portable(Services(AccountStore(paths.data_dir()), OSKeyring(null.Keyring()), stripe.url))


def test_a_check_cancelled_before_it_starts_asks_nothing_of_stripe(stripe: FakeStripe) -> None:
    accounts, _ = linked(stripe, 8)
    stripe.reset_counts()
    cancel = CancelToken()
    cancel.cancel()
    with pytest.raises(LinkwizardError) as raised:
        checks_process.verify_in_child(accounts, services(stripe.url), cancel, lambda result: None, 4, False)
    assert raised.value.problem.kind is ProblemKind.CANCELLED
    assert stripe.count() == 0


def test_a_hook_added_after_the_cancel_runs_at_once() -> None:
    cancel = CancelToken()
    cancel.cancel()
    called: list[str] = []
    cancel.on_cancel(lambda: called.append("now"))()
    assert called == ["now"]


def test_code_planted_in_the_working_folder_is_never_imported_by_the_child(
        stripe: FakeStripe, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`python -m` puts the working folder first on sys.path; the child reads every key, so a
    `linkwizard/` (or `json.py`) planted where the window was started would run with them
    (the review's F3). The child is started isolated, and checks as before."""
    accounts, _ = linked(stripe, 2)
    planted = tmp_path / "cloned-repo"
    marker = tmp_path / "planted-code-ran"
    for module in ("linkwizard/__init__.py", "linkwizard/__main__.py", "json.py", "keyring/__init__.py"):
        (planted / module).parent.mkdir(parents=True, exist_ok=True)
        (planted / module).write_text(f"open({str(marker)!r}, 'a').write({module!r} + '\\n')\n")
    monkeypatch.chdir(planted)
    monkeypatch.setenv("PYTHONPATH", str(planted))
    monkeypatch.setenv("PYTHONSTARTUP", str(planted / "json.py"))
    results = checks_process.verify_in_child(accounts, services(stripe.url), CancelToken(), lambda result: None,
                                             2, automatic=False)
    assert [r.account.status for r in results] == [Health.OK, Health.OK]
    assert not marker.exists(), marker.read_text()

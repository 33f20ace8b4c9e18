"""The use cases of the window, between its widgets and the core.

The controller owns the services, the background jobs and the accounts model. It offers one
method per use case (load, link, verify, check permissions, rename, remove) and reports only
through signals; it imports no widget class, so it is tested without a window
(tests/gui/test_controller.py). The window shows things; this decides them.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from linkwizard.domain.account import Account
from linkwizard.domain.problems import Problem
from linkwizard.gui.accounts.model import AccountsModel
from linkwizard.gui.startup.scheduling import FRAME_MS
from linkwizard.gui.team.controller import TeamController
from linkwizard.gui.workers import Job, JobRunner, sharing_interpreter
from linkwizard.store import paths
from linkwizard.usecases import checks_process, importing, linking, managing, verifying, watching
from linkwizard.usecases.cancellation import CancelToken
from linkwizard.usecases.importing import ImportOutcome
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import OnStage, Services, Stage
from linkwizard.usecases.verifying import VerifyResult

TYPE_CHECKING = False
if TYPE_CHECKING:

    from linkwizard.usecases import team
    from linkwizard.usecases.importing import Candidate, RetireReport

log = logging.getLogger(__name__)
LAUNCH_CONCURRENCY = 4
HEALTH_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000  # every four hours while the app runs
# From this many accounts on, a check runs in a process of its own (checks_process.py): its
# Python would otherwise share the GIL with the window, which then stutters.
CHECKS_IN_CHILD_FROM = 8

LinkJob = Job[Account, Stage]


class Controller(QObject):
    accounts_loaded = Signal(object)  # list[Account], once, at start (Signal(list) would make a QVariantList)
    account_added = Signal(Account)  # a new account was linked
    account_changed = Signal(Account)  # a record changed (health, key, name, permissions)
    account_removed = Signal(Account)
    checking_started = Signal(int)  # how many accounts are being checked
    checking_finished = Signal()
    problem = Signal(Problem)  # something to show in a dialog
    keyring_unavailable = Signal(Problem)  # said once at start, for a banner
    nothing_linked = Signal()  # at start: no account yet, so the wizard opens
    plaintext_found = Signal(object)  # tuple[Candidate, ...]: keys in plaintext, scanned when none is linked
    teammate_replaced = Signal(object)  # verifying.VerifyResult: a check picked up a teammate's new version
    needs_attention = Signal(object)  # watching.Alert: an account newly needs the person (a notification)
    attention_over = Signal(Account)  # an account told about is fine again

    def __init__(self, services: Services, parent: QObject | None = None, model: AccountsModel | None = None) -> None:
        """`model`: the one the window's panel already shows (the window is painted before the
        controller exists); by default a new one."""
        super().__init__(parent)
        self.services = services
        self.runner = JobRunner(self)
        self.model = AccountsModel() if model is None else model
        self.launch_check: Job[list[VerifyResult], VerifyResult] | None = None
        self._check_at_launch = False
        self.health_timer = QTimer(self)
        self.health_timer.setObjectName("healthTimer")
        self.health_timer.setInterval(HEALTH_CHECK_INTERVAL_MS)
        self.health_timer.timeout.connect(self.verify_automatic)
        # Check results arrive in bursts: they reach the model at most once a frame, together.
        self._verified: list[VerifyResult] = []
        self._frame = QTimer(self)
        self._frame.setSingleShot(True)
        self._frame.setInterval(FRAME_MS)
        self._frame.timeout.connect(self._apply_verified)
        self.team = TeamController(services, self.runner, self)  # the team vault's use cases
        self.team.added.connect(self._team_added)
        self.team.problem.connect(self.problem)
        self.watch = watching.Watch()
        self.offline = False  # the network is known to be down: the timer's checks wait for it

    # start -----------------------------------------------------------------------------
    def start(self, check_health: bool = True) -> None:
        """The launch: load the account list; then, when none is linked, say so
        (`nothing_linked`), else start the health checks unless `check_health` is False."""
        self._check_at_launch = check_health
        self.load()

    def load(self) -> None:
        """The account list (a damaged one is set aside and reported), and whether keys can be kept."""
        store, local_keyring = self.services.store, self.services.keyring
        self.runner.run(lambda: store.load_or_report(sharing_interpreter()), on_success=self._loaded,
                          on_failure=self._loaded_nothing)
        self.runner.run(lambda: local_keyring.ensure_available(), on_failure=self._keyring_missing)
        self.team.load_settings()

    def _loaded(self, loaded: tuple[list[Account], Problem | None]) -> None:
        accounts, found = loaded
        self.model.set_accounts(accounts)
        self.watch.seed(accounts)
        if found is not None:
            self.problem.emit(found)
        self.accounts_loaded.emit(accounts)
        if accounts and self._check_at_launch:
            self.start_health_checks()
        if not accounts:  # the first run: are there keys on this computer to bring home?
            self.nothing_linked.emit()
            self.scan_plaintext().on_success(lambda candidates: self.plaintext_found.emit(candidates)
                                             if candidates else None)

    def _loaded_nothing(self, found: Problem) -> None:
        self.problem.emit(found)
        self.accounts_loaded.emit([])
        self.nothing_linked.emit()

    def _keyring_missing(self, found: Problem) -> None:
        log.warning("keyring unavailable at start-up: %s", found.kind.name)
        self.keyring_unavailable.emit(found)

    def start_health_checks(self) -> None:
        """Check every account now and every four hours (the launch check)."""
        self.verify_automatic()
        self.health_timer.start()

    # verification ------------------------------------------------------------------------
    def verify_automatic(self) -> Job[list[VerifyResult], VerifyResult] | None:
        """The launch and periodic check: the core leaves out accounts whose key Stripe refused
        three times in a row. At most one runs at a time."""
        if self.offline:
            log.info("offline: the automatic check waits for the network")
            return None
        return self._verify_in_background(verifying.due_for_automatic_check(self.model.accounts()))

    def recheck_after_network(self) -> Job[list[VerifyResult], VerifyResult] | None:
        """The network came back: check the accounts last seen unreachable, and those not
        checked for an hour (usecases/watching.py)."""
        return self._verify_in_background(watching.due_when_back_online(self.model.accounts()))

    def _verify_in_background(self, due: list[Account]) -> Job[list[VerifyResult], VerifyResult] | None:
        if not due or (self.launch_check is not None and self.launch_check.is_running()):
            return None  # nothing to check (no job at all), or a check is already under way
        self.launch_check = self._verify(due, automatic=True)
        return self.launch_check

    def verify(self, accounts: list[Account]) -> Job[list[VerifyResult], VerifyResult] | None:
        """Verify now: the person asked, so paused accounts are checked too."""
        return self._verify(accounts, automatic=False)

    def _verify(self, accounts: list[Account],
                automatic: bool) -> Job[list[VerifyResult], VerifyResult] | None:
        if not accounts:
            return None
        services = self.services
        checked = verifying.due_for_automatic_check(accounts) if automatic else accounts
        self.model.set_checking({a.id for a in checked})
        self.checking_started.emit(len(checked))

        def work(cancel: CancelToken, report: verifying.OnResult) -> list[VerifyResult]:
            if len(checked) >= CHECKS_IN_CHILD_FROM and checks_process.portable(services):
                return checks_process.verify_in_child(accounts, services, cancel, report, LAUNCH_CONCURRENCY,
                                                      automatic)
            return verifying.verify(accounts, services, cancel, on_result=report, concurrency=LAUNCH_CONCURRENCY,
                                  automatic=automatic)

        return self.runner.start(work, on_progress=self._verified_one,
                                 on_success=lambda results: self._checking_done(),
                                 on_failure=self._checking_failed)

    def _verified_one(self, result: VerifyResult) -> None:
        self._verified.append(result)
        if not self._frame.isActive():
            self._frame.start()

    def _apply_verified(self) -> None:
        results, self._verified = self._verified, []
        team_results = [r for r in results if r.account.in_team_vault]
        trouble = next((r.problem for r in team_results if r.problem is not None
                        and r.problem.with_the_vault), None)
        if trouble is not None:
            self.team.trouble.emit(trouble)
        elif team_results:
            self.team.fine.emit()
        for result in results:
            self.model.done_checking(result.account.id)
        self.model.update_many([r.account for r in results])
        for result in results:
            self.account_changed.emit(result.account)
            if result.picked_up is not None and result.problem is None:
                self.teammate_replaced.emit(result)
        alerts, fine = self.watch.after_check([r.account for r in results])
        for alert in alerts:
            self.needs_attention.emit(alert)
        for account in fine:
            self.attention_over.emit(account)

    def _checking_done(self) -> None:
        self._frame.stop()
        self._apply_verified()  # the last results first, then "checked"
        self.model.set_checking(set())
        self.checking_finished.emit()

    def _checking_failed(self, found: Problem) -> None:
        self._checking_done()
        self.problem.emit(found)

    # linking -------------------------------------------------------------------------------
    def link(self, request: LinkRequest) -> LinkJob:
        """Link a new account, or give `request.replacing` a new key. The job reports its stages;
        the wizard shows them and the outcome, once (no dialog repeats it)."""
        services = self.services

        def work(cancel: CancelToken, report: OnStage) -> Account:
            return linking.link(request, services, cancel, report)

        return self.runner.start(work, on_success=lambda account: self._linked(account, request))

    def _linked(self, account: Account, request: LinkRequest) -> None:
        self.model.upsert(account)
        (self.account_changed if request.replacing else self.account_added).emit(account)
        self._fine_again(account)

    # account actions -------------------------------------------------------------------------
    def check_permissions(self, account: Account) -> Job[Account, object]:
        services = self.services
        return self.runner.start(lambda cancel, report: managing.check_permissions(account.id, services, cancel),
                                 on_success=self._changed, on_failure=self._permissions_failed)

    def _permissions_failed(self, found: Problem) -> None:
        self.problem.emit(found)
        store = self.services.store  # a refused key also changed the account's health
        self.runner.run(lambda: store.load(), on_success=self._reloaded)

    def _reloaded(self, accounts: list[Account]) -> None:
        for account in accounts:
            self._changed(account)

    def rename(self, account: Account, new_name: str) -> Job[Account, object]:
        services = self.services
        return self.runner.run(lambda: managing.rename(account.id, new_name, services),
                                 on_success=self._changed, on_failure=self.problem.emit)

    def remove(self, account: Account, from_team: bool = False) -> Job[Account, object]:
        services = self.services
        return self.runner.start(lambda cancel, report: managing.remove(account.id, services, from_team, cancel),
                                 on_success=self._removed, on_failure=self.problem.emit)

    def _changed(self, account: Account) -> None:
        self.model.upsert(account)
        self.account_changed.emit(account)
        self._fine_again(account)

    def _fine_again(self, account: Account) -> None:
        """Fixed in the window (a new key, say): its notification goes. A new trouble found
        there is not notified: the person is looking at it."""
        if account.reason() is None:
            self._withdraw_notice(account)

    def _withdraw_notice(self, account: Account) -> None:
        if account.id in self.watch.told:
            self.watch.forget(account.id)
            self.attention_over.emit(account)

    def _removed(self, account: Account) -> None:
        self.model.remove(account.id)
        self._withdraw_notice(account)
        self.account_removed.emit(account)

    # keys in plaintext ------------------------------------------------------------------------
    def scan_plaintext(self, dotenv: tuple[str, ...] = ()) -> Job[tuple[Candidate, ...], object]:
        """The Stripe CLI's files, the environment and `dotenv`: a cheap read of a few files."""
        services = self.services

        def work(cancel: CancelToken, report: object) -> tuple[Candidate, ...]:
            return importing.scan(os.environ, services, dotenv)[1]

        return self.runner.start(work, on_failure=self.problem.emit)

    def import_keys(self, candidates: list[Candidate]) -> Job[list[ImportOutcome], ImportOutcome]:
        """Link each, as `connect` does; every outcome is reported as it happens."""
        services = self.services

        def work(cancel: CancelToken, report: importing.OnImported) -> list[ImportOutcome]:
            return importing.import_keys(candidates, services, cancel, on_outcome=report)

        return self.runner.start(work, on_progress=self._imported_one, on_failure=self.problem.emit)

    def _imported_one(self, outcome: ImportOutcome) -> None:
        if outcome.status is importing.Imported.LINKED and outcome.account is not None:
            self.model.upsert(outcome.account)
            self.account_added.emit(outcome.account)

    def retire_plaintext(self, outcomes: list[ImportOutcome]) -> Job[RetireReport, object]:
        """Replace the plaintext copies of keys the keyring still holds (checked again first)."""
        services = self.services

        def work(cancel: CancelToken, report: object) -> RetireReport:
            return importing.retire_plaintext(outcomes, services)

        return self.runner.start(work)

    # the team vault (gui/team/controller.py) ---------------------------------------------------
    def _team_added(self, results: list[team.Added]) -> None:
        for result in results:
            if result.account is not None and self.model.account(result.account.id) is None:
                self.model.upsert(result.account)
                self.account_added.emit(result.account)

    def share(self, account: Account, keep_local: bool = False) -> Job[Account, object]:
        services = self.services
        return self.runner.start(lambda cancel, report: linking.share(account.id, services, keep_local, cancel),
                                 on_success=self._changed, on_failure=self.problem.emit)

    # end ------------------------------------------------------------------------------------
    def log_folder(self) -> Job[Path, object]:
        """The log folder, made (private) if nothing was logged yet: an empty folder beats an error."""
        return self.runner.run(lambda: paths.private_log_dir())

    def shutdown(self) -> None:
        """Stop the timer, cancel every job and wait for its thread (the window is closing)."""
        self.health_timer.stop()
        self._frame.stop()
        self.runner.shutdown()

"""Page 4: the connection test in the background, then success or the mapped failure."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from linkwizard.domain.account import Account
from linkwizard.domain.keys import key_hint
from linkwizard.domain.problems import Problem, ProblemKind, retry_may_help
from linkwizard.gui.accounts.permissions_view import PermissionChecklist, ScopeComparison
from linkwizard.gui.common import i18n
from linkwizard.gui.common.announce import announce
from linkwizard.gui.common.style import SPACING, Tone
from linkwizard.gui.common.widgets import button, mark, marked
from linkwizard.gui.startup.scheduling import FRAME_MS, STEP_MS, activate_layout
from linkwizard.gui.wizard.pages import FIELD_KEY, PageId, chosen_environment, replaced_account
from linkwizard.gui.workers import Job
from linkwizard.usecases.diagnostics import diagnostics_text
from linkwizard.usecases.services import Stage

# (allow a key of another Stripe account) -> the running job; the wizard builds the request
StartConnect = Callable[[bool], Job[Account, Stage]]


CHECKLIST_AFTER_MS = 40  # the checklist's first layout, in an event apart from the success page's


class ConnectPage(QWizardPage):
    linked = Signal(Account)  # the saved account
    open_existing = Signal(str)  # the id of the account this key is already linked as
    replace_existing = Signal(str)  # ... and the person wants to give it this key instead
    log_in_requested = Signal()  # the team vault wants a login first: the window opens its dialog
    add_from_team_requested = Signal()  # the name is taken in the team vault: add that one instead

    def __init__(self, start_connect: StartConnect, saves_in_team: Callable[[], bool] = lambda: False,
                 parent: QWidget | None = None) -> None:
        """`saves_in_team`: whether the key goes to the team vault (the saving stage's words),
        asked of the wizard's fields when that stage comes."""
        super().__init__(parent)
        self._saves_in_team = saves_in_team
        self.setObjectName("connectPage")
        self.setTitle(self.tr("Connect to Stripe"))
        self._start_connect = start_connect
        self._job: Job[Account, Stage] | None = None
        self.account: Account | None = None
        self.problem: Problem | None = None

        # running
        self.stage = QLabel()
        self.stage.setObjectName("connectStage")
        self.stage.setAccessibleName(self.tr("Connection progress"))
        self.progress = QProgressBar()
        self.progress.setObjectName("connectProgress")
        self.progress.setAccessibleName(self.tr("Connection test running"))
        self.progress.setRange(0, len(Stage))  # a step for each stage: how far the link has come
        self.progress.setTextVisible(False)
        self.cancel_button = button("cancelTestButton", self.tr("&Cancel test"), self.cancel,
                                    accessible=self.tr("Cancel the connection test"))
        running = self._panel(self.stage, self.progress, self._row(self.cancel_button))

        # failed
        self.error_title = QLabel()
        self.error_title.setObjectName("errorTitle")
        self.error_title.setWordWrap(True)
        self.error_title.setTextFormat(Qt.TextFormat.RichText)  # the red mark; the title itself is escaped
        self.error_title.setAccessibleName(self.tr("What went wrong"))
        self.error_advice = QLabel()
        self.error_advice.setObjectName("errorAdvice")
        self.error_advice.setWordWrap(True)
        self.error_advice.setTextFormat(Qt.TextFormat.PlainText)
        self.error_advice.setAccessibleName(self.tr("What to do next"))
        self.error_detail = QLabel()
        self.error_detail.setObjectName("errorDetail")
        self.error_detail.setWordWrap(True)
        self.error_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.error_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = button("backToKeyButton", self.tr("Back to the &key"), self._back_to_key)
        self.retry_button = button("tryAgainButton", self.tr("&Try again"), self.start)
        self.copy_button = button("copyErrorDiagnosticsButton", self.tr("Cop&y diagnostics"),
                                        self._copy_diagnostics)
        self.open_existing_button = button("openExistingButton", self.tr("Open e&xisting account"),
                                                 lambda: self._about_existing(self.open_existing))
        self.replace_existing_button = button("replaceExistingButton", self.tr("Replace &its key"),
                                                    lambda: self._about_existing(self.replace_existing))
        self.replace_anyway_button = button("replaceAnywayButton", self.tr("R&eplace anyway"),
                                                  self._replace_anyway)
        self.team_button = button("teamActionButton", self.tr("&Log in to the team vault…"),
                                  self._team_action)  # its words follow the problem
        failed = self._panel(self.error_title, self.error_advice, self.error_detail,
                             self._row(self.back_button, self.retry_button, self.copy_button),
                             self._row(self.open_existing_button, self.replace_existing_button,
                                       self.replace_anyway_button, self.team_button))

        # succeeded
        self.success = QLabel()
        self.success.setObjectName("successSummary")
        self.success.setWordWrap(True)
        self.success.setAccessibleName(self.tr("Account linked"))
        self.comparison = ScopeComparison()
        self.checklist = PermissionChecklist()
        self.checklist.setObjectName("connectChecklist")
        succeeded = self._panel(self.success, self.comparison, self.checklist)
        self._success_panel = succeeded

        self.states = QStackedWidget()
        self.states.setObjectName("connectStates")
        for panel in (running, failed, succeeded):
            self.states.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.states)

    # page protocol ----------------------------------------------------------------
    def initializePage(self) -> None:
        replacing = replaced_account(self) is not None
        self.setTitle(self.tr("Replace the key") if replacing else self.tr("Connect to Stripe"))
        self.start()

    def cleanupPage(self) -> None:
        """Going Back cancels a running test; nothing is saved."""
        self.cancel()

    def isComplete(self) -> bool:
        return self.account is not None

    def validatePage(self) -> bool:
        return self.account is not None

    def is_running(self) -> bool:
        return self._job is not None

    # work ---------------------------------------------------------------------------
    def start(self, allow_other_account: bool = False) -> None:
        self.cancel()
        self.account = None
        self.problem = None
        environment = chosen_environment(self)
        self.setSubTitle(self.tr("Testing the key with Stripe (%s).") % i18n.environment_label(environment))
        self._show_stage(Stage.CHECKING)
        self.states.setCurrentIndex(0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setFocus()
        job = self._start_connect(allow_other_account)
        job.on_progress(self._show_stage).on_success(self._succeeded).on_failure(self._failed)
        job.finished.connect(lambda: self._job_finished(job))
        self._job = job
        self._update_buttons()

    def cancel(self) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.cancel()
            self.stage.setText(self.tr("Cancelled. Nothing was saved."))
            self._update_buttons()

    def _job_finished(self, job: Job[Account, Stage]) -> None:
        if self._job is job:
            self._job = None
            self._update_buttons()

    def _show_stage(self, stage: Stage) -> None:
        texts = {
            Stage.CHECKING: self.tr("Checking the key and the keyring…"),
            Stage.CONTACTING: self.tr("Asking Stripe whether the key works…"),
            Stage.PERMISSIONS: self.tr("Checking what the key can read…"),
            Stage.SAVING: self.tr("Saving the key in the team vault…") if self._saves_in_team()
            else self.tr("Saving the key in your keyring…"),
        }
        self.stage.setText(texts[stage])
        self.progress.setValue(list(Stage).index(stage) + 1)
        self.progress.setAccessibleDescription(self.stage.text())
        announce(self.stage, self.stage.text())

    def _succeeded(self, account: Account) -> None:
        self._job = None
        self.setSubTitle(self.tr("The key works. Choose Finish to see the account."))
        self.success.setText(self._success_text(account.name, i18n.account_summary(account), account.in_team_vault))
        self.checklist.setText(self.tr("Checking what the key can read…"))
        self.comparison.show_account(account)
        announce(self.success, self.tr("%s is linked.") % account.name)
        # The success moment in three events, each inside a frame: the page laid out (hidden)
        # with its text, then shown; the checklist's first layout a moment later; the page
        # completed (the window opens its popup) a frame after it was shown. Together, or with
        # the checklist in the page's event, they held the window longer than a frame
        # (docs/performance.md, "Pruned").
        activate_layout(self._success_panel)
        QTimer.singleShot(STEP_MS, self, lambda: self._show_success(account))

    def _show_success(self, account: Account) -> None:
        QTimer.singleShot(CHECKLIST_AFTER_MS, self, lambda: self.checklist.show_account(account))
        self.states.setCurrentIndex(2)
        QTimer.singleShot(FRAME_MS, self, lambda: self._complete(account))

    def _success_text(self, name: str, summary: list[str], in_team: bool = False) -> str:
        # Rich text: everything from the person or from Stripe's side is escaped first.
        command = escape(shlex.quote(name), quote=False)
        lines = "<br>".join(escape(line, quote=False) for line in summary)
        return (f'<p><span style="font-size:large">{mark(Tone.GOOD, "✔")}</span> '
                + self.tr("<b>%s</b> is linked.") % escape(name) + f"</p><p>{lines}</p><p>"
                + (self.tr("The key is in the team vault, where teammates can add this account. Use it from "
                           "scripts with <code>linkwizard exec %s -- COMMAND</code>.") if in_team
                   else self.tr("The key is stored in your system keyring. Use it from scripts with "
                                "<code>linkwizard exec %s -- COMMAND</code>.")) % command + "</p>")

    def _complete(self, account: Account) -> None:
        self.account = account
        self._update_buttons()
        self.completeChanged.emit()
        self.linked.emit(account)

    def _failed(self, found: Problem) -> None:
        self._job = None
        self.problem = found
        self.setSubTitle(self.tr("The key was not replaced. The account keeps the key it had.")
                         if replaced_account(self) is not None
                         else self.tr("The account was not linked. Nothing was saved."))
        self.error_title.setText(marked(Tone.BAD, "✖",
                                        f"<b>{escape(i18n.problem_title(found), quote=False)}</b>"))
        self.error_advice.setText(i18n.problem_advice(found))
        facts = [f"HTTP {found.status}" if found.status else "", found.stripe_code or "", found.request_id or ""]
        self.error_detail.setText(" · ".join(f for f in facts if f))
        announce(self.error_title, i18n.problem_sentence(found), urgent=True)
        twin = found.kind is ProblemKind.ALREADY_LINKED and found.account_id is not None
        self.open_existing_button.setVisible(twin)
        self.replace_existing_button.setVisible(twin)
        self.replace_anyway_button.setVisible(found.kind is ProblemKind.OTHER_STRIPE_ACCOUNT)
        self.retry_button.setVisible(retry_may_help(found.kind))
        team_action = {ProblemKind.TEAM_NOT_LOGGED_IN: self.tr("&Log in to the team vault…"),
                       ProblemKind.TEAM_LOGIN_EXPIRED: self.tr("&Log in to the team vault…"),
                       ProblemKind.TEAM_ENTRY_EXISTS: self.tr("&Add it from the team vault…")}.get(found.kind)
        self.team_button.setText(team_action or "")
        self.team_button.setAccessibleName((team_action or "").replace("&", ""))
        self.team_button.setVisible(team_action is not None)
        self.states.setCurrentIndex(1)
        self.back_button.setDefault(True)
        (self.open_existing_button if twin else self.back_button).setFocus()
        self._update_buttons()

    def _about_existing(self, signal: SignalInstance) -> None:
        if self.problem is not None and self.problem.account_id:
            signal.emit(self.problem.account_id)

    def _team_action(self) -> None:
        if self.problem is not None and self.problem.kind is ProblemKind.TEAM_ENTRY_EXISTS:
            self.add_from_team_requested.emit()
        else:
            self.log_in_requested.emit()

    def _replace_anyway(self) -> None:
        """The person confirmed: this connection now points at the other Stripe account."""
        self.start(allow_other_account=True)

    def _back_to_key(self) -> None:
        wizard = self.wizard()
        while wizard.currentId() != PageId.ENTER_KEY and wizard.currentId() != -1:
            wizard.back()

    def _copy_diagnostics(self) -> None:
        environment = chosen_environment(self)
        QGuiApplication.clipboard().setText(diagnostics_text(
            found=self.problem, environment=environment, key_hint=key_hint(str(self.field(FIELD_KEY)).strip())))

    def _update_buttons(self) -> None:
        running = self._job is not None
        self.cancel_button.setEnabled(running)
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(QWizard.WizardButton.BackButton).setEnabled(not running and self.account is None)

    # layout helpers -----------------------------------------------------------------
    def _row(self, *buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(SPACING // 2)
        for each in buttons:
            row.addWidget(each)
        row.addStretch(1)
        return row

    def _panel(self, *items: QWidget | QHBoxLayout) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        for item in items:
            if isinstance(item, QHBoxLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        layout.addStretch(1)
        return panel

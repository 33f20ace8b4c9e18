"""Accounts › Import keys from this computer: the Stripe keys found in plaintext, chosen with
checkboxes, linked one by one in the background, and then (when asked, after a confirmation
that names each file) their plaintext copies replaced with hints.

Keys appear only as hints. Everything is done by the Controller; this page shows it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkwizard.domain import untrusted
from linkwizard.domain.problems import Problem
from linkwizard.gui.common import dialogs, i18n
from linkwizard.gui.common.style import SPACING
from linkwizard.gui.common.widgets import button, plain_tooltip
from linkwizard.gui.controller import Controller
from linkwizard.gui.workers import Job
from linkwizard.usecases.importing import Candidate, Imported, ImportOutcome, RetireReport

NUMBER_ROLE = Qt.ItemDataRole.UserRole
KEY, ENVIRONMENT, SOURCE, RESULT = range(4)


class ImportPage(QWidget):
    closed = Signal()  # the person is done with the page

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPage")
        self.controller = controller
        self._dotenv: list[str] = []
        self._candidates: dict[int, Candidate] = {}
        self._outcomes: list[ImportOutcome] = []
        self._job: Job[Any, Any] | None = None

        heading = QLabel(self.tr("Import keys from this computer"))
        heading.setObjectName("importHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr(
            "Stripe keys are often kept in plaintext: in the Stripe CLI's configuration, in this "
            "app's environment, or in a project's .env file. Each key you choose is tested with "
            "Stripe and stored in your keyring, exactly as when you add an account. Keys are shown "
            "only by their first and last characters."))
        intro.setObjectName("importIntro")
        intro.setWordWrap(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("importCandidates")
        self.tree.setAccessibleName(self.tr("Keys found on this computer"))
        self.tree.setAccessibleDescription(self.tr("Check the keys to import; Space checks or unchecks one"))
        self.tree.setHeaderLabels([self.tr("Key"), self.tr("Environment"), self.tr("Found in"), self.tr("Result")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ENVIRONMENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.tree.itemChanged.connect(lambda item, column: self._update_buttons())

        self.add_dotenv_button = button("addDotenvButton", self.tr("Add a .&env file…"), self._add_dotenv)
        self.rescan_button = button("rescanButton", self.tr("Scan a&gain"), self.scan)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = button("importButton", self.tr("&Import selected"), self._import)
        self.import_button.setDefault(True)
        self.retire_button = button("retireButton", self.tr("&Remove the plaintext copies…"), self._retire)
        self.retire_button.setVisible(False)
        self.close_button = button("closeImportButton", self.tr("&Close"), self._close_or_cancel)

        tools = QHBoxLayout()
        tools.addWidget(self.add_dotenv_button)
        tools.addWidget(self.rescan_button)
        tools.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for each in (self.retire_button, self.import_button, self.close_button):
            buttons.addWidget(each)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING)
        for widget in (heading, intro):
            layout.addWidget(widget)
        layout.addWidget(self.tree, 1)
        layout.addLayout(tools)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.scan()

    # finding ------------------------------------------------------------------------------
    def scan(self) -> None:
        self._busy(True)
        self.summary.setText(self.tr("Looking for Stripe keys…"))
        self._outcomes = []
        self.retire_button.setVisible(False)
        job = self.controller.scan_plaintext(tuple(self._dotenv))
        self._job = job
        job.on_success(self._show_candidates).on_failure(self._failed)

    def _add_dotenv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a .env file"), "",
                                              self.tr("Environment files (.env .env.* *.env);;All files (*)"),
                                              options=QFileDialog.Option.DontResolveSymlinks)
        if path and path not in self._dotenv:
            self._dotenv.append(path)
            self.scan()

    def _show_candidates(self, candidates: tuple[Candidate, ...]) -> None:
        self._busy(False)
        self.tree.blockSignals(True)
        self.tree.clear()
        self._candidates = {c.number: c for c in candidates}
        for candidate in candidates:
            environment = i18n.environment_label(candidate.environment) if candidate.environment else "—"
            item = QTreeWidgetItem([candidate.hint, environment, _short(candidate.source), self._state(candidate)])
            item.setData(KEY, NUMBER_ROLE, candidate.number)
            item.setToolTip(SOURCE, plain_tooltip(candidate.source))  # a path anyone may have named
            if candidate.redacted:
                item.setToolTip(RESULT, self.tr("The Stripe CLI keeps only a hint of this key here; the full key "
                                                "is in its own keyring, out of linkwizard's reach."))
            if candidate.offerable:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(KEY, Qt.CheckState.Checked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        if candidates:
            self.summary.setText(self.tr("Keys found in plaintext: %1.").replace("%1", str(len(candidates))))
            self.tree.setCurrentItem(next(self._items()))
            self.tree.setFocus()
        else:
            self.summary.setText(self.tr("No Stripe keys in plaintext were found. Add a .env file to look "
                                         "in a project too."))
        self._update_buttons()

    def _state(self, candidate: Candidate) -> str:
        if candidate.linked_as:
            return self.tr("Already linked as “%s”") % candidate.linked_as
        if candidate.redacted:
            return self.tr("Redacted by the Stripe CLI")
        if candidate.problem is not None:
            return i18n.problem_title(candidate.problem)
        if candidate.note:
            return self.tr("Set more than once in this file")
        return self.tr("Ready to import")

    def chosen(self) -> list[Candidate]:
        """The checked candidates, in the list's order."""
        picked = []
        for item in self._items():
            if item.checkState(KEY) == Qt.CheckState.Checked and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                picked.append(self._candidates[int(item.data(KEY, NUMBER_ROLE))])
        return picked

    # importing ----------------------------------------------------------------------------
    def _import(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        self._busy(True)
        self.progress.setRange(0, len(chosen))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.summary.setText(self.tr("Testing each key with Stripe and storing it in the keyring…"))
        self._outcomes = []
        job = self.controller.import_keys(chosen)
        self._job = job
        job.on_progress(self._imported_one).on_success(self._imported).on_failure(self._failed)
        job.finished.connect(lambda: self._cancelled() if job.cancelled else None)

    def _imported_one(self, outcome: ImportOutcome) -> None:
        self._outcomes.append(outcome)
        self.progress.setValue(len(self._outcomes))
        item = self._item(outcome.candidate.number)
        if item is None:
            return
        item.setText(RESULT, self._result(outcome))
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        if outcome.status in (Imported.LINKED, Imported.ALREADY_LINKED):
            item.setData(KEY, Qt.ItemDataRole.CheckStateRole, None)

    def _result(self, outcome: ImportOutcome) -> str:
        name = outcome.account.name if outcome.account is not None else ""
        if outcome.status is Imported.LINKED:
            return self.tr("Linked as “%s”") % name
        if outcome.status is Imported.ALREADY_LINKED:
            return self.tr("Already linked as “%s”") % name
        if outcome.status is Imported.REFUSED and outcome.problem is not None:
            return self.tr("Refused: %s") % i18n.problem_title(outcome.problem)
        return self.tr("Skipped")

    def _imported(self, outcomes: list[ImportOutcome]) -> None:
        self._busy(False)
        self._outcomes = outcomes
        counts = {status: sum(1 for o in outcomes if o.status is status) for status in Imported}
        lines = [self.tr("Linked %1, already linked %2, refused %3, skipped %4.")
                 .replace("%1", str(counts[Imported.LINKED])).replace("%2", str(counts[Imported.ALREADY_LINKED]))
                 .replace("%3", str(counts[Imported.REFUSED])).replace("%4", str(counts[Imported.SKIPPED]))]
        retirable = self._retirable()
        if retirable:
            lines.append(self.tr("The plaintext copies are still in their files. Remove them once your tools "
                                 "get the key from linkwizard, for example:"))
            lines.append(_commands(retirable))
        self.summary.setText("\n".join(lines))
        self.retire_button.setVisible(bool(retirable))
        self._update_buttons()
        if retirable:
            self.retire_button.setFocus()

    def _retirable(self) -> list[ImportOutcome]:
        return [o for o in self._outcomes if o.retirable]

    def _cancelled(self) -> None:
        """A cancelled import ends without a result: what was linked before stays linked."""
        self._busy(False)
        done = sum(1 for o in self._outcomes if o.status is Imported.LINKED)
        self.summary.setText(self.tr("Import cancelled. Keys linked before that stay linked: %1.")
                             .replace("%1", str(done)))
        self.retire_button.setVisible(bool(self._retirable()))
        self._update_buttons()

    # retiring -----------------------------------------------------------------------------
    def _retire(self) -> None:
        retirable = self._retirable()
        files = sorted({o.candidate.path for o in retirable if o.candidate.path})
        if not retirable or not dialogs.confirm_retire(self, files):
            return
        self._busy(True)
        job = self.controller.retire_plaintext(retirable)
        self._job = job
        job.on_success(lambda report: self._retired(report, retirable)).on_failure(self._failed)

    def _retired(self, report: RetireReport, retirable: list[ImportOutcome]) -> None:
        self._busy(False)
        self._outcomes = []
        self.retire_button.setVisible(False)
        done = report.retired
        lines = []
        if done:
            lines.append(self.tr("Plaintext copies removed: %1. Each is now a hint:").replace("%1", str(len(done))))
            lines += [f"• {change.path}:{change.line}" for change in done]
        if report.refused:
            lines.append(self.tr("Left as they were:"))
            lines += [f"• {untrusted.plain_text(i18n.problem_sentence(refused.as_problem()))}"
                      for refused in report.refused]
        lines.append(self.tr("Run your tools with the key from the keyring:"))
        lines.append(_commands(retirable))
        self.summary.setText("\n".join(lines))
        self._update_buttons()

    # state ----------------------------------------------------------------------------------
    def _failed(self, found: Problem) -> None:
        self._busy(False)
        self.summary.setText(i18n.problem_sentence(found))
        self._update_buttons()

    def _busy(self, busy: bool) -> None:
        self._running = busy
        for widget in (self.tree, self.add_dotenv_button, self.rescan_button, self.import_button,
                       self.retire_button):
            widget.setEnabled(not busy)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("&Close"))
        if not busy:
            self.progress.setVisible(self.progress.isVisible() and self.progress.value() < self.progress.maximum())

    def _update_buttons(self) -> None:
        if not getattr(self, "_running", False):
            self.import_button.setEnabled(bool(self.chosen()))

    def _item(self, number: int) -> QTreeWidgetItem | None:
        return next((item for item in self._items() if item.data(KEY, NUMBER_ROLE) == number), None)

    def _items(self) -> Iterator[QTreeWidgetItem]:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None:
                yield item

    def _close_or_cancel(self) -> None:
        if getattr(self, "_running", False) and self._job is not None:
            self._job.cancel()
            self.summary.setText(self.tr("Cancelling…"))
            return
        self.closed.emit()

    def stop(self) -> None:
        """The page is closing: cancel what runs (a link in progress is cancelled, not cut off)."""
        if self._job is not None and self._job.is_running():
            self._job.cancel()


def _short(source: str) -> str:
    """A path under the home folder as ~/..., the way people write it."""
    home = os.path.expanduser("~").rstrip("/")
    return "~" + source[len(home):] if home and source.startswith(home + "/") else source


def _commands(outcomes: list[ImportOutcome]) -> str:
    hints = (o.candidate.run_hint(o.account.name) for o in outcomes if o.account is not None)
    return "\n".join(f"    {hint}" for hint in dict.fromkeys(hints))

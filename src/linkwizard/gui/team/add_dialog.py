"""*Accounts › Add from team vault…*: the team's keys, each with a checkbox; the chosen ones
are linked on this computer after a connection test (the keys stay in the vault).

A non-modal dialog over the window, like the team vault's: the list and the adding run as
jobs of the team controller, with progress while they wait.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkwizard.domain.problems import Problem
from linkwizard.gui.common import i18n
from linkwizard.gui.common.widgets import busy_bar, button
from linkwizard.gui.controller import Controller
from linkwizard.gui.workers import Job

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from linkwizard.usecases.team import Added, Listed


class AddFromTeamDialog(QDialog):
    """The team's keys with a checkbox each, like the import page: the chosen ones are linked
    on this computer after a connection test; the keys stay in the vault."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addFromTeamDialog")
        self.setWindowTitle(self.tr("Add from team vault"))
        self.setAccessibleName(self.tr("Add accounts from the team vault"))
        self.controller = controller
        self._job: Job[Any, Any] | None = None
        self.summary = QLabel(self.tr("Reading the team's keys…"))
        self.summary.setObjectName("teamAddSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.entries = QListWidget()
        self.entries.setObjectName("teamEntries")
        self.entries.setAccessibleName(self.tr("Keys in the team vault"))
        self.entries.itemChanged.connect(lambda item: self._update_button())
        self.progress = busy_bar()
        self.progress.setObjectName("teamAddProgress")
        self.progress.setVisible(True)
        self.add_button = button("teamAddButton", self.tr("&Add selected"), self.add_selected,
                                 accessible=self.tr("Add the selected accounts"))
        self.add_button.setEnabled(False)
        self.add_button.setDefault(True)
        buttons = QDialogButtonBox()
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("teamAddCloseButton")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.entries, 1)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.resize(560, 420)
        listing = controller.team.entries()
        listing.on_success(self._listed).on_failure(self._failed)
        self._job = listing

    def reject(self) -> None:
        if self._job is not None and self._job.is_running():
            self._job.cancel()
        super().reject()

    def _listed(self, listed: list[Listed]) -> None:
        self.progress.setVisible(False)
        self.entries.blockSignals(True)  # itemChanged for each row as it is filled
        self.entries.clear()
        for item in listed:
            entry = item.entry
            about = entry.about
            described = (i18n.environment_label_of(about.get("environment", "")), about.get("key_hint", ""),
                         self.tr("as described")) \
                if about.get("key_hint") else (self.tr("no details"),)  # not written by linkwizard, or half
            # (the key itself is tested when it is added: until then this is the teammate's word)
            text = " · ".join(part for part in (
                entry.name, *described, self.tr("version %d") % entry.version,
                self.tr("by %s") % QCoreApplication.translate("values", entry.updated_by)) if part)
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, entry.name)
            if item.linked_as is not None or entry.deleted:
                row.setFlags(row.flags() & ~Qt.ItemFlag.ItemIsUserCheckable & ~Qt.ItemFlag.ItemIsEnabled)
                row.setText(text + " — " + (self.tr("linked here") if item.linked_as else self.tr("deleted")))
            else:
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked)
            self.entries.addItem(row)
        self.entries.blockSignals(False)
        addable = sum(1 for i in range(self.entries.count())
                      if self.entries.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)
        self.summary.setText(" ".join((self.tr("%n key(s) in the team vault;", "", len(listed)),
                                       self.tr("%n not linked here yet.", "", addable),
                                       self.tr("Each is tested with Stripe before it is added; the keys stay "
                                               "in the vault."))) if listed else
                             self.tr("No Stripe keys in the team vault yet. Share one from an account's details."))
        self._update_button()
        self.entries.setFocus()

    def _chosen(self) -> list[str]:
        return [str(self.entries.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.entries.count())
                if self.entries.item(i).checkState() == Qt.CheckState.Checked
                and self.entries.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable]

    def _update_button(self) -> None:
        self.add_button.setEnabled(bool(self._chosen()) and not self.progress.isVisible())

    def add_selected(self) -> None:
        names = self._chosen()
        if not names:
            return
        self.progress.setVisible(True)
        self.add_button.setEnabled(False)
        self.summary.setText(self.tr("Adding %n account(s): reading each key and testing it with Stripe…", "",
                                     len(names)))
        adding = self.controller.team.add(names)
        adding.on_success(self._added).on_failure(self._failed)
        self._job = adding

    def _added(self, results: list[Added]) -> None:
        self.progress.setVisible(False)
        done = [r for r in results if r.account is not None]
        failed = [r for r in results if r.problem is not None]
        lines = [self.tr("Added %n account(s) from the team vault.", "", len(done))]
        lines += [f"{r.name}: {i18n.problem_sentence(r.problem)}" for r in failed if r.problem is not None]
        self.summary.setText("\n".join(lines))
        listing = self.controller.team.entries()
        listing.on_success(lambda listed: self._relisted(listed, "\n".join(lines))).on_failure(self._failed)
        self._job = listing

    def _relisted(self, listed: list[Listed], said: str) -> None:
        self._listed(listed)
        self.summary.setText(said)

    def _failed(self, found: Problem) -> None:
        self.progress.setVisible(False)
        self.summary.setText(i18n.problem_sentence(found))
        self._update_button()

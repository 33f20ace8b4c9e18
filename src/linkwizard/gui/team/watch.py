"""While the window is open, a teammate's new version of a team key shows within minutes,
without *Verify now*: every few minutes the team's entries are listed from their metadata
(OpenBao: one `detailed-metadata` request; HashiCorp Vault: one metadata read per entry), and
an account whose version moved on is checked like any other check (gui/team/changes.py says
who replaced it). Nothing is read when no team account is linked."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from linkwizard.usecases.team import name_in_vault

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.gui.accounts.model import AccountsModel
    from linkwizard.gui.controller import Controller
    from linkwizard.usecases.team import Listed

LOOK_EVERY_MS = 4 * 60 * 1000  # a replacement shows within 5 minutes, with the check's own time


class TeamWatch(QObject):
    def __init__(self, controller: Controller, model: AccountsModel, parent: QObject | None = None,
                 every_ms: int = LOOK_EVERY_MS) -> None:
        super().__init__(parent)
        self._controller = controller
        self._model = model
        self._looking = False
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.look)
        controller.team.settings_changed.connect(self._settings)
        self._settings(controller.team.settings)

    def set_interval(self, every_ms: int) -> None:
        self._timer.setInterval(every_ms)

    def _settings(self, settings: object) -> None:
        if settings is None:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def look(self) -> None:
        """List the team's entries (metadata only, off the window's thread) and compare."""
        if self._looking or not any(a.in_team_vault for a in self._model.accounts()):
            return
        self._looking = True
        job = self._controller.team.entries()
        job.on_success(self._compare)
        job.finished.connect(self._done)

    def _done(self) -> None:
        self._looking = False

    def _compare(self, listed: list[Listed]) -> None:
        versions = {item.entry.name: item.entry.version for item in listed}
        moved = [account for account in self._model.accounts() if account.in_team_vault
                 and versions.get(name_in_vault(account), account.team_version) != account.team_version]
        if moved:
            self._controller.verify(moved)

"""The team vault in the window: its banner, the notice of a teammate's change, its two
dialogs, the watch over the team's versions, and what the details pane needs to know.

The window places the banner and the notice, and calls `attach` once the controller exists.
The strings keep the window's translation context: they are the window's words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from linkwizard.gui.common.notices import ActionNotice

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.domain.problems import Problem
    from linkwizard.gui.accounts.details import AccountDetails
    from linkwizard.gui.accounts.model import AccountsModel
    from linkwizard.gui.controller import Controller
    from linkwizard.gui.team.add_dialog import AddFromTeamDialog
    from linkwizard.gui.team.changes import TeamChanges
    from linkwizard.gui.team.vault_dialog import TeamVaultDialog
    from linkwizard.gui.wizard.link_wizard import LinkWizard
    from linkwizard.usecases.team import Settings


translate = QCoreApplication.translate


class TeamRoom(QObject):
    def __init__(self, window: QWidget, when_attached: Callable[[Callable[[Controller], object]], None]) -> None:
        super().__init__(window)
        self._window = window  # the dialogs' parent
        self._when_attached = when_attached  # runs with the controller, now or once it exists
        self.banner = ActionNotice("teamBanner", translate("MainWindow", "Team vault"),
                                   translate("MainWindow", "&Log in…"), self.open_vault)
        self.change_notice = ActionNotice("teamChangeNotice", translate("MainWindow", "A teammate replaced a key"),
                                          translate("MainWindow", "&OK"), lambda: self.change_notice.setVisible(False))
        self.changes: TeamChanges | None = None
        self.vault_dialog: TeamVaultDialog | None = None
        self.add_dialog: AddFromTeamDialog | None = None

    def attach(self, controller: Controller, model: AccountsModel) -> None:
        from linkwizard.gui.team.changes import TeamChanges
        from linkwizard.gui.team.watch import TeamWatch

        controller.team.trouble.connect(self._trouble)
        controller.team.fine.connect(lambda: self.banner.setVisible(False))
        self.changes = TeamChanges(self.change_notice, self)
        controller.teammate_replaced.connect(self.changes.replaced)
        self.watch = TeamWatch(controller, model, self)

    def inform(self, details: AccountDetails, controller: Controller) -> None:
        """A new details pane: the vault set up here, what this login may write, teammates' changes."""
        details.set_team(controller.team.settings)
        controller.team.settings_changed.connect(details.set_team)
        details.set_team_writes(controller.team.may_write)
        controller.team.writes.connect(details.set_team_writes)
        if self.changes is not None:
            details.replacement_for = self.changes.line_for

    def serve(self, wizard: LinkWizard, controller: Controller) -> None:
        """A wizard's requests of the team vault: log in, add from it; and the vault set up meanwhile."""
        wizard.connect_page.log_in_requested.connect(self.open_vault)
        wizard.connect_page.add_from_team_requested.connect(self.open_add)
        controller.team.settings_changed.connect(wizard.enter_key_page.offer_team)

    def open_vault(self) -> None:
        """*Accounts › Team vault…*: where the team vault is, and the login."""
        self._when_attached(self._open_vault)

    def _open_vault(self, controller: Controller) -> None:
        from linkwizard.gui.team.vault_dialog import TeamVaultDialog

        self.vault_dialog = TeamVaultDialog(controller, self._window)
        self.vault_dialog.show()

    def open_add(self) -> None:
        """*Accounts › Add from team vault…*: the team's keys, each with a checkbox; the settings
        first when none are set up (once they are read: chosen at launch, it waits for them)."""
        self._when_attached(lambda controller: controller.team.with_settings(
            lambda settings: self._add(controller, settings)))

    def _add(self, controller: Controller, settings: Settings | None) -> None:
        if settings is None:
            self.open_vault()
            return
        from linkwizard.gui.team.add_dialog import AddFromTeamDialog

        self.add_dialog = AddFromTeamDialog(controller, self._window)
        self.add_dialog.show()

    def _trouble(self, found: Problem) -> None:
        """The banner: a login to renew has its button; a vault that is sealed or away, the advice."""
        from linkwizard.gui.common import i18n

        login = found.needs_login
        self.banner.button.setText(translate("MainWindow", "&Log in…") if login
                                   else translate("MainWindow", "Team &vault…"))
        self.banner.say(f"{i18n.problem_title(found)}." if login else i18n.problem_sentence(found))

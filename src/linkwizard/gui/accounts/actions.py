"""What the buttons of an account's details do: each asks a dialog where it must, then hands
the use case to the Controller, and says the outcome in the status bar.

The strings keep the window's translation context: they are the window's words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from linkwizard.domain.account import Account
from linkwizard.gui.accounts.details import AccountDetails
from linkwizard.gui.common import dialogs
from linkwizard.gui.controller import Controller
from linkwizard.usecases.diagnostics import diagnostics_text

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.usecases.team import Settings

translate = QCoreApplication.translate


class AccountActions(QObject):
    def __init__(self, window: QWidget, details: AccountDetails, status: QStatusBar,
                 usable: Callable[[], Controller | None], replace: Callable[[Account], None]) -> None:
        super().__init__(window)
        self._window = window
        self._status = status
        self._usable = usable  # the controller, or None after the window said why there is none
        details.dashboard_requested.connect(
            lambda account: QDesktopServices.openUrl(QUrl(account.environment.dashboard_keys_url)))
        details.diagnostics_requested.connect(
            lambda account: QGuiApplication.clipboard().setText(diagnostics_text(account)))
        details.replace_requested.connect(replace)
        details.verify_requested.connect(self.verify)
        details.permissions_requested.connect(self.check_permissions)
        details.rename_requested.connect(self.rename)
        details.remove_requested.connect(self.remove)
        details.share_requested.connect(self.share)

    def verify(self, account: Account) -> None:
        if (controller := self._usable()) is not None:
            controller.verify([account])

    def check_permissions(self, account: Account) -> None:
        if (controller := self._usable()) is not None:
            self._status.showMessage(translate("MainWindow", "Checking what “%s” can read…") % account.name)
            controller.check_permissions(account).on_success(lambda checked: self._status.showMessage(
                translate("MainWindow", "Permissions of “%s” checked.") % checked.name, 5000)).on_failure(
                lambda found: self._status.clearMessage())  # the problem says the rest

    def rename(self, account: Account) -> None:
        if (controller := self._usable()) is not None and (name := dialogs.ask_new_name(self._window, account)):
            controller.rename(account, name)

    def remove(self, account: Account) -> None:
        if (controller := self._usable()) is None:
            return
        if account.in_team_vault:
            chosen = dialogs.confirm_remove_team(self._window, account,
                                                 may_delete=controller.team.may_write is not False)
            if chosen is not None:
                controller.remove(account, from_team=chosen)
        elif dialogs.confirm_remove(self._window, account):
            controller.remove(account)

    def share(self, account: Account) -> None:
        if (controller := self._usable()) is not None:
            controller.team.with_settings(lambda settings: self._share(controller, account, settings))

    def _share(self, controller: Controller, account: Account, settings: Settings | None) -> None:
        if settings is not None and dialogs.confirm_share(self._window, account, settings.address):
            self._status.showMessage(translate("MainWindow", "Moving the key of “%s” into the team vault…")
                                     % account.name)
            controller.share(account).on_success(lambda shared: self._status.showMessage(translate(
                "MainWindow", "“%s” is shared with your team (version %d).") % (shared.name, shared.team_version or 0),
                8000)).on_failure(lambda found: self._status.clearMessage())  # no stale "Moving…"


def details_with_actions(window: QWidget, status: QStatusBar, usable: Callable[[], Controller | None],
                         replace: Callable[[Account], None]) -> AccountDetails:
    """The details pane, its buttons doing what they say (the actions live as long as the window)."""
    details = AccountDetails()
    AccountActions(window, details, status, usable, replace)
    return details

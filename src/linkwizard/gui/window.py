"""The main window: layout, menus, dialogs, and the wiring between the widgets and the
Controller, which decides (gui/controller.py). Built in two steps: the shell the first paint
shows, then `attach`, which brings the services and the controller (gui/app.py)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QMainWindow

from linkwizard.gui import menus
from linkwizard.gui.accounts.model import AccountsModel
from linkwizard.gui.accounts.navigation import Navigation
from linkwizard.gui.accounts.panel import AccountsPanel
from linkwizard.gui.background import BackgroundMode
from linkwizard.gui.common.notices import Notice, under_notices
from linkwizard.gui.content import Content, beside
from linkwizard.gui.startup import warmup
from linkwizard.gui.team.room import TeamRoom

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent

    from linkwizard.domain.account import Account
    from linkwizard.domain.problems import Problem
    from linkwizard.gui.accounts.details import AccountDetails
    from linkwizard.gui.companion import Companion
    from linkwizard.gui.controller import Controller
    from linkwizard.gui.wizard.link_wizard import LinkWizard
    from linkwizard.usecases.services import Services
# Everything else is imported where first used: the first paint needs none of it.

class MainWindow(QMainWindow):
    quit_requested = Signal()  # *Quit*: everything is stopped; the app may end (gui/app.py)

    def __init__(self, services: Services | None = None, startup_problem: Problem | None = None,
                 verify_at_launch: bool = True) -> None:
        """The window; with services (or the problem that refused them) attached straight away."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("linkwizard")
        self.setMinimumSize(860, 560)
        self.controller: Controller | None = None
        self._startup_problem: Problem | None = None
        self.verify_at_launch = verify_at_launch
        self.single_instance: QObject | None = None  # answers later launches (set by app.main)
        self.companion: Companion | None = None
        self.background = BackgroundMode(self, self._usable)  # closing the window may keep it running
        self._quitting = False
        self.model = AccountsModel()
        self.panel = AccountsPanel(self.model)
        self.right = Content(self._make_details, self.model.is_checking, preparing=warmup.details_modules())
        self.api_base_banner = Notice("apiBaseBanner", self.tr("Stripe API address"))
        self.keyring_banner = Notice("keyringBanner", self.tr("Keyring"))
        self._pending: list[Callable[[Controller], object]] = []  # chosen before `attach`
        self.team = TeamRoom(self, self.when_attached)
        self.setCentralWidget(under_notices(
            [self.api_base_banner, self.keyring_banner, self.team.banner, self.team.change_notice],
            beside(self.panel, self.right)))
        self.statusBar().setObjectName("statusBar")
        self.accounts_menu, self.settings_menu, self.help_menu = menus.titles(self)
        self._restore_geometry()
        self.panel.add_requested.connect(self.start_wizard)
        self.panel.import_requested.connect(self.open_import)
        self.navigation = Navigation(self.panel, self.right, self.setWindowTitle)
        if services is not None or startup_problem is not None:
            self.fill_menus()
            self.attach(services, startup_problem)

    def attach(self, services: Services | None, startup_problem: Problem | None = None) -> None:
        """The core's services and the controller over them. Without services (a refused API
        base) there is nothing to control: the window says why when asked to do anything."""
        self._startup_problem = startup_problem
        if services is None:
            return
        from linkwizard.gui.common import i18n
        from linkwizard.gui.controller import Controller

        self.controller = controller = Controller(services, self, model=self.model)
        if not services.talks_to_stripe:
            self.api_base_banner.say(i18n.not_stripe(services.api_base, services.sends_live_keys_elsewhere))
        controller.accounts_loaded.connect(lambda accounts: warmup.once_shown(self))
        controller.accounts_loaded.connect(self.navigation.loaded)
        controller.nothing_linked.connect(self._first_run)
        controller.account_changed.connect(self.navigation.changed)
        controller.account_added.connect(self.navigation.added)
        controller.account_removed.connect(self.navigation.refresh)
        controller.account_removed.connect(lambda account: self.statusBar().showMessage(
            self.tr("Removed “%s”.") % account.name, 5000))
        controller.checking_started.connect(lambda count: self._checking(
            self.tr("Checking %n account(s) with Stripe…", "", count)))
        controller.checking_finished.connect(lambda: self._checking(self.tr("Accounts checked."), 5000))
        controller.problem.connect(self.show_problem)
        controller.plaintext_found.connect(
            lambda found: self.panel.offer_import(sum(1 for c in found if c.offerable)))
        controller.keyring_unavailable.connect(
            lambda found: self.keyring_banner.say(i18n.problem_sentence(found)))
        self.team.attach(controller, self.model)
        from linkwizard.gui.accounts.list_follower import ListFollower

        self.list_follower = ListFollower(controller, self)  # the CLI's and other processes' changes
        self.background.settings_changed.connect(lambda settings: menus.show_settings(self, settings))
        self.companion = companion = self.background.attach(controller)
        companion.open_account.connect(lambda account_id: self.bring_to_front())  # a notification was clicked
        companion.open_account.connect(self.navigation.show)
        companion.open_requested.connect(self.bring_to_front)
        companion.quit_requested.connect(self.quit_app)
        for then in self._pending:
            then(controller)

    def _make_details(self) -> AccountDetails:
        from linkwizard.gui.accounts.actions import details_with_actions

        details = details_with_actions(self, self.statusBar(), self._usable,
                                       lambda account: self.start_wizard(replacing=account))
        if self.controller is not None:
            self.team.inform(details, self.controller)
        return details

    @property
    def details(self) -> AccountDetails | None:
        return self.right.details

    def fill_menus(self) -> None:
        menus.fill(self)

    def open_log_folder(self) -> None:
        self.when_attached(lambda controller: controller.log_folder().on_success(menus.open_folder))

    def show_about(self) -> None:
        from linkwizard.gui.common import dialogs

        team = self.controller.team.settings if self.controller is not None else None
        self.about_message = dialogs.about_box(self, team.address if team is not None else None)

    def show_problem(self, found: Problem) -> None:
        from linkwizard.gui.common import dialogs

        self.problem_message = dialogs.problem_box(self, found)

    def when_attached(self, then: Callable[[Controller], object]) -> None:
        """`then` now, or once `attach` brings the controller: a menu chosen then is not lost."""
        if self.controller is None and self._startup_problem is None:
            self._pending.append(then)
        elif (controller := self._usable()) is not None:
            then(controller)

    def _usable(self) -> Controller | None:
        """The controller, or None after saying why there is none (a refused API base)."""
        if self.controller is None and self._startup_problem is not None:
            self.show_problem(self._startup_problem)
        return self.controller

    def load_accounts(self) -> None:
        """Start the controller (gui/app.py calls this after the first paint)."""
        controller = self._usable()
        if controller is None:
            self.panel.loaded()
            return
        controller.start(check_health=self.verify_at_launch)
        warmup.while_loading(self, self.panel.prepare_list)

    def _checking(self, message: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(message, timeout)
        self.navigation.refresh()

    def _first_run(self) -> None:
        """Nothing is linked yet: the wizard opens by itself."""
        self.start_wizard()
        self.navigation.first_run_wizard = self.wizard

    def start_wizard(self, replacing: Account | None = None) -> None:
        """A new account, or (`replacing`) the key rotation: the key page, environment fixed, name kept."""
        controller = self._usable()
        if controller is None:
            return
        from linkwizard.gui.wizard.link_wizard import LinkWizard

        wizard = LinkWizard(self.model.names, controller.link, replacing=replacing,
                            team_address=lambda: getattr(controller.team.settings, "address", None))
        wizard.connect_page.open_existing.connect(self.navigation.show_existing)
        self.team.serve(wizard, controller)
        wizard.connect_page.replace_existing.connect(
            lambda account_id: wizard.switch_to_replacing(self.model.account(account_id)))
        wizard.linked.connect(self._linked)
        self.right.open_wizard(wizard)

    def open_import(self) -> None:
        """The keys in plaintext on this computer, to link and retire (gui/imports/page.py)."""
        if (controller := self._usable()) is None:
            return
        from linkwizard.gui.imports.page import ImportPage

        self.right.open_import(ImportPage(controller))

    @property
    def wizard(self) -> LinkWizard | None:
        return self.right.wizard

    def _linked(self, account: Account, replaced: bool) -> None:
        self.panel.select(account.id)
        if replaced:
            self.statusBar().showMessage(self.tr("The key of “%s” was replaced.") % account.name, 8000)
            return
        from linkwizard.gui.common import dialogs

        self.linked_message = dialogs.linked_box(self, account)

    def bring_to_front(self) -> None:
        """Another launch asked for this window: restore it and give it focus."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def quit_app(self) -> None:
        """*Quit* (menu, tray, the session ending): stop the checks and end the process."""
        self._quitting = True
        if self.isVisible():
            self.close()  # closeEvent ends the rest
        else:
            self._end()  # a hidden window gets no close event

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if not (isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)):
            self.resize(980, 640)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible():
            QSettings().setValue("window/geometry", self.saveGeometry())
        if self.background.keeps_running() and not self._quitting:
            super().closeEvent(event)  # the window goes; the checks and notifications stay
            return
        self._end()
        super().closeEvent(event)

    def _end(self) -> None:
        """Stop the wizard, the checks and the notifications, and wait for their threads."""
        if self.wizard is not None:
            self.wizard.stop()
        self.right.close_import()
        if self.companion is not None:
            self.companion.close()
        if self.controller is not None:
            self.controller.shutdown()
        if self._quitting:
            self.quit_requested.emit()  # hidden, the window's closing alone would not end the app

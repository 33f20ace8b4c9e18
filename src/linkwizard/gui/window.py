"""The main window: accounts panel on the left, the wizard or account details on the right.

It shows things: layout, menus, dialogs, and the wiring between the widgets and the
Controller, which decides everything (gui/controller.py). The window is built in two steps:
the shell the first paint shows (no module of the core is loaded for it), then `attach`,
which brings the core's services and the controller (gui/app.py calls it after that paint).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from linkwizard.gui.accounts_model import AccountsModel
from linkwizard.gui.accounts_panel import AccountsPanel
from linkwizard.gui.content import Content
from linkwizard.gui.first_paint import building_widget_types, importing, in_turns
from linkwizard.gui.notices import Notice

TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from linkwizard.domain.problems import Problem
    from linkwizard.gui.account_details import AccountDetails
    from linkwizard.gui.controller import Controller
    from linkwizard.gui.wizard.link_wizard import LinkWizard
    from linkwizard.gui.workers import JobRunner
    from linkwizard.store.accounts import Account
    from linkwizard.usecases.services import Services

# Everything else is imported where it is first used: every module and every Qt class costs
# time when first loaded or touched, and none of them is needed for the first paint.
USER_GUIDE_URL = "https://github.com/linkwizard/linkwizard#user-guide"


class MainWindow(QMainWindow):
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
        self._chores: JobRunner | None = None
        self.model = AccountsModel()
        self.panel = AccountsPanel(self.model)
        self.panel.setMinimumWidth(260)
        self._details_modules = [importing(f"linkwizard.gui.{name}")
                                 for name in ("permissions_view", "account_details", "account_actions")]
        self.right = Content(self._make_details, self.model.is_checking, preparing=self._details_modules)
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        self.api_base_banner = Notice("apiBaseBanner", self.tr("Stripe API address"))
        self.keyring_banner = Notice("keyringBanner", self.tr("Keyring"))
        central = QWidget()
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        for widget in (self.api_base_banner, self.keyring_banner):
            column.addWidget(widget)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")
        self.accounts_menu = self._menu("accountsMenu", self.tr("&Accounts"))
        self.help_menu = self._menu("helpMenu", self.tr("&Help"))
        self._restore_geometry()
        self.panel.add_requested.connect(self.start_wizard)
        self.panel.import_requested.connect(self.open_import)
        self.panel.account_selected.connect(self.right.show_account)
        self.panel.review_requested.connect(self._review_attention)
        if services is not None or startup_problem is not None:
            self.fill_menus()
            self.attach(services, startup_problem)

    def attach(self, services: Services | None, startup_problem: Problem | None = None) -> None:
        """The core's services and the controller over them. Without services (a refused API
        base) there is nothing to control: the window says why when asked to do anything."""
        self._startup_problem = startup_problem
        if services is None:
            return
        from linkwizard.gui import i18n
        from linkwizard.gui.controller import Controller

        self.controller = controller = Controller(services, self, model=self.model)
        if not controller.services.talks_to_stripe:
            self.api_base_banner.say(self.tr("Not connected to Stripe: requests go to %s (LINKWIZARD_API_BASE). "
                                             "Live keys are not sent there.") % controller.services.api_base)
        controller.accounts_loaded.connect(self._accounts_loaded)
        controller.account_changed.connect(self._account_changed)
        controller.account_added.connect(self._account_changed)
        controller.account_removed.connect(self._removed)
        controller.checking_started.connect(lambda count: self._checking(
            self.tr("Checking accounts with Stripe: %d…") % count))
        controller.checking_finished.connect(lambda: self._checking(self.tr("Accounts checked."), 5000))
        controller.problem.connect(self.show_problem)
        controller.plaintext_found.connect(
            lambda found: self.panel.offer_import(sum(1 for c in found if c.offerable)))
        controller.keyring_unavailable.connect(
            lambda found: self.keyring_banner.say(f"{i18n.problem_title(found)}. {i18n.problem_advice(found)}"))

    @property
    def chores(self) -> JobRunner:
        """The window's own background work (not a use case), started the first time it is needed."""
        if self._chores is None:
            from linkwizard.gui.workers import JobRunner

            self._chores = JobRunner(self)
        return self._chores

    def _make_details(self) -> AccountDetails:
        from linkwizard.gui.account_actions import AccountActions
        from linkwizard.gui.account_details import AccountDetails

        details = AccountDetails()
        self.account_actions = AccountActions(self, details, self.statusBar(), self._usable,
                                              lambda account: self.start_wizard(replacing=account))
        return details

    @property
    def details(self) -> AccountDetails:
        return self.right.details

    def _menu(self, name: str, title: str) -> QMenu:
        """A menu's title, on the bar from the first paint; its items come with `fill_menus`."""
        menu = self.menuBar().addMenu(title)
        menu.setObjectName(name)
        menu.aboutToShow.connect(self.fill_menus)  # opened sooner than that: filled now
        return menu

    def fill_menus(self) -> None:
        """The menus' items and their shortcuts: not on screen at the first paint, so made
        just after it (gui/app.py), or when a menu is first opened. Once."""
        if self.accounts_menu.actions():
            return
        from PySide6.QtGui import QKeySequence

        accounts = self.accounts_menu
        add = accounts.addAction(self.tr("&Add account…"), QKeySequence.StandardKey.New, self.start_wizard)
        add.setObjectName("addAccountAction")
        found = accounts.addAction(self.tr("&Import keys from this computer…"), self.open_import)
        found.setObjectName("importKeysAction")
        accounts.addSeparator()
        quit_action = accounts.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        quit_action.setObjectName("quitAction")
        help_menu = self.help_menu
        guide = help_menu.addAction(self.tr("&User guide"), QKeySequence.StandardKey.HelpContents, self.open_user_guide)
        guide.setObjectName("userGuideAction")
        logs = help_menu.addAction(self.tr("Open &log folder"), self.open_log_folder)
        logs.setObjectName("openLogFolderAction")
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About linkwizard"), self.show_about)
        about.setObjectName("aboutAction")

    def open_user_guide(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl(USER_GUIDE_URL))

    def open_log_folder(self) -> None:
        """Made (private) in the background if nothing was logged yet: an empty folder beats an error."""
        from linkwizard.store import paths

        def opened(folder: Path) -> None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        self.chores.start(lambda cancel, report: paths.private_log_dir(), on_success=opened)

    def show_about(self) -> None:
        from linkwizard.gui import dialogs

        self.about_message = dialogs.about_box(self)

    def show_problem(self, found: Problem) -> None:
        from linkwizard.gui import dialogs

        self.problem_message = dialogs.problem_box(self, found)

    def _usable(self) -> Controller | None:
        """The controller, or None after saying why there is none (a refused API base)."""
        if self.controller is None and self._startup_problem is not None:
            self.show_problem(self._startup_problem)
        return self.controller

    # start-up ---------------------------------------------------------------------
    def load_accounts(self) -> None:
        """Read the account list in the background (after the first paint), then check health.

        While it is read, what showing it will need (the list's painter, the details pane's
        modules, PySide6's types for Qt's widgets) is loaded, each in a turn of the event loop
        of its own; once it is shown, the dialogs and the wizard. None of them then holds the
        window up for long, nor the moment a check finishes."""
        controller = self._usable()
        if controller is None:
            self.panel.loaded()
            return
        controller.load()
        in_turns(self, [importing("PySide6.QtWidgets", "QStyle"), importing("PySide6.QtGui", "QFont"),
                        self.panel.prepare_list, *self._details_modules, *building_widget_types()])

    def _accounts_loaded(self, accounts: list[Account]) -> None:
        import gc

        # What is loaded now lives as long as the window: keep it out of the collector's full
        # passes, which otherwise hold the window up for 15 ms and more with 1,000 accounts.
        gc.freeze()
        in_turns(self, [importing("linkwizard.gui.dialogs"), importing("linkwizard.gui.wizard.link_wizard")])
        self.panel.loaded()
        if not accounts:
            self.start_wizard()
            return
        self.panel.select(accounts[0].id)
        if self.verify_at_launch and self.controller is not None:
            self.controller.start_health_checks()

    def _checking(self, message: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(message, timeout)
        self._refresh_details()

    def _account_changed(self, account: Account) -> None:
        if (current := self.panel.current()) is not None and current.id == account.id:
            self._refresh_details()

    # wizard -----------------------------------------------------------------------
    def start_wizard(self, replacing: Account | None = None) -> None:
        """A new account, or (`replacing`) the key rotation: the key page, environment fixed, name kept."""
        controller = self._usable()
        if controller is None:
            return
        from linkwizard.gui.wizard.link_wizard import LinkWizard

        wizard = LinkWizard(self.model.names, controller.link, replacing=replacing)
        wizard.connect_page.open_existing.connect(self._open_existing)
        wizard.connect_page.replace_existing.connect(
            lambda account_id: wizard.switch_to_replacing(self.model.account(account_id)))
        wizard.linked.connect(self._linked)
        wizard.finished.connect(lambda result: self._wizard_finished(wizard))
        self.right.open_wizard(wizard)

    def open_import(self) -> None:
        """The keys in plaintext on this computer, to link and retire (gui/import_page.py)."""
        if (controller := self._usable()) is None:
            return
        from linkwizard.gui.import_page import ImportPage

        page = ImportPage(controller)
        page.closed.connect(self.right.close_import)
        page.closed.connect(self._refresh_details)
        self.right.open_import(page)

    @property
    def wizard(self) -> LinkWizard | None:
        return self.right.wizard

    def _open_existing(self, account_id: str) -> None:
        """A twin was refused: close the wizard and show the account that is already linked."""
        if self.wizard is not None:
            self.wizard.reject()
        self.panel.select(account_id)
        self.right.show_account(self.panel.current())

    def _review_attention(self) -> None:
        attention = self.panel.needing_attention()
        if attention:
            self.right.close_wizard()
            self.panel.select(attention[0].id)
            self.right.show_account(attention[0])
            self.details.replace_button.setFocus()

    def _linked(self, account: Account, replaced: bool) -> None:
        self.panel.select(account.id)
        if replaced:
            self.statusBar().showMessage(self.tr("The key of “%s” was replaced.") % account.name, 8000)
            return
        from linkwizard.gui import dialogs

        self.linked_message = dialogs.linked_box(self, account)

    def _wizard_finished(self, wizard: LinkWizard) -> None:
        self.right.close_wizard(only=wizard)
        self._refresh_details()

    # account actions --------------------------------------------------------------
    def _refresh_details(self) -> None:
        self.right.show_account(self.panel.current())

    def _removed(self, account: Account) -> None:
        self._refresh_details()
        self.statusBar().showMessage(self.tr("Removed “%s”.") % account.name, 5000)

    # window life ------------------------------------------------------------------
    def bring_to_front(self) -> None:
        """Another launch asked for this window: restore it and give it focus."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(980, 640)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        if self.wizard is not None:
            self.wizard.stop()
        self.right.close_import()
        if self.controller is not None:
            self.controller.shutdown()
        if self._chores is not None:
            self._chores.shutdown()
        super().closeEvent(event)

"""The main window: accounts panel on the left, the wizard or account details on the right."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QObject, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from linkwizard import linking
from linkwizard.accounts import Account, clean_name
from linkwizard.cancellation import CancelToken
from linkwizard.diagnostics import diagnostics_text
from linkwizard.gui import i18n
from linkwizard.gui.account_details import AccountDetails
from linkwizard.gui.accounts_model import AccountsModel
from linkwizard.gui.accounts_panel import AccountsPanel
from linkwizard.gui.style import SPACING, app_icon
from linkwizard.gui.workers import Job, JobRunner
from linkwizard.keys import Environment
from linkwizard.problems import Category, LinkwizardError, Problem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.gui.wizard.link_wizard import LinkWizard

# Dialogs and the wizard are imported where they are first used: every Qt class costs time
# when first touched, and none of them is on screen before the window's first paint.
log = logging.getLogger(__name__)
LAUNCH_CONCURRENCY = 4
HEALTH_CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000  # every four hours while the app runs
USER_GUIDE_URL = "https://github.com/linkwizard/linkwizard#user-guide"


class MainWindow(QMainWindow):
    def __init__(self, services: linking.Services | None, startup_problem: Problem | None = None,
                 verify_at_launch: bool = True) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("linkwizard")
        self.setWindowIcon(app_icon())
        self.setMinimumSize(860, 560)
        self.services = services
        self.runner = JobRunner(self)
        self.model = AccountsModel()
        self.verify_at_launch = verify_at_launch
        self.launch_check: Job | None = None
        self.wizard: LinkWizard | None = None
        self.single_instance: QObject | None = None  # answers later launches (set by app.main)
        self._details_refresh_pending = False

        self.panel = AccountsPanel(self.model)
        self.panel.setMinimumWidth(260)
        self.panel.add_requested.connect(self.start_wizard)
        self.panel.account_selected.connect(self._show_details)
        self.details = AccountDetails()
        self.details.verify_requested.connect(lambda account: self.verify([account]))
        self.details.rename_requested.connect(self._rename)
        self.details.remove_requested.connect(self._remove)
        self.details.dashboard_requested.connect(
            lambda account: QDesktopServices.openUrl(QUrl(account.environment.dashboard_keys_url)))
        self.details.diagnostics_requested.connect(
            lambda account: QGuiApplication.clipboard().setText(diagnostics_text(account)))
        self.details.permissions_requested.connect(self.check_permissions)
        self.details.replace_requested.connect(self.start_replace)
        self.panel.review_requested.connect(self._review_attention)
        self.health_timer = QTimer(self)
        self.health_timer.setObjectName("healthTimer")
        self.health_timer.setInterval(HEALTH_CHECK_INTERVAL_MS)
        self.health_timer.timeout.connect(self.check_health)
        self.placeholder = QLabel(self.tr("Select an account on the left, or add a new one."))
        self.placeholder.setObjectName("detailsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.right = QStackedWidget()
        self.right.setObjectName("contentStack")
        self.right.addWidget(self.placeholder)
        self.right.addWidget(self.details)
        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 700])
        self.api_base_banner = self._api_base_banner()
        self.keyring_banner = self._notice("keyringBanner", self.tr("Keyring"))
        central = QWidget()
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.api_base_banner)
        column.addWidget(self.keyring_banner)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.statusBar().setObjectName("statusBar")
        self._build_menus()
        self._restore_geometry()
        self._startup_problem = startup_problem

    def _notice(self, name: str, accessible_name: str) -> QLabel:
        """A strip above everything that stays while its condition lasts (hidden until told)."""
        banner = QLabel()
        banner.setObjectName(name)
        banner.setTextFormat(Qt.TextFormat.PlainText)
        banner.setWordWrap(True)
        banner.setMargin(SPACING // 2)
        banner.setStyleSheet(f"QLabel#{name} {{ background: #9a6700; color: white; font-weight: bold; }}")
        banner.setAccessibleName(accessible_name)
        banner.setVisible(False)
        return banner

    def _api_base_banner(self) -> QLabel:
        """Says, for as long as the window is open, that requests go somewhere other than Stripe."""
        from linkwizard.api_base import is_stripe

        banner = self._notice("apiBaseBanner", self.tr("Stripe API address"))
        base = self.services.api_base if self.services is not None else None
        if base is not None and not is_stripe(base):
            banner.setText(self.tr("Not connected to Stripe: requests go to %s (LINKWIZARD_API_BASE). Live keys "
                                   "are not sent there.") % base)
            banner.setVisible(True)
        return banner

    def _keyring_unavailable(self, found: object) -> None:
        """No keyring could hold a key: say so up front, not only when a link fails at the end."""
        if not isinstance(found, Problem):
            return
        log.warning("keyring unavailable at start-up: %s", found.kind.name)
        self.keyring_banner.setText(f"{i18n.problem_title(found)}. {i18n.problem_advice(found)}")
        self.keyring_banner.setVisible(True)

    def _build_menus(self) -> None:
        accounts = self.menuBar().addMenu(self.tr("&Accounts"))
        accounts.setObjectName("accountsMenu")
        add = accounts.addAction(self.tr("&Add account…"), QKeySequence.StandardKey.New, self.start_wizard)
        add.setObjectName("addAccountAction")
        accounts.addSeparator()
        quit_action = accounts.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        quit_action.setObjectName("quitAction")
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        guide = help_menu.addAction(self.tr("&User guide"), QKeySequence.StandardKey.HelpContents,
                                    lambda: QDesktopServices.openUrl(QUrl(USER_GUIDE_URL)))
        guide.setObjectName("userGuideAction")
        logs = help_menu.addAction(self.tr("Open &log folder"), self.open_log_folder)
        logs.setObjectName("openLogFolderAction")
        help_menu.addSeparator()
        about = help_menu.addAction(self.tr("&About linkwizard"), self.show_about)
        about.setObjectName("aboutAction")

    def open_log_folder(self) -> None:
        from linkwizard import paths

        folder = paths.log_dir()
        # created in the background if nothing was logged yet: an empty folder beats an error
        def make_private(cancel: CancelToken, report: object) -> None:
            paths.private_dir(folder.parent)  # the state folder, then the log folder in it
            paths.private_dir(folder)

        self.runner.start(make_private, on_success=lambda done: self._open_folder(str(folder)))

    def _open_folder(self, folder: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from linkwizard import __version__, paths

        box = QMessageBox(self)
        box.setObjectName("aboutMessage")
        box.setWindowTitle(self.tr("About linkwizard"))
        box.setIconPixmap(app_icon().pixmap(64, 64))
        box.setText(self.tr("<b>linkwizard %s</b><br>Link a Stripe account to this computer by API key.")
                    % __version__)
        box.setInformativeText(self.tr(
            "Licence: MIT.<br>Keys are kept only in your system keyring.<br><br>"
            "Accounts (no keys): %s<br>Log (keys redacted): %s") % (paths.data_dir(), paths.log_dir()))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.about_message = box

    # start-up ---------------------------------------------------------------------
    def load_accounts(self) -> None:
        """Read the account list in the background, then check every account's health."""
        # The window is on screen: now load what the first answer will need (dialogs, wizard),
        # so the moment a test finishes does not also pay for loading them.
        from PySide6.QtWidgets import QInputDialog, QMessageBox  # noqa: F401

        import linkwizard.gui.wizard.link_wizard  # noqa: F401

        if self._startup_problem is not None or self.services is None:
            self.panel.loaded()
            self._report(self._startup_problem)
            return
        services = self.services
        self.runner.start(lambda cancel, report: services.store.load_or_report(),
                          on_success=self._accounts_loaded, on_failure=self._load_failed)
        self.runner.start(lambda cancel, report: services.vault.ensure_available(),
                          on_failure=self._keyring_unavailable)

    def _accounts_loaded(self, loaded: object) -> None:
        assert isinstance(loaded, tuple)
        accounts, found = loaded
        self.model.set_accounts(accounts)
        self.panel.loaded()
        self._report(found)  # a damaged list was set aside: say so, and carry on with what is left
        if not accounts:
            self.start_wizard()
            return
        self.panel.select(accounts[0].id)
        if self.verify_at_launch:
            self.verify(accounts, launch=True)
            self.health_timer.start()

    def _load_failed(self, found: object) -> None:
        self.panel.loaded()
        assert isinstance(found, Problem)
        self._report(found)

    # verification -----------------------------------------------------------------
    def check_health(self) -> Job | None:
        """The periodic check: every account, except those Stripe refused three times in a row."""
        if self.launch_check is not None and self.launch_check.is_running():
            return None
        return self.verify(self.model.accounts(), launch=True)

    def verify(self, accounts: list[Account], launch: bool = False) -> Job | None:
        """Check accounts now. Launch and periodic checks (`launch`) skip paused accounts;
        Verify now (the person asking) always runs."""
        if launch:
            accounts = [a for a in accounts if not a.checks_paused]
        if self.services is None or not accounts:
            return None
        services = self.services
        ids = {a.id for a in accounts}
        self.model.set_checking(ids)
        self._refresh_details()
        count = len(accounts)
        self.statusBar().showMessage(self.tr("Checking accounts with Stripe: %d…") % count)

        def work(cancel: CancelToken, report: object) -> object:
            return linking.verify(accounts, services, cancel, on_result=report,  # type: ignore[arg-type]
                                  concurrency=LAUNCH_CONCURRENCY)

        job = self.runner.start(work, on_progress=self._verified_one,
                                on_success=lambda results: self._verify_done(ids),
                                on_failure=lambda found: self._verify_failed(ids, found))
        if launch:
            self.launch_check = job
        return job

    def _verified_one(self, result: object) -> None:
        assert isinstance(result, linking.VerifyResult)
        self.model.done_checking(result.account.id)
        self.model.upsert(result.account)
        current = self.panel.current()
        if current is not None and current.id == result.account.id:
            self._refresh_details_soon()

    def _refresh_details_soon(self) -> None:
        """Many results can arrive at once: redraw the details once, on the next turn."""
        if not self._details_refresh_pending:
            self._details_refresh_pending = True
            QTimer.singleShot(0, self._refresh_details_now)

    def _refresh_details_now(self) -> None:
        self._details_refresh_pending = False
        self._refresh_details()

    def _verify_done(self, ids: set[str]) -> None:
        self.model.set_checking(set())
        self._refresh_details()
        self.statusBar().showMessage(self.tr("Accounts checked."), 5000)

    def _verify_failed(self, ids: set[str], found: object) -> None:
        self.model.set_checking(set())
        self._refresh_details()
        if isinstance(found, Problem):
            self.statusBar().showMessage(f"{i18n.problem_title(found)}. {i18n.problem_advice(found)}")

    # wizard -----------------------------------------------------------------------
    def start_wizard(self, replacing: Account | None = None) -> None:
        if self.services is None:
            self._report(self._startup_problem)
            return
        self._close_wizard()
        from linkwizard.gui.wizard.link_wizard import LinkWizard

        if replacing is None:
            wizard = LinkWizard(self.model.names, self._start_connect)
        else:
            others = [a.name for a in self.model.accounts() if a.id != replacing.id]
            wizard = LinkWizard(lambda: others, self._start_replace, replacing=replacing)
        wizard.connect_page.open_existing.connect(self._open_existing)
        wizard.connect_page.replace_existing.connect(self._replace_existing)
        wizard.linked.connect(self._linked)
        wizard.finished.connect(lambda result: self._wizard_finished(wizard))
        self.right.addWidget(wizard)
        self.right.setCurrentWidget(wizard)
        self.wizard = wizard
        wizard.environment_page.test_radio.setFocus()

    def start_replace(self, account: Account) -> None:
        """Rotation: the wizard at the key page, environment fixed, name kept."""
        self.start_wizard(replacing=account)

    def _start_connect(self, key: str, environment: Environment, name: str, allow_other: bool) -> Job:
        assert self.services is not None
        services = self.services
        scopes = self.wizard.find_key_page.scopes() if self.wizard is not None else None

        def work(cancel: CancelToken, report: object) -> object:
            return linking.connect(key, environment, name, services, cancel, report,  # type: ignore[arg-type]
                                   requested_scopes=scopes)

        return self.runner.start(work, on_failure=self._connect_failed)

    def _start_replace(self, key: str, environment: Environment, name: str, allow_other: bool) -> Job:
        assert self.services is not None and self.wizard is not None and self.wizard.replacing is not None
        services, account_id = self.services, self.wizard.replacing.id

        def work(cancel: CancelToken, report: object) -> object:
            return linking.replace_key(account_id, key, services, allow_other, cancel,
                                       report)  # type: ignore[arg-type]

        return self.runner.start(work, on_failure=self._connect_failed)

    def _open_existing(self, account_id: str) -> None:
        """A twin was refused: close the wizard and show the account that is already linked."""
        if self.wizard is not None:
            self.wizard.reject()
        self.panel.select(account_id)
        self._show_details(self.panel.current())

    def _replace_existing(self, account_id: str) -> None:
        """A twin was refused and the person wants the existing account to use this key."""
        row = self.model.row_of(account_id)
        if row < 0 or self.wizard is None:
            return
        key = self.wizard.enter_key_page.key_edit.text()
        self.start_wizard(replacing=self.model.accounts()[row])
        if self.wizard is not None:
            self.wizard.enter_key_page.key_edit.setText(key)

    def _review_attention(self) -> None:
        attention = self.panel.needing_attention()
        if attention:
            self._close_wizard()
            self.panel.select(attention[0].id)
            self._show_details(attention[0])
            self.details.replace_button.setFocus()

    def check_permissions(self, account: Account) -> None:
        assert self.services is not None
        services = self.services
        self.statusBar().showMessage(self.tr("Checking what “%s” can read…") % account.name)
        self.runner.start(lambda cancel, report: linking.check_permissions(account.id, services, cancel),
                          on_success=self._permissions_checked, on_failure=self._permissions_failed)

    def _permissions_checked(self, account: object) -> None:
        assert isinstance(account, Account)
        self.model.upsert(account)
        self._refresh_details()
        self.statusBar().showMessage(self.tr("Permissions of “%s” checked.") % account.name, 5000)

    def _permissions_failed(self, found: object) -> None:
        self._report(found)
        if self.services is not None:  # a refused key also changed the account's health
            store = self.services.store
            self.runner.start(lambda cancel, report: store.load(), on_success=self._reload)

    def _reload(self, accounts: object) -> None:
        assert isinstance(accounts, list)
        for account in accounts:
            self.model.upsert(account)
        self._refresh_details()

    def _connect_failed(self, found: object) -> None:
        """Keyring and storage trouble is about this computer, not the key: say it in a dialog too."""
        if isinstance(found, Problem) and found.category is Category.STORAGE:
            self._report(found)

    def _linked(self, account: object) -> None:
        assert isinstance(account, Account)
        replaced = self.wizard is not None and self.wizard.replacing is not None
        self.model.upsert(account)
        self.panel.select(account.id)
        if replaced:
            self.statusBar().showMessage(self.tr("The key of “%s” was replaced.") % account.name, 8000)
            return
        stripe_word, environment_word = self.tr("Stripe account"), self.tr("Environment")
        who = f"\n{stripe_word}: {account.stripe_account_id}" if account.stripe_account_id else ""
        business = f" ({account.display_name})" if account.display_name else ""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Account linked"),
                          self.tr("“%s” is linked.") % account.name, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("linkedMessage")
        label = i18n.environment_label(account.environment)
        box.setInformativeText(f"{environment_word}: {label}{who}{business}")
        box.setAccessibleName(self.tr("Account linked"))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.linked_message = box

    def _wizard_finished(self, wizard: LinkWizard) -> None:
        if self.wizard is wizard:
            self._close_wizard()
        current = self.panel.current()
        self._show_details(current)

    def _close_wizard(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.connect_page.cancel()
            self.right.removeWidget(wizard)
            wizard.deleteLater()

    # account actions --------------------------------------------------------------
    def _show_details(self, account: object) -> None:
        if self.wizard is not None:
            return
        if isinstance(account, Account):
            checking = self.model.is_checking(account.id)
            self.details.show_account(account, checking)
            self.right.setCurrentWidget(self.details)
        else:
            self.right.setCurrentWidget(self.placeholder)

    def _refresh_details(self) -> None:
        current = self.panel.current()
        if current is not None and self.wizard is None:
            self._show_details(current)

    def _rename(self, account: Account) -> None:
        assert self.services is not None
        from PySide6.QtWidgets import QInputDialog

        name, accepted = QInputDialog.getText(self, self.tr("Rename account"), self.tr("New name:"),
                                              QLineEdit.EchoMode.Normal, account.name)
        if not accepted or name.strip() == account.name:
            return
        try:
            cleaned = clean_name(name)
        except LinkwizardError as exc:
            self._report(exc.problem)
            return
        services = self.services
        self.runner.start(lambda cancel, report: linking.rename(account.id, cleaned, services),
                          on_success=lambda renamed: self._renamed(renamed), on_failure=self._report)

    def _renamed(self, account: object) -> None:
        assert isinstance(account, Account)
        self.model.upsert(account)
        self._refresh_details()

    def _remove(self, account: Account) -> None:
        assert self.services is not None
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Remove account"),
            self.tr("Remove “%s” and delete its key from the keyring?\n\nScripts that use it with "
                    "linkwizard exec will stop working. The key itself stays valid in Stripe.") % account.name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        services = self.services
        self.runner.start(lambda cancel, report: linking.remove(account.id, services),
                          on_success=lambda removed: self._removed(account), on_failure=self._report)

    def _removed(self, account: Account) -> None:
        self.model.remove(account.id)
        self._show_details(self.panel.current())
        self.statusBar().showMessage(self.tr("Removed “%s”.") % account.name, 5000)

    def _report(self, found: object) -> None:
        if not isinstance(found, Problem):
            return
        from PySide6.QtWidgets import QMessageBox

        title = i18n.problem_title(found)
        box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("problemMessage")
        box.setInformativeText(i18n.problem_advice(found))
        box.setDetailedText(diagnostics_text(found=found))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.problem_message = box

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
            self.wizard.connect_page.cancel()
            self.wizard.forget_clipboard_key()
        self.runner.shutdown()
        super().closeEvent(event)

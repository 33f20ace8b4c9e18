"""The right-hand side of the window: a placeholder, the selected account's details, or a
page (the wizard, the import page), which takes the place of the details while it is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.accounts import Account
    from linkwizard.gui.account_details import AccountDetails
    from linkwizard.gui.import_page import ImportPage
    from linkwizard.gui.wizard.link_wizard import LinkWizard


class Content(QStackedWidget):
    def __init__(self, make_details: Callable[[], AccountDetails], is_checking: Callable[[str], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contentStack")
        self._make_details = make_details
        self._details: AccountDetails | None = None
        self._building = False  # the pane is being built for `_waiting`, the account asked for last
        self._waiting: Account | None = None
        self._is_checking = is_checking
        self.wizard: LinkWizard | None = None
        self.import_page: ImportPage | None = None
        self.placeholder = QLabel(QCoreApplication.translate(
            "MainWindow", "Select an account on the left, or add a new one."))
        self.placeholder.setObjectName("detailsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.addWidget(self.placeholder)

    def _build_details(self) -> None:
        self.details  # noqa: B018 - built now, shown in the next event
        QTimer.singleShot(0, lambda: self.show_account(self._waiting))

    @property
    def details(self) -> AccountDetails:
        """The selected account's pane, built the first time it is needed: it is not on screen
        at the window's first paint, and it is the window's largest part."""
        if self._details is None:
            self._details = self._make_details()
            self.addWidget(self._details)
        return self._details

    def show_account(self, account: Account | None) -> None:
        """The account's details (or the placeholder); while a page is open it stays.

        The first time, the pane is built in one event and filled in the next, so neither
        holds the window up for more than a frame."""
        if self.wizard is not None or self.import_page is not None:
            return
        if self._details is None:
            self._waiting = account  # the last one asked for is the one shown
            if account is None:
                self.setCurrentWidget(self.placeholder)
            elif not self._building:
                self._building = True
                QTimer.singleShot(0, self._build_details)
            return
        if account is not None:
            self.details.show_account(account, self._is_checking(account.id))
            self.setCurrentWidget(self.details)
        else:
            self.setCurrentWidget(self.placeholder)

    def open_wizard(self, wizard: LinkWizard) -> None:
        self._open(wizard)
        self.wizard = wizard
        wizard.focus_first_page()

    def close_wizard(self, only: LinkWizard | None = None) -> None:
        """Stop and remove the wizard (`only` that one, if it is still the one open)."""
        wizard = self.wizard
        if wizard is None or (only is not None and wizard is not only):
            return
        self.wizard = None
        self._close(wizard)

    def open_import(self, page: ImportPage) -> None:
        self._open(page)
        self.import_page = page

    def close_import(self) -> None:
        page, self.import_page = self.import_page, None
        if page is not None:
            self._close(page)

    def _open(self, page: LinkWizard | ImportPage) -> None:
        """One page at a time takes the place of the details."""
        self.close_wizard()
        self.close_import()
        self.addWidget(page)
        self.setCurrentWidget(page)

    def _close(self, page: LinkWizard | ImportPage) -> None:
        page.stop()
        self.removeWidget(page)
        page.deleteLater()

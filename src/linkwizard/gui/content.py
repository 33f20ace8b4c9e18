"""The right-hand side of the window: a placeholder, the selected account's details, or a
page (the wizard, the import page), which takes the place of the details while it is open."""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QWidget

from linkwizard.gui.startup.scheduling import STEP_MS, activate_layout, run_in_steps

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.domain.account import Account
    from linkwizard.gui.accounts.details import AccountDetails
    from linkwizard.gui.imports.page import ImportPage
    from linkwizard.gui.wizard.link_wizard import LinkWizard

class PaneState(enum.Enum):
    """Where the details pane is: not made yet; being made, a step at a time, off screen; or
    ready (it shows the account chosen last)."""

    NOT_MADE = "not made"
    MAKING = "making"
    READY = "ready"


class Content(QStackedWidget):
    ready = Signal()  # the details pane has been made and shows the account chosen last
    page_closed = Signal()  # the wizard or the import page is done: the details are back

    def __init__(self, make_details: Callable[[], AccountDetails], is_checking: Callable[[str], bool],
                 parent: QWidget | None = None, preparing: Sequence[Callable[[], object]] = ()) -> None:
        """`preparing`: steps that load what `make_details` will need (gui/startup/warmup.py),
        each in a pass of the event loop of its own, before the pane is first made."""
        super().__init__(parent)
        self.setObjectName("contentStack")
        self._make_details = make_details
        self._preparing = list(preparing)
        self._details: AccountDetails | None = None
        self.state = PaneState.NOT_MADE
        self._chosen: Account | None = None  # the account chosen last (None: the placeholder)
        self._is_checking = is_checking
        # The pane follows a choice in the list one pass later: the list's repaint and the
        # pane's are two short events, not one over a frame (the scroll benchmark).
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(STEP_MS)
        self._follow.timeout.connect(self._show_chosen)
        self.wizard: LinkWizard | None = None
        self.import_page: ImportPage | None = None
        self.placeholder = QLabel(QCoreApplication.translate(
            "MainWindow", "Select an account on the left, or add a new one."))
        self.placeholder.setObjectName("detailsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.addWidget(self.placeholder)

    @property
    def details(self) -> AccountDetails | None:
        """The selected account's pane once it is ready (`ready`), else None. It is made the
        first time an account is shown: it is not on screen at the first paint."""
        return self._details if self.state is PaneState.READY else None

    def show_account(self, account: Account | None) -> None:
        """The account's details (or the placeholder); while a page is open it stays."""
        self._chosen = account
        if self.wizard is not None or self.import_page is not None:
            return
        if account is None:
            self._follow.stop()
            self.setCurrentWidget(self.placeholder)
        elif self.state is PaneState.READY and self._shows(account):
            self._follow.stop()  # the same account, changed: at once, so no action sees the old record
            self._show_chosen()
        elif self.state is PaneState.READY:
            self._follow.start()
        elif self.state is PaneState.NOT_MADE:
            self.state = PaneState.MAKING
            run_in_steps(self, [*self._preparing, self._make])
        # MAKING: the account chosen last is the one shown when the pane is ready

    def _shows(self, account: Account) -> bool:
        shown = self._details.account if self._details is not None else None
        return shown is not None and shown.id == account.id and self.currentWidget() is self._details

    def _show_chosen(self) -> None:
        account = self._chosen
        if account is None or self._details is None or self.wizard is not None or self.import_page is not None:
            return
        self._details.show_account(account, self._is_checking(account.id))
        self.setCurrentWidget(self._details)

    # The first showing, each stage in a pass of its own and off screen (at the size it will
    # have): made; its checklist's rows; filled; styled; laid out; each part painted once;
    # then it joins the stack and shows. Without the passes, or without painting the parts
    # off screen, the first showing held the window longer than a frame (docs/performance.md,
    # "Pruned").
    def _make(self) -> None:
        self._details = details = self._make_details()
        details.resize(self.size())
        run_in_steps(self, [*details.preparing(), self._fill, self._style_parts])

    def _parts(self) -> list[QWidget]:
        assert self._details is not None
        return [part for part in self._details.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if not part.isHidden()]

    def _fill(self) -> None:
        if self._details is not None and self._chosen is not None:
            self._details.show_account(self._chosen, self._is_checking(self._chosen.id))

    def _style_parts(self) -> None:
        assert self._details is not None
        details = self._details
        run_in_steps(self, [details.ensurePolished, partial(activate_layout, details), self._paint_parts])

    def _paint_parts(self) -> None:
        run_in_steps(self, [*(part.grab for part in self._parts()), self._join])

    def _join(self) -> None:
        assert self._details is not None
        self.addWidget(self._details)
        self.state = PaneState.READY
        self._show_chosen()
        self.ready.emit()

    def open_wizard(self, wizard: LinkWizard) -> None:
        """The wizard takes the details' place until it finishes (`page_closed`)."""
        self._open(wizard)
        self.wizard = wizard
        wizard.finished.connect(lambda result: self._finished(wizard))
        wizard.focus_first_page()

    def _finished(self, wizard: LinkWizard) -> None:
        self.close_wizard(only=wizard)
        self.page_closed.emit()

    def close_wizard(self, only: LinkWizard | None = None) -> None:
        """Stop and remove the wizard (`only` that one, if it is still the one open)."""
        wizard = self.wizard
        if wizard is None or (only is not None and wizard is not only):
            return
        self.wizard = None
        self._close(wizard)

    def open_import(self, page: ImportPage) -> None:
        """The import page takes the details' place until the person is done (`page_closed`)."""
        self._open(page)
        self.import_page = page
        page.closed.connect(self.close_import)
        page.closed.connect(self.page_closed)

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


def beside(panel: QWidget, content: Content) -> QSplitter:
    """The side panel on the left, the content taking the rest; neither can be collapsed away."""
    splitter = QSplitter()
    splitter.setObjectName("mainSplitter")
    splitter.setChildrenCollapsible(False)
    panel.setMinimumWidth(260)
    splitter.addWidget(panel)
    splitter.addWidget(content)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([300, 700])
    return splitter

"""The side panel: saved accounts with a Live/Test badge, health and key hint.

The panel is part of the window's first paint, which shows it loading; the rows' painter
(gui/accounts/delegate.py) and the core's modules are loaded when there are rows.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkwizard.gui.accounts.model import ACCOUNT_ROLE, AccountsModel
from linkwizard.gui.common.style import SPACING
from linkwizard.gui.common.widgets import button

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence

    from linkwizard.domain.account import Account
    from linkwizard.gui.accounts.delegate import AccountDelegate


class AccountsList(QListView):
    """The list of accounts. Every row has the same size, and no change of data alters it, so
    a change repaints only the changed rows that are on screen. QListView's own answer to any
    change is to lay out every row again (calling into Python twice a row, 2,000 calls for
    1,000 accounts) and then repaint the whole list, which at 1,000 accounts took longer than
    a frame."""

    def __init__(self) -> None:
        super().__init__()
        self.setUniformItemSizes(True)

    def dataChanged(self, topLeft: QModelIndex | QPersistentModelIndex,
                    bottomRight: QModelIndex | QPersistentModelIndex, /, roles: Sequence[int] = ()) -> None:
        model = self.model()
        if model is None or not topLeft.isValid() or not bottomRight.isValid():
            return
        # The area inside the frame, not viewport(): the first call of that makes PySide6 look
        # for the viewport's type among all of Qt's widgets (10 ms). A row more is harmless.
        area = self.contentsRect()
        top = self.indexAt(QPoint(area.width() // 2, 0))
        if not top.isValid():
            return  # nothing on screen
        bottom = self.indexAt(QPoint(area.width() // 2, area.height() - 1))
        last_shown = bottom.row() if bottom.isValid() else model.rowCount() - 1
        for row in range(max(topLeft.row(), top.row()), min(bottomRight.row(), last_shown) + 1):
            index = model.index(row, 0)
            # The item view's own handling of one changed row: repaint it, tell assistive
            # technology. QListView's override, the one that lays everything out, is skipped.
            QAbstractItemView.dataChanged(self, index, index, roles)


class AccountsPanel(QWidget):
    """The list of linked accounts, an empty state that says what to do, and Add account."""

    add_requested = Signal()
    import_requested = Signal()  # the empty state's offer to import keys found on this computer
    account_selected = Signal(object)  # Account or None
    review_requested = Signal()  # the banner's button: show the first account that needs attention

    def __init__(self, model: AccountsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsPanel")
        self.model = model
        self._delegate: AccountDelegate | None = None  # made when there are rows to paint
        # Larger and bold by markup, which follows the person's font size: setting a font here
        # would make PySide6 build QFont's Python type before the first paint (2 to 3 ms).
        heading = QLabel(f"<b><big>{self.tr('Linked accounts')}</big></b>")
        heading.setObjectName("accountsHeading")
        heading.setAccessibleName(self.tr("Linked accounts"))  # the words, without the markup

        self.view = AccountsList()
        self.view.setObjectName("accountsList")
        self.view.setAccessibleName(self.tr("Linked accounts"))
        self.view.setAccessibleDescription(self.tr("Select an account to see its details and actions"))
        self.view.setModel(model)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

        self.loading = QLabel(self.tr("Loading accounts…"))
        self.loading.setObjectName("accountsLoading")
        self.loading.setAccessibleName(self.tr("Loading accounts"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("accountsStack")
        for widget in (self.loading, self.view):
            self.stack.addWidget(widget)
        self._empty_state: QWidget | None = None  # made when the list turns out empty

        self.banner_text = QLabel()
        self.banner_text.setObjectName("attentionBannerText")
        self.banner_text.setWordWrap(True)
        self.review_button = button("reviewAttentionButton", self.tr("Revie&w"), lambda: self.review_requested.emit(),
                                    accessible=self.tr("Review accounts that need attention"))
        self.banner = QFrame()
        self.banner.setObjectName("attentionBanner")
        self.banner.setAccessibleName(self.tr("Accounts need attention"))
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(SPACING // 2, SPACING // 2, SPACING // 2, SPACING // 2)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.review_button)
        self.banner.setVisible(False)

        self.add_button = button("addAccountButton", self.tr("A&dd account"), lambda: self.add_requested.emit(),
                                 tip=self.tr("Link another Stripe account (Ctrl+N)"), accessible=self.tr("Add account"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING // 2, SPACING)
        layout.setSpacing(SPACING // 2 + 2)
        layout.addWidget(heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.add_button)
        model.modelReset.connect(self._update_state)
        model.rowsInserted.connect(self._update_state)
        model.rowsRemoved.connect(self._update_state)
        model.dataChanged.connect(self._update_state_soon)
        self._state_due = False

    @property
    def empty_state(self) -> QWidget:
        return self._empty_page()

    def _empty_page(self) -> QWidget:
        """What to do when there is no account yet, and the offer to import keys found on this
        computer. Made the first time it is needed, not for the first paint, which it would
        hold up by about 2 ms (a page of word-wrapped rich text)."""
        if self._empty_state is None:
            self.empty = QLabel(self.tr(
                "<b>No accounts yet.</b><br><br>Choose <b>Add account</b> to link your first Stripe "
                "account. You will need access to its Dashboard."))
            self.empty.setObjectName("accountsEmptyState")
            self.empty.setWordWrap(True)
            self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.empty.setAccessibleName(self.tr("No linked accounts"))
            self.found_text = QLabel()
            self.found_text.setObjectName("plaintextFoundText")
            self.found_text.setWordWrap(True)
            self.import_button = button("importKeysButton", self.tr("I&mport keys…"),
                                        lambda: self.import_requested.emit(),
                                        accessible=self.tr("Import keys from this computer"))
            self._empty_state = empty_state = QWidget()
            empty_state.setObjectName("accountsEmptyPage")
            empty_column = QVBoxLayout(empty_state)
            empty_column.setContentsMargins(0, 0, 0, 0)
            empty_column.addWidget(self.empty)
            empty_column.addWidget(self.found_text)
            empty_column.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
            empty_column.addStretch(1)
            self.found_text.setVisible(False)
            self.import_button.setVisible(False)
            self.stack.addWidget(empty_state)
        return self._empty_state

    def loaded(self) -> None:
        """Loading is over. When it filled the model, the model's reset has shown the list
        already (looking at 1,000 accounts again for the banner would only cost time)."""
        if self.stack.currentWidget() is self.loading:
            self._update_state()

    def offer_import(self, count: int) -> None:
        """The first run found keys in plaintext on this computer: say so where the list will be."""
        self._empty_page()  # the text and the button below are parts of it
        self.found_text.setText(
            self.tr("linkwizard found a Stripe key kept in plaintext on this computer. Import it to keep it "
                    "in your keyring instead.") if count == 1 else
            self.tr("linkwizard found %1 Stripe keys kept in plaintext on this computer. Import them to keep "
                    "them in your keyring instead.").replace("%1", str(count)))
        self.found_text.setVisible(count > 0)
        self.import_button.setVisible(count > 0)

    def select(self, account_id: str) -> None:
        row = self.model.row_of(account_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def current(self) -> Account | None:
        account: Account | None = self.view.currentIndex().data(ACCOUNT_ROLE)
        return account

    def _update_state_soon(self) -> None:
        """Once for all the changes of this turn of the event loop (a batch of check results
        arrives as several changes; the banner looks at every account)."""
        if not self._state_due:
            self._state_due = True
            QTimer.singleShot(0, self, self._update_state)

    def _update_state(self) -> None:
        self._state_due = False
        if self.model.rowCount():
            self._show_list()
        else:
            self.stack.setCurrentWidget(self.empty_state)
        attention = self.needing_attention()
        if attention:
            from linkwizard.gui.common.announce import announce

            self.banner_text.setText(
                self.tr("<b>“%s” needs attention.</b>") % escape(attention[0].name) if len(attention) == 1
                else self.tr("<b>%n account(s) need attention.</b>", "", len(attention)))
            if self.banner_text.text() != self.banner.accessibleDescription():
                announce(self.banner, self.banner_text.text(), urgent=True)
        self.banner.setVisible(bool(attention))

    def prepare_list(self) -> None:
        """Load the rows' painter (its module and Qt classes take several milliseconds the
        first time): called while the accounts are still being read, or when they arrive."""
        if self._delegate is None:
            from linkwizard.gui.accounts.delegate import AccountDelegate

            self._delegate = AccountDelegate(self.view)
            self.view.setItemDelegate(self._delegate)

    def _show_list(self) -> None:
        self.prepare_list()
        self.stack.setCurrentWidget(self.view)

    def needing_attention(self) -> list[Account]:
        accounts = self.model.accounts()
        if not accounts:
            return []
        return [a for a in accounts if a.needs_person()]  # once per turn of check results

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.account_selected.emit(current.data(ACCOUNT_ROLE) if current.isValid() else None)

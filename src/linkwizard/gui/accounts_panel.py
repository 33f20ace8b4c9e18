"""The side panel: saved accounts with a Live/Test badge, health and key hint."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from linkwizard.accounts import Account, Health
from linkwizard.gui import i18n
from linkwizard.gui.accounts_model import ACCOUNT_ROLE, CHECKING_ROLE, AccountsModel, badge_text, health_text
from linkwizard.gui.announce import announce
from linkwizard.gui.style import LIVE_COLOUR, SPACING, TEST_COLOUR, health_colour, muted
from linkwizard.keys import Environment


def key_line(account: Account) -> str:
    """A row's third line: the key's hint, whose Stripe account or sandbox it is (two test keys
    of two sandboxes look alike but for that), and a near or past expiry."""
    parts = [account.key_hint, account.display_name or account.stripe_account_id or "", i18n.expiry_note(account)]
    return " · ".join(part for part in parts if part)


class AccountDelegate(QStyledItemDelegate):
    """Three lines per account: name and badge; health dot, state and reason; the key hint."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        height = option.fontMetrics.height()
        return QSize(240, height * 3 + 24)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        account: Account | None = index.data(ACCOUNT_ROLE)
        if account is None:
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect: QRect = option.rect.adjusted(10, 6, -10, -6)
        metrics = option.fontMetrics
        line = metrics.height()

        badge = badge_text(account.environment)
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.8))
        small.setBold(True)
        painter.setFont(small)
        badge_width = painter.fontMetrics().horizontalAdvance(badge) + 12
        badge_rect = QRect(rect.right() - badge_width, rect.top() + 1, badge_width, line - 2)
        colour = QColor(LIVE_COLOUR if account.environment is Environment.PRODUCTION else TEST_COLOUR)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(badge_rect, 4, 4)
        painter.setPen(QColor("white"))
        painter.drawText(badge_rect, Qt.AlignmentFlag.AlignCenter, badge)

        painter.setFont(bold)
        painter.setPen(text_colour)
        name_rect = QRect(rect.left(), rect.top(), rect.width() - badge_width - 8, line)
        name = painter.fontMetrics().elidedText(account.name, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)

        second = rect.top() + line + 4
        painter.setFont(option.font)
        dot = QRect(rect.left(), second + line // 2 - 4, 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(health_colour(account.status)))
        painter.drawEllipse(dot)
        checking = bool(index.data(CHECKING_ROLE))
        status = self.tr("Checking…") if checking else health_text(account.status)
        if account.status_reason and not checking:
            status = f"{status}: {i18n.reason(account.status_reason)}"
        painter.setPen(text_colour if selected else muted(text_colour))
        status_rect = QRect(rect.left() + 14, second, rect.width() - 14, line)
        status = metrics.elidedText(status, Qt.TextElideMode.ElideRight, status_rect.width())
        painter.drawText(status_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, status)
        hint_rect = QRect(rect.left() + 14, second + line + 2, rect.width() - 14, line)
        hint = metrics.elidedText(key_line(account), Qt.TextElideMode.ElideRight, hint_rect.width())
        painter.drawText(hint_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, hint)
        painter.restore()


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
        heading = QLabel(self.tr("Linked accounts"))
        heading.setObjectName("accountsHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        heading.setFont(font)

        self.view = QListView()
        self.view.setObjectName("accountsList")
        self.view.setAccessibleName(self.tr("Linked accounts"))
        self.view.setAccessibleDescription(self.tr("Select an account to see its details and actions"))
        self.view.setModel(model)
        self.view.setItemDelegate(AccountDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.selectionModel().currentChanged.connect(self._current_changed)

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
        self.import_button = QPushButton(self.tr("&Import keys…"))
        self.import_button.setObjectName("importKeysButton")
        self.import_button.setAccessibleName(self.tr("Import keys from this computer"))
        self.import_button.clicked.connect(self.import_requested)
        empty_state = QWidget()
        empty_state.setObjectName("accountsEmptyPage")
        empty_column = QVBoxLayout(empty_state)
        empty_column.setContentsMargins(0, 0, 0, 0)
        empty_column.addWidget(self.empty)
        empty_column.addWidget(self.found_text)
        empty_column.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_column.addStretch(1)
        self.found_text.setVisible(False)
        self.import_button.setVisible(False)
        self.loading = QLabel(self.tr("Loading accounts…"))
        self.loading.setObjectName("accountsLoading")
        self.loading.setAccessibleName(self.tr("Loading accounts"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("accountsStack")
        for widget in (self.loading, empty_state, self.view):
            self.stack.addWidget(widget)
        self.empty_state = empty_state

        self.banner_text = QLabel()
        self.banner_text.setObjectName("attentionBannerText")
        self.banner_text.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Re&view"))
        self.review_button.setObjectName("reviewAttentionButton")
        self.review_button.setAccessibleName(self.tr("Review accounts that need attention"))
        self.review_button.clicked.connect(self.review_requested)
        self.banner = QFrame()
        self.banner.setObjectName("attentionBanner")
        self.banner.setAccessibleName(self.tr("Accounts need attention"))
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(SPACING // 2, SPACING // 2, SPACING // 2, SPACING // 2)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.review_button)
        self.banner.setVisible(False)

        self.add_button = QPushButton(self.tr("&Add account"))
        self.add_button.setObjectName("addAccountButton")
        self.add_button.setAccessibleName(self.tr("Add account"))
        self.add_button.setToolTip(self.tr("Link another Stripe account (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_requested)

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
        model.dataChanged.connect(self._update_state)

    def loaded(self) -> None:
        self._update_state()

    def offer_import(self, count: int) -> None:
        """The first run found keys in plaintext on this computer: say so where the list will be."""
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

    def _update_state(self) -> None:
        self.stack.setCurrentWidget(self.view if self.model.rowCount() else self.empty_state)
        attention = self.needing_attention()
        if attention:
            self.banner_text.setText(
                self.tr("<b>“%s” needs attention.</b>") % attention[0].name if len(attention) == 1
                else self.tr("<b>%d accounts need attention.</b>") % len(attention))
            if self.banner_text.text() != self.banner.accessibleDescription():
                announce(self.banner, self.banner_text.text(), urgent=True)
        self.banner.setVisible(bool(attention))

    def needing_attention(self) -> list[Account]:
        return [a for a in self.model.accounts() if a.status is Health.NEEDS_ATTENTION or i18n.key_expired(a)]

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.account_selected.emit(current.data(ACCOUNT_ROLE) if current.isValid() else None)

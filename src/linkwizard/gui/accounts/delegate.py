"""How the side panel paints an account: three lines per row (name and Live/Test badge;
health dot, state and reason; the key's hint). Loaded when the list first has rows to
show, not for the window's first paint."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from linkwizard.domain.account import Account
from linkwizard.domain.keys import Environment
from linkwizard.gui.accounts.model import ACCOUNT_ROLE, CHECKING_ROLE, badge_text, health_text
from linkwizard.gui.common import i18n
from linkwizard.gui.common.style import LIVE_COLOUR, TEAM_COLOUR, TEST_COLOUR, health_colour, muted

# PySide6's flags are Python enums: each `|` or `&` runs Python code (and the first of a new
# combination builds it), so the ones every row needs are made once.
LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
SELECTED = QStyle.StateFlag.State_Selected.value


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
        selected = bool(option.state.value & SELECTED)
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

        if account.in_team_vault:  # where the key lives, and the version this computer last saw
            team = self.tr("Team v%d") % (account.team_version or 0)
            painter.setFont(small)
            team_width = painter.fontMetrics().horizontalAdvance(team) + 12
            team_rect = QRect(badge_rect.left() - team_width - 4, badge_rect.top(), team_width, badge_rect.height())
            painter.setPen(text_colour if selected else QColor(TEAM_COLOUR))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(team_rect.adjusted(0, 0, -1, -1), 4, 4)
            painter.drawText(team_rect, Qt.AlignmentFlag.AlignCenter, team)
            badge_width += team_width + 4

        painter.setFont(bold)
        painter.setPen(text_colour)
        name_rect = QRect(rect.left(), rect.top(), rect.width() - badge_width - 8, line)
        name = painter.fontMetrics().elidedText(account.name, Qt.TextElideMode.ElideRight, name_rect.width())
        painter.drawText(name_rect, LEFT_MIDDLE, name)

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
        painter.drawText(status_rect, LEFT_MIDDLE, status)
        hint_rect = QRect(rect.left() + 14, second + line + 2, rect.width() - 14, line)
        hint = metrics.elidedText(key_line(account), Qt.TextElideMode.ElideRight, hint_rect.width())
        painter.drawText(hint_rect, LEFT_MIDDLE, hint)
        painter.restore()

"""The permission checklist: which Stripe resources a key can read, in words and symbols."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from linkwizard.accounts import Account, Health
from linkwizard.gui.style import health_colour
from linkwizard.gui.times import local_time
from linkwizard.keys import KeyKind
from linkwizard.permissions import BY_NAME, Access


def _tr(text: str) -> str:
    return QCoreApplication.translate("PermissionChecklist", text)


def checklist_html(account: Account) -> str:
    """A two-column table; every state has a symbol and words, never colour alone."""
    if account.permissions is None:
        return _tr("Not checked yet. Choose <b>Check permissions</b>.")
    marks = {
        Access.READ: (Health.OK, "✔", _tr("can read")),
        Access.NONE: (Health.NEEDS_ATTENTION, "✖", _tr("no access")),
        Access.UNKNOWN: (Health.UNKNOWN, "?", _tr("unknown (network trouble)")),
    }
    rows = []
    for check in account.permissions:
        health, symbol, words = marks[check.access]
        needs = (f' <span style="font-family:monospace">({escape(check.permission)})</span>'
                 if check.access is Access.NONE and check.permission else "")
        rows.append(f'<tr><td style="color:{health_colour(health)}; font-weight:bold; padding-right:6px">'
                    f'{symbol}</td><td style="padding-right:12px">{escape(BY_NAME[check.resource].label)}</td>'
                    f"<td>{words}{needs}</td></tr>")
    html = "<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"
    if account.key_kind is KeyKind.SECRET:
        html += "<p>" + _tr("A secret key has <b>full access</b>: it can also change and delete data. If your "
                           "tools only read, a restricted key with Customers: Read plus what they use is "
                           "safer.") + "</p>"
    elif any(c.access is Access.NONE for c in account.permissions):
        html += "<p>" + _tr("To read more, edit the key in the Dashboard and grant Read on what you need.") + "</p>"
    if account.permissions_checked_at:
        html += "<p>" + _tr("Checked %s.") % escape(local_time(account.permissions_checked_at)) + "</p>"
    return html


class PermissionChecklist(QLabel):
    """Read-only rich text; its accessible description is the same checklist as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("permissionChecklist")
        self.setAccessibleName(_tr("What the key can read"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_account(self, account: Account) -> None:
        self.setText(checklist_html(account))
        self.setAccessibleDescription(plain_checklist(account))


def plain_checklist(account: Account) -> str:
    if account.permissions is None:
        return _tr("Not checked yet.")
    words = {Access.READ: _tr("can read"), Access.NONE: _tr("no access"), Access.UNKNOWN: _tr("unknown")}
    return "; ".join(f"{BY_NAME[c.resource].label}: {words[c.access]}" for c in account.permissions)

"""The permission checklist: which Stripe resources a key can read, in words and symbols."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from linkwizard.domain.account import Account, Health
from linkwizard.domain.keys import KeyKind
from linkwizard.domain.permissions import (
    ACCESS_WORDS,
    FULL_ACCESS_NOTE,
    RESOURCES,
    Access,
    compare,
    create_key_url,
    key_name_for,
)
from linkwizard.gui.common import i18n
from linkwizard.gui.common.style import Tone
from linkwizard.gui.common.times import local_time
from linkwizard.gui.common.widgets import mark, marked

translate = QCoreApplication.translate  # `translate("Checklist", ...)`: the form lupdate collects


def refused_now(account: Account) -> bool:
    """Stripe refused the key at the last check: the stored checklist is from an earlier one."""
    return account.status is Health.NEEDS_ATTENTION and account.permissions is not None


def refused_note(account: Account) -> str:
    """Instead of a table of ✔ for a key that no longer works: what is known, and from when."""
    readable = [i18n.resource_label(c.resource) for c in account.permissions or () if c.access is Access.READ]
    text = translate("Checklist", "Stripe refused this key at the last check, so what it can read now is not "
                                  "known.")
    if readable and account.permissions_checked_at:
        text += " " + translate("Checklist", "At the last good check (%s) it could read: %s.") % (
            local_time(account.permissions_checked_at), ", ".join(readable))
    return text


def checklist_rows(account: Account) -> list[tuple[str, str, str]]:
    """The checklist's rows: a symbol, the resource, and the access in words (with the missing
    permission's name); every state has a symbol and words, never colour alone. None before
    the first check, or while Stripe refuses the key (`refused_note` says what is known)."""
    if account.permissions is None or refused_now(account):
        return []
    marks = {  # each state's mark made once per checklist (the palette is looked up for its colour)
        access: (mark(health, symbol), translate("Checklist", ACCESS_WORDS[access]))
        for access, health, symbol in ((Access.READ, Tone.GOOD, "✔"), (Access.NONE, Tone.BAD, "✖"),
                                       (Access.UNKNOWN, Tone.NEUTRAL, "?"))
    }
    rows = []
    for check in account.permissions:
        symbol, words = marks[check.access]
        needs = (f' <span style="font-family:monospace">({escape(check.permission)})</span>'
                 if check.access is Access.NONE and check.permission else "")
        rows.append((symbol, escape(i18n.resource_label(check.resource)), words + needs))
    return rows


def checklist_notes(account: Account) -> str:
    """What the table means for this key (rich text); empty when there is nothing to add."""
    if account.permissions is None:
        return translate("Checklist", "Not checked yet. Choose <b>Check permissions</b>.")
    if refused_now(account):
        return "<p>" + escape(refused_note(account)) + "</p>"
    if account.key_kind is KeyKind.SECRET:
        return "<p>" + translate("Checklist", FULL_ACCESS_NOTE) + "</p>"
    if any(c.access is Access.NONE for c in account.permissions):
        return "<p>" + translate(
            "Checklist", "To read more, edit the key in the Dashboard and grant Read on what you need.") + "</p>"
    return ""


def checked_line(account: Account) -> str:
    """When the checklist was made (plain text); empty before the first check."""
    if account.permissions is None or not account.permissions_checked_at or refused_now(account):
        return ""
    return translate("Checklist", "Checked %s.") % local_time(account.permissions_checked_at)


class ScopeComparison(QWidget):
    """What a pasted key can read against what the person asked for, with the way to fix it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopeComparison")
        self.account: Account | None = None
        self.summary = QLabel()
        self.summary.setObjectName("scopeComparisonText")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(translate("Checklist", "Compared with what you asked for"))
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopenPrefilledFormButton")
        self.reopen_button.setAccessibleName(translate("Checklist", "Open the prefilled form again"))
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.clicked.connect(self.open_form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.reopen_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setVisible(False)

    def url(self) -> str:
        assert self.account is not None
        return create_key_url(self.account.environment, key_name_for(self.account.name),
                              self.account.requested_scopes or ())

    def open_form(self) -> None:
        if self.account is not None:
            QDesktopServices.openUrl(QUrl(self.url(), QUrl.ParsingMode.StrictMode))

    def show_account(self, account: Account) -> None:
        self.account = account
        asked = account.requested_scopes
        if asked is None:
            self.setVisible(False)
            return
        if account.key_kind is KeyKind.SECRET:
            self.summary.setText(marked(Tone.WARNING, "⚠", translate("Checklist",
                "<b>This is a secret key with full access</b>, although you planned a restricted key. "
                "Create the restricted key instead and replace this one.")))
            self.reopen_button.setText(translate("Checklist", "Create the &restricted key instead"))
        elif account.permissions is None:
            self.setVisible(False)
            return
        else:
            result = compare(asked, account.permissions)
            lines = []
            if result.missing:
                names = ", ".join(f"{i18n.scope_label(s)} ({', '.join(s.permissions)})" for s in result.missing)
                lines.append(marked(Tone.BAD, "✖", translate(
                    "Checklist", "<b>Missing:</b> %s. Add these in the Dashboard, or create the key again.") % names))
            if result.extra:
                names = ", ".join(i18n.scope_label(s) for s in result.extra)
                lines.append(marked(Tone.WARNING, "⚠", translate(
                    "Checklist", "<b>More than needed:</b> %s. The key works; you may remove these.") % names))
            if result.unknown:
                names = ", ".join(i18n.scope_label(s) for s in result.unknown)
                lines.append(marked(Tone.NEUTRAL, "?", translate(
                    "Checklist", "<b>Not checked:</b> %s (network trouble); choose Check permissions later.") % names))
            if not lines:
                lines.append(marked(Tone.GOOD, "✔", translate("Checklist", "<b>Exactly what you asked for.</b>")))
            self.summary.setText("<br>".join(lines))
            self.reopen_button.setText(translate("Checklist", "&Open the prefilled form again"))
            self.reopen_button.setVisible(bool(result.missing))
            self.summary.setAccessibleDescription(self.summary.text())
            self.reopen_button.setAccessibleName(self.reopen_button.text().replace("&", ""))
            self.setVisible(True)
            return
        self.reopen_button.setVisible(True)
        self.reopen_button.setAccessibleName(self.reopen_button.text().replace("&", ""))
        self.setVisible(True)


PARAGRAPH_GAP = 12  # pixels: Qt's rich text puts this above a paragraph
COLUMN_GAPS = (6, 12)  # pixels after the symbol and after the resource, as in a rich-text table
CELL_PADDING = 1
ROWS_PER_TURN = 4  # rows made and styled in one turn of `PermissionChecklist.preparing`


class PermissionChecklist(QWidget):
    """Read-only text: what the key can read, a row for each resource, then notes on it. Its
    accessible description is the same checklist as plain text.

    A grid of short labels, not one rich-text table: Qt took 10 ms to lay such a table out,
    and again at every account shown (13 ms with its notes). Short labels size themselves
    from the font alone, and a label given the text it already has does nothing, so moving
    to an account that can read the same lays out the notes alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("permissionChecklist")
        self.setAccessibleName(translate("Checklist", "What the key can read"))
        self.table = QWidget()
        self.table.setObjectName("permissionTable")
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(0)
        self.grid.setColumnStretch(2, 1)
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self.notes = self._label()
        self.notes.setObjectName("permissionNotes")
        self.notes.setWordWrap(True)
        # When it was checked is a line of its own: it differs at every account, and as part
        # of the notes it made Qt lay their paragraph out again at each (a quarter of the
        # window's time while moving through the list). The notes themselves mostly stay.
        self.checked = QLabel()
        self.checked.setObjectName("permissionsChecked")
        self.checked.setTextFormat(Qt.TextFormat.PlainText)
        self.checked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checked.setContentsMargins(CELL_PADDING, 0, CELL_PADDING, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(PARAGRAPH_GAP)  # as between the table and a paragraph in one text
        layout.addWidget(self.table)
        layout.addWidget(self.notes)
        layout.addWidget(self.checked)
        layout.addStretch(1)
        self.table.setVisible(False)
        self.checked.setVisible(False)

    @staticmethod
    def _label(right: int = CELL_PADDING) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setContentsMargins(CELL_PADDING, CELL_PADDING, right, CELL_PADDING)
        return label

    def preparing(self) -> list[Callable[[], object]]:
        """Steps for run_in_steps that make and style a row for every resource before the first
        account is shown, a few rows a turn: made and styled while showing it, they were 5 of
        the 8 ms of that one event."""
        ends = range(ROWS_PER_TURN, len(RESOURCES) + ROWS_PER_TURN, ROWS_PER_TURN)
        return [partial(self._make_rows, min(end, len(RESOURCES))) for end in ends]

    def _make_rows(self, count: int) -> None:
        while len(self.rows) < count:
            row = (self._label(CELL_PADDING + COLUMN_GAPS[0]), self._label(CELL_PADDING + COLUMN_GAPS[1]),
                   self._label())
            for column, label in enumerate(row):
                label.setVisible(False)  # until an account has this row (show_account)
                self.grid.addWidget(label, len(self.rows), column)
                label.ensurePolished()  # what showing the table first did for each
            self.rows.append(row)

    def text(self) -> str:
        """The rows, a line each, then the notes (rich text) and when it was checked."""
        rows = ["\t".join(label.text() for label in row) for row in self.rows if row[0].isVisibleTo(self)]
        return "\n".join([*rows, self.notes.text(), self.checked.text()])

    def setText(self, text: str) -> None:
        self.table.setVisible(False)
        self.checked.setVisible(False)
        self.notes.setText(text)
        self.notes.setVisible(True)

    def show_account(self, account: Account) -> None:
        rows = checklist_rows(account)
        self._make_rows(len(rows))  # made already, if `preparing` ran
        # The table first, its rows after: a table shown with its rows lays them all out at once
        # (3 ms for the first account); rows shown in a shown table are laid out in an event of
        # their own, after this one.
        self.table.setVisible(bool(rows))
        for number, labels in enumerate(self.rows):
            shown = number < len(rows)
            for label, text in zip(labels, rows[number] if shown else ("", "", ""), strict=True):
                label.setText(text)  # the text it already has: nothing to do
                label.setVisible(shown)
        notes, checked = checklist_notes(account), checked_line(account)
        self.notes.setText(notes)  # the same notes as the last account's: nothing to do
        self.notes.setVisible(bool(notes))
        self.checked.setText(checked)
        self.checked.setVisible(bool(checked))
        self.setAccessibleDescription(plain_checklist(account))


def plain_checklist(account: Account) -> str:
    if account.permissions is None:
        return translate("Checklist", "Not checked yet.")
    if refused_now(account):
        return refused_note(account)
    words = {access: translate("Checklist", text) for access, text in ACCESS_WORDS.items()}
    return "; ".join(f"{i18n.resource_label(c.resource)}: {words[c.access]}" for c in account.permissions)

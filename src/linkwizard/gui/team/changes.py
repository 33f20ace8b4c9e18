"""A teammate replaced a team key: the window says who, for which account, when and the new
hint, once as a notice at the top, and in that account's details for as long as it is open.
Nothing changes under a person's eyes without a word (the check that picked it up tested it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from linkwizard.domain import moments
from linkwizard.gui.common.announce import announce
from linkwizard.gui.common.notices import ActionNotice

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.usecases.verifying import VerifyResult


def replacement_text(result: VerifyResult) -> str:
    """One sentence: who replaced the key of which account, when (local time), version and hint."""
    translate = QCoreApplication.translate
    account = result.account
    by = translate("values", result.replaced_by or "someone")
    at = moments.to_the_minute(result.replaced_at) if result.replaced_at else translate("values", "an unknown time")
    text = translate("TeamChanges", "The key of “%1” was replaced in the team vault by %2 at %3: version %4, "
                                    "%5. It was tested and is used from now on.")
    for number, value in enumerate((account.name, by, at, str(result.picked_up), account.key_hint), start=1):
        text = text.replace(f"%{number}", value, 1)
    return text


class TeamChanges(QObject):
    """Owns the notice; `line_for` gives an account's details the sentence of its last change."""

    def __init__(self, notice: ActionNotice, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notice = notice
        self.notice.setVisible(False)
        self._lines: dict[str, str] = {}

    def replaced(self, result: VerifyResult) -> None:
        text = replacement_text(result)
        self._lines[result.account.id] = text
        name = self.notice.objectName()  # news, not a warning: blue, where warnings are amber
        self.notice.setStyleSheet(f"QFrame#{name} {{ background: #1f5fae; }} QLabel {{ color: white; }}")
        self.notice.say(text)
        announce(self.notice.label, text)

    def line_for(self, account_id: str) -> str | None:
        return self._lines.get(account_id)

"""The window's dialogs: a problem, a linked account, About, rename and remove.

Each is window-modal and opened without blocking (`open()`), except the two questions, which
wait for the answer. The wording keeps the MainWindow translation context it always had
(lupdate finds each `QCoreApplication.translate` call by its literal arguments).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

from linkwizard import __version__
from linkwizard.domain.account import Account
from linkwizard.domain.problems import Problem
from linkwizard.gui.common import i18n
from linkwizard.gui.common.style import app_icon
from linkwizard.store import paths
from linkwizard.usecases.diagnostics import diagnostics_text


def problem_box(parent: QWidget, found: Problem) -> QMessageBox:
    title = i18n.problem_title(found)
    box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("problemMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and times in it come from the vault or Stripe
    box.setInformativeText(i18n.problem_advice(found))
    box.setDetailedText(diagnostics_text(found=found))  # "Show Details…": what Copy diagnostics copies
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def linked_box(parent: QWidget, account: Account) -> QMessageBox:
    linked_word = QCoreApplication.translate("MainWindow", "Account linked")
    text = QCoreApplication.translate("MainWindow", "“%s” is linked.") % account.name
    box = QMessageBox(QMessageBox.Icon.Information, linked_word, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("linkedMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText("\n".join(i18n.account_summary(account)))
    box.setAccessibleName(linked_word)
    wide_enough_for_its_title(box)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def unbroken(text: str) -> str:
    """`text` (an address, a path) escaped for rich text, and never broken across lines."""
    return f'<span style="white-space:nowrap">{escape(text)}</span>'


def wide_enough_for_its_title(box: QMessageBox) -> None:
    """A window manager cuts a title wider than the box ("Account li…"): the text is made at
    least as wide as the title with the app's name after it, and room for the title's buttons."""
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        title = f"{box.windowTitle()} — linkwizard"
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance(title) + 8 * label.fontMetrics().height())


def about_box(parent: QWidget, team_address: str | None = None) -> QMessageBox:
    """`team_address`: the team vault set up here, where team accounts' keys are."""
    box = QMessageBox(parent)
    box.setObjectName("aboutMessage")
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About linkwizard"))
    box.setIconPixmap(app_icon().pixmap(64, 64))
    box.setText(QCoreApplication.translate(
        "MainWindow", "<b>linkwizard %s</b><br>Link a Stripe account to this computer by API key.") % __version__)
    kept = (QCoreApplication.translate(
        "MainWindow", "Keys are kept in your system keyring, and the keys of team accounts in the team vault "
        "at %s; never in a file.") % unbroken(team_address) if team_address else QCoreApplication.translate(
        "MainWindow", "Keys are kept only in your system keyring."))
    box.setInformativeText(QCoreApplication.translate(
        "MainWindow", "Licence: MIT.<br>%s<br><br>Accounts (no keys): %s<br>Log (keys redacted): %s")
        % (kept, unbroken(str(paths.data_dir())), unbroken(str(paths.log_dir()))))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def ask_new_name(parent: QWidget, account: Account) -> str | None:
    title = QCoreApplication.translate("MainWindow", "Rename account")
    label = QCoreApplication.translate("MainWindow", "New name:")
    name, accepted = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, account.name)
    return name if accepted and name.strip() != account.name else None


def confirm_remove(parent: QWidget, account: Account) -> bool:
    title = QCoreApplication.translate("MainWindow", "Remove account")
    question = QCoreApplication.translate(
        "MainWindow", "Remove “%s” and delete its key from the keyring?\n\nScripts that use it with "
        "linkwizard exec will stop working. The key itself stays valid in Stripe.") % account.name
    return _plain_question(parent, title, question, "removeMessage")


def _plain_question(parent: QWidget, title: str, question: str, name: str) -> bool:
    """Yes or Cancel (the default), the question as plain text: an account's name may come
    from the team vault, where a teammate chose it."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_remove_team(parent: QWidget, account: Account, may_delete: bool = True) -> bool | None:
    """For a team account: None to keep it; else whether to delete it from the team vault too
    (offered only when this login may: `may_delete`)."""
    title = QCoreApplication.translate("MainWindow", "Remove account")
    question = QCoreApplication.translate(
        "MainWindow", "Remove “%s” from this computer?\n\nThe key stays in the team vault, where teammates "
        "can still use it.") % account.name
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("removeTeamMessage")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    also = QCheckBox(QCoreApplication.translate("MainWindow", "Also &delete it from the team vault (for everyone)"))
    also.setObjectName("removeFromTeamCheck")
    if not may_delete:
        also.setEnabled(False)
        also.setToolTip(QCoreApplication.translate(
            "MainWindow", "Your vault policy does not allow deleting in the team vault; ask whoever runs it."))
    box.setCheckBox(also)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return None
    return also.isChecked()


def confirm_share(parent: QWidget, account: Account, address: str) -> bool:
    title = QCoreApplication.translate("MainWindow", "Share with team")
    question = QCoreApplication.translate(
        "MainWindow", "Move the key of “%s” into the team vault at %s?<br><br>Teammates whose vault policy "
        "allows it can then add and use this account. The copy in this computer's keyring is deleted once the "
        "vault holds the key.") % (escape(account.name), unbroken(address))
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("shareMessage")
    box.setTextFormat(Qt.TextFormat.RichText)  # the name and the address are escaped
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def confirm_retire(parent: QWidget, files: list[str]) -> bool:
    """Before plaintext copies are rewritten: name every file that will change."""
    title = QCoreApplication.translate("MainWindow", "Remove the plaintext copies")
    listed = "\n".join(f"• {path}" for path in files)
    question = QCoreApplication.translate(
        "MainWindow", "Replace the keys in these files with hints?\n\n%s\n\nThe keys are in your keyring now. "
        "A tool that read a key from one of these files needs linkwizard exec from now on. No backup "
        "copy is made: it would be one more plaintext key.") % listed
    return _plain_question(parent, title, question, "retireMessage")  # file names are anyone's

"""The QWizard that links one account, in the guide's order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget, QWizard

from linkwizard.accounts import Account, default_name
from linkwizard.gui.wizard.connect_page import ConnectPage, StartConnect
from linkwizard.gui.wizard.enter_key_page import EnterKeyPage
from linkwizard.gui.wizard.environment_page import EnvironmentPage
from linkwizard.gui.wizard.find_key_page import FindKeyPage
from linkwizard.gui.wizard.pages import PageId, chosen_environment
from linkwizard.keys import Environment, clean_key


class LinkWizard(QWizard):
    """Embedded in the main window beside the accounts panel (it is a widget, not a dialog)."""

    linked = Signal(object)  # Account

    def __init__(self, taken_names: Callable[[], list[str]], start_connect: StartConnect,
                 parent: QWidget | None = None, replacing: Account | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkWizard")
        self.setAccessibleName(self.tr("Link a Stripe account"))
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.environment_page = EnvironmentPage()
        self.find_key_page = FindKeyPage(
            lambda: default_name(chosen_environment(self.environment_page), taken_names()))
        self.enter_key_page = EnterKeyPage(taken_names)
        self.connect_page = ConnectPage(start_connect)
        self.setPage(PageId.ENVIRONMENT, self.environment_page)
        self.setPage(PageId.FIND_KEY, self.find_key_page)
        self.setPage(PageId.ENTER_KEY, self.enter_key_page)
        self.setPage(PageId.CONNECT, self.connect_page)
        self.setStartId(PageId.ENVIRONMENT)
        self.replacing = replacing
        if replacing is not None:  # rotation: straight to the key, in the account's environment
            production = replacing.environment is Environment.PRODUCTION
            self.environment_page.production_radio.setChecked(production)
            self.environment_page.test_radio.setChecked(not production)
            self.enter_key_page.set_replacing(replacing)
            self.connect_page.setTitle(self.tr("Replace the key"))
            self.setAccessibleName(self.tr("Replace the key of %s") % replacing.name)
            self.setStartId(PageId.ENTER_KEY)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Connect"))
        self.enter_key_page.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Connect"))
        self.connect_page.linked.connect(self.linked)
        self.connect_page.linked.connect(lambda account: self.forget_clipboard_key())
        self.currentIdChanged.connect(lambda page_id: self._focus_page())
        names = {
            QWizard.WizardButton.BackButton: ("wizardBackButton", self.tr("Back")),
            QWizard.WizardButton.NextButton: ("wizardNextButton", self.tr("Next")),
            QWizard.WizardButton.FinishButton: ("wizardFinishButton", self.tr("Finish")),
            QWizard.WizardButton.CancelButton: ("wizardCancelButton", self.tr("Cancel")),
            QWizard.WizardButton.HelpButton: ("wizardHelpButton", self.tr("Help")),
            QWizard.WizardButton.CommitButton: ("wizardCommitButton", self.tr("Connect")),
        }
        for which, (object_name, accessible) in names.items():
            button = self.button(which)
            button.setObjectName(object_name)
            button.setAccessibleName(accessible)

    def _focus_page(self) -> None:
        """Keep keyboard focus inside the wizard when pages change (not on the side panel)."""
        page = self.currentPage()
        focus = QApplication.focusWidget()
        if page is None or (focus is not None and page.isAncestorOf(focus)):
            return
        checked = [r for r in page.findChildren(QRadioButton) if r.isChecked()]
        if checked:
            checked[0].setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget: QWidget | None = page.nextInFocusChain()
        while widget is not None and widget is not page and page.isAncestorOf(widget):
            if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()
        self.button(QWizard.WizardButton.NextButton).setFocus()

    def forget_clipboard_key(self) -> None:
        """Once linking ends, a copied key should not linger where any app can read it."""
        key = clean_key(self.enter_key_page.key_edit.text())
        if not key:
            return
        clipboard = QGuiApplication.clipboard()
        for mode in (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection):
            if (mode is QClipboard.Mode.Clipboard or clipboard.supportsSelection()) \
                    and clean_key(clipboard.text(mode)) == key:
                clipboard.clear(mode)

    def done(self, result: int) -> None:
        """Every way out of the wizard (Finish, Cancel, closing the window) ends linking."""
        self.forget_clipboard_key()  # before QWizard tidies the pages away
        super().done(result)

    def reject(self) -> None:
        """Cancel also stops a running connection test; nothing is saved."""
        self.connect_page.cancel()
        super().reject()

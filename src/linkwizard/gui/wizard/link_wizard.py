"""The QWizard that links one account, in the guide's order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget, QWizard

from linkwizard.domain.account import Account, KeyLocation, default_name
from linkwizard.domain.keys import Environment, clean_key
from linkwizard.gui.wizard.connect_page import ConnectPage
from linkwizard.gui.wizard.enter_key_page import EnterKeyPage
from linkwizard.gui.wizard.environment_page import EnvironmentPage
from linkwizard.gui.wizard.find_key_page import FindKeyPage
from linkwizard.gui.wizard.pages import (
    FIELD_CONTEXT,
    FIELD_KEY,
    FIELD_NAME,
    FIELD_PRODUCTION,
    FIELD_SCOPES,
    FIELD_TEAM,
    FIELD_TEST,
    PageId,
    chosen_environment,
)
from linkwizard.gui.workers import Job
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import Stage

StartLink = Callable[[LinkRequest], Job[Account, Stage]]


class LinkWizard(QWizard):
    """Embedded in the main window beside the accounts panel (it is a widget, not a dialog).

    It hands over one `LinkRequest`, built from its pages' registered fields, to `start` (the
    controller's `link`); no code outside a page reads that page's widgets.
    """

    linked = Signal(Account, bool)  # the account, and whether its key was replaced

    def __init__(self, taken_names: Callable[[], list[str]], start: StartLink,
                 parent: QWidget | None = None, replacing: Account | None = None,
                 team_address: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(parent)
        self.setObjectName("linkWizard")
        self.setAccessibleName(self.tr("Link a Stripe account"))
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.environment_page = EnvironmentPage()
        self.find_key_page = FindKeyPage(
            lambda: default_name(chosen_environment(self.environment_page), taken_names()),
            team_set_up=lambda: team_address() is not None)
        self.enter_key_page = EnterKeyPage(taken_names, team_address=team_address)
        self._start = start
        self.connect_page = ConnectPage(lambda allow_other: self._start(self.request(allow_other)),
                                        saves_in_team=self._saves_in_team)
        self.setPage(PageId.ENVIRONMENT, self.environment_page)
        self.setPage(PageId.FIND_KEY, self.find_key_page)
        self.setPage(PageId.ENTER_KEY, self.enter_key_page)
        self.setPage(PageId.CONNECT, self.connect_page)
        self.setStartId(PageId.ENVIRONMENT)
        self.replacing: Account | None = None
        if replacing is not None:  # rotation: straight to the key, in the account's environment
            self._replace_mode(replacing)
            self.setStartId(PageId.ENTER_KEY)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Connect"))
        self.enter_key_page.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Connect"))
        self.connect_page.linked.connect(lambda account: self.linked.emit(account, self.replacing is not None))
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

    def _saves_in_team(self) -> bool:
        """A new account kept in the team vault, or a team account's key replaced there."""
        if self.replacing is not None:
            return self.replacing.in_team_vault
        return self.request().store is KeyLocation.TEAM

    def request(self, allow_other_account: bool = False) -> LinkRequest:
        """What the pages hold, as one request (the scopes only on the path that asked for them)."""
        scopes = str(self.field(FIELD_SCOPES))
        return LinkRequest(
            key=str(self.field(FIELD_KEY)), environment=chosen_environment(self.environment_page),
            name=str(self.field(FIELD_NAME)) or None,
            scopes=tuple(scopes.split(",")) if scopes and self.replacing is None else None,
            replacing=self.replacing.id if self.replacing is not None else None,
            allow_other_account=allow_other_account,
            stripe_context=(str(self.field(FIELD_CONTEXT)).strip() or None) if self.replacing is None else None,
            store=KeyLocation.TEAM if self.replacing is None and bool(self.field(FIELD_TEAM)) else KeyLocation.KEYRING)

    def switch_to_replacing(self, account: Account | None) -> None:
        """The pasted key is linked already and the person wants that account to take it: this
        wizard becomes its key replacement, back at the key page with the key still in it. Back
        to the page before it and on again, so that Qt initializes the key page as on any way
        forward, and the page reads the account it now replaces."""
        if account is None:
            return
        key = str(self.field(FIELD_KEY))
        self.connect_page.cancel()
        self._replace_mode(account)
        while self.currentId() not in (PageId.FIND_KEY, -1):
            self.back()
        self.next()
        self.setField(FIELD_KEY, key)  # Back on the key page reset its fields, the key with them

    def _replace_mode(self, account: Account) -> None:
        self.replacing = account
        production = account.environment is Environment.PRODUCTION
        self.setField(FIELD_PRODUCTION, production)  # the environment page's registered fields
        self.setField(FIELD_TEST, not production)
        self.setAccessibleName(self.tr("Replace the key of %s") % account.name)

    def focusNextPrevChild(self, next: bool) -> bool:
        """QWizard hides the widget that holds its pages and buttons for a moment whenever it
        updates its buttons (each `completeChanged`). Qt then passes the focus of a hidden
        widget on to the next one in the window's chain: inside the main window, the side
        panel. The focus stays where it is instead; it is visible again a moment later."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and self.isVisible() and not focus.isVisible():
            return True
        return super().focusNextPrevChild(next)

    def untouched(self) -> bool:
        """No key entered yet and no test started: closing it loses nothing."""
        return self.currentId() != PageId.CONNECT and not str(self.field(FIELD_KEY)).strip()

    def focus_first_page(self) -> None:
        """Keyboard focus on the first page's first control, not on the side panel."""
        self._focus_page()

    def stop(self) -> None:
        """The wizard is going away: stop a running test and clear a copied key."""
        self.connect_page.cancel()
        self.forget_clipboard_key()

    def _focus_page(self) -> None:
        """Keep keyboard focus inside the wizard when pages change (not on the side panel)."""
        page = self.currentPage()
        next_button = self.button(QWizard.WizardButton.NextButton)  # a screen reader says what it shows
        next_button.setAccessibleName(next_button.text().replace("&", "").strip(" <>"))
        focus = QApplication.focusWidget()
        if page is None or (focus is not None and page.isAncestorOf(focus)):
            return
        checked = [r for r in page.findChildren(QRadioButton) if r.isChecked() and not r.isHidden()]
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
        key = clean_key(str(self.field(FIELD_KEY)))
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

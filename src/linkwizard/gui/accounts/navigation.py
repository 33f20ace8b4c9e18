"""Between the side panel and the pane beside it: the account chosen in the list is the one
shown, whatever chose it (a click, the attention banner, a notification, a refused twin, an
account added elsewhere), and the window's title names it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from linkwizard.gui.accounts.panel import AccountsPanel
from linkwizard.gui.content import Content

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.domain.account import Account


class Navigation(QObject):
    def __init__(self, panel: AccountsPanel, content: Content, set_title: Callable[[str], None]) -> None:
        super().__init__(panel)
        self.panel = panel
        self.content = content
        self._set_title = set_title
        self.first_run_wizard: object = None  # the wizard that opened because nothing was linked
        panel.account_selected.connect(content.show_account)
        panel.account_selected.connect(self._title_for)
        panel.review_requested.connect(self.review_attention)
        content.page_closed.connect(self.refresh)

    def show(self, account_id: str) -> None:
        """Select the account in the list and show it beside (one that is gone: nothing changes)."""
        if self.panel.model.account(account_id) is None:
            return
        self.panel.select(account_id)
        self.content.show_account(self.panel.current())

    def refresh(self) -> None:
        """The pane again, as the selected account is now (checked, renamed, or gone)."""
        self.content.show_account(self.panel.current())

    def loaded(self, accounts: list[Account]) -> None:
        self.panel.loaded()
        if accounts:
            self.panel.select(accounts[0].id)

    def changed(self, account: Account) -> None:
        if (current := self.panel.current()) is not None and current.id == account.id:
            self.refresh()
            self._title_for(account)  # renamed, say

    def added(self, account: Account) -> None:
        """An account came from elsewhere (the team vault, an import, another process): the
        first-run wizard, if nobody has typed into it, gives way to the account's details."""
        wizard = self.content.wizard
        if wizard is not None and wizard is self.first_run_wizard and wizard.untouched():
            self.content.close_wizard(only=wizard)
            self.panel.select(account.id)
        self.changed(account)

    def show_existing(self, account_id: str) -> None:
        """A twin was refused: the wizard closes on the account that is already linked."""
        if self.content.wizard is not None:
            self.content.wizard.reject()
        self.show(account_id)

    def review_attention(self) -> None:
        """The banner's *Review*: the first account that needs the person, its *Replace key…* focused."""
        attention = self.panel.needing_attention()
        if attention:
            self.content.close_wizard()
            self.panel.select(attention[0].id)
            self.content.show_account(attention[0])
            if self.content.details is not None:  # else it is being made, and shows that account when ready
                self.content.details.replace_button.setFocus()

    def _title_for(self, account: Account | None) -> None:
        self._set_title("linkwizard" if account is None else f"{account.name} – linkwizard")

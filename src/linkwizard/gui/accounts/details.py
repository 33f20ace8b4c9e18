"""The details of the selected account and what can be done with it."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from linkwizard.domain.account import Account, Health
from linkwizard.gui.accounts.model import health_text
from linkwizard.gui.accounts.permissions_view import PermissionChecklist, ScopeComparison
from linkwizard.gui.common import i18n
from linkwizard.gui.common.announce import announce
from linkwizard.gui.common.style import SPACING, Tone
from linkwizard.gui.common.times import local_time
from linkwizard.gui.common.widgets import button, mark


class AccountDetails(QWidget):
    verify_requested = Signal(Account)
    rename_requested = Signal(Account)
    remove_requested = Signal(Account)
    dashboard_requested = Signal(Account)
    diagnostics_requested = Signal(Account)
    permissions_requested = Signal(Account)
    replace_requested = Signal(Account)
    share_requested = Signal(Account)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountDetails")
        self.account: Account | None = None
        self.team_address: str | None = None  # the team vault set up here, if any
        self.team_writes: object = None  # whether this login may write there (None: not known)
        self.replacement_for: Callable[[str], str | None] = lambda account_id: None  # gui/team/changes.py
        self.title = QLabel()
        self.title.setObjectName("detailsTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)  # the coloured dot; the reason is escaped
        self.status.setObjectName("detailsStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Account health"))
        self.replaced = QLabel()  # a teammate's replacement of this team key, said in words
        self.replaced.setObjectName("detailsReplaced")
        self.replaced.setTextFormat(Qt.TextFormat.PlainText)
        self.replaced.setWordWrap(True)
        self.replaced.setVisible(False)

        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(SPACING * 2)
        form.setVerticalSpacing(SPACING // 2 + 2)
        for key, label in (("environment", self.tr("Environment")), ("kind", self.tr("Key kind")),
                           ("hint", self.tr("Key")), ("stripe", self.tr("Stripe account")),
                           ("display", self.tr("Business name")), ("context", self.tr("Acts on")),
                           ("store", self.tr("Key kept in")), ("created", self.tr("Linked")),
                           ("verified", self.tr("Last verified"))):
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)  # Stripe's side chooses the business name
            value.setObjectName(f"details_{key}")
            value.setAccessibleName(label)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label + ":", value)
        self.values["store"].setWordWrap(True)  # a vault's address and path can be long

        self.verify_button = self._button("verifyButton", self.tr("V&erify now"),
                                          self.tr("Test the stored key against Stripe again"),
                                          self.verify_requested)
        self.rename_button = self._button("renameButton", self.tr("Re&name…"),
                                          self.tr("Give this account another name"), self.rename_requested)
        self.dashboard_button = self._button("dashboardButton", self.tr("Open API &keys page"),
                                             self.tr("Open the Stripe Dashboard's API keys page for this mode"),
                                             self.dashboard_requested)
        self.diagnostics_button = self._button("copyDiagnosticsButton", self.tr("&Copy diagnostics"),
                                               self.tr("Copy technical details for support (never the key)"),
                                               self.diagnostics_requested)
        self.replace_button = self._button("replaceKeyButton", self.tr("Re&place key…"),
                                           self.tr("Give this account a new key; the old one stays until the "
                                                   "new one passes the test"), self.replace_requested)
        self.permissions_button = self._button("checkPermissionsButton", self.tr("Check perm&issions"),
                                               self.tr("Ask Stripe again which resources this key can read"),
                                               self.permissions_requested)
        self.checklist = PermissionChecklist()
        self.comparison = ScopeComparison()
        permissions_title = QLabel(self.tr("What the key can read"))
        permissions_title.setObjectName("permissionsTitle")
        bold = permissions_title.font()
        bold.setBold(True)
        permissions_title.setFont(bold)
        self.share_button = self._button("shareButton", self.tr("Share with &team…"),
                                         self.tr("Move this key into the team vault, so teammates can use it"),
                                         self.share_requested)
        self.share_button.setVisible(False)
        self._share_tip, self._replace_tip = self.share_button.toolTip(), self.replace_button.toolTip()
        self.remove_button = self._button("removeButton", self.tr("&Remove…"),
                                          self.tr("Remove this account and delete its key from the keyring"),
                                          self.remove_requested)
        # Two rows, so longer translations never squeeze a button's text.
        actions = QVBoxLayout()
        actions.setSpacing(SPACING // 2)
        for row_buttons, last in (((self.verify_button, self.replace_button, self.permissions_button), None),
                                  ((self.rename_button, self.dashboard_button, self.diagnostics_button,
                                    self.share_button),
                                   self.remove_button)):
            row = QHBoxLayout()
            row.setSpacing(SPACING // 2)
            for each in row_buttons:
                row.addWidget(each)
            row.addStretch(1)
            if last is not None:
                row.addWidget(last)
            actions.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 2, SPACING * 2, SPACING * 2, SPACING * 2)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addWidget(self.replaced)
        layout.addLayout(form)
        layout.addSpacing(SPACING // 2)
        layout.addWidget(permissions_title)
        layout.addWidget(self.comparison)
        scroll = QScrollArea()
        scroll.setObjectName("permissionsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.checklist)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)

    def preparing(self) -> list[Callable[[], object]]:
        """Steps for run_in_steps that make what the first account shown needs (gui/content)."""
        return self.checklist.preparing()

    def set_team(self, settings: object) -> None:
        """The team vault set up here (`team.settings.Settings`), or None: Share shows only then."""
        self.team_address = getattr(settings, "address", None)
        if self.account is not None:
            self.share_button.setVisible(self.team_address is not None and not self.account.in_team_vault)

    def set_team_writes(self, allowed: object) -> None:
        """Whether this login may write in the team vault (True, False, or None: not known). A
        read-only person is not offered what could only fail: Share, and Replace key of a team
        account, are disabled with the reason."""
        self.team_writes = allowed
        if self.account is not None:
            self._offer_writes(self.account)

    def _offer_writes(self, account: Account) -> None:
        refused = self.team_writes is False
        reason = self.tr("Your vault policy does not allow writing in the team vault; ask whoever runs it.")
        self.share_button.setEnabled(not refused)
        self.share_button.setToolTip(reason if refused else self._share_tip)
        team_refused = refused and account.in_team_vault
        self.replace_button.setEnabled(not team_refused)
        self.replace_button.setToolTip(reason if team_refused else self._replace_tip)

    def _where(self, account: Account) -> str:
        if not account.in_team_vault:
            return self.tr("This computer's keyring")
        where = self.tr("The team vault, version %d\n%s · %s/%s") % (
            account.team_version or 0, account.team_address, account.team_mount, account.team_path)
        return where + (self.tr(" (and an offline copy here)") if account.offline_copy else "")

    def _button(self, name: str, text: str, tip: str, signal: SignalInstance) -> QPushButton:
        return button(name, text, lambda: signal.emit(self.account) if self.account else None, tip)

    def show_account(self, account: Account, checking: bool = False) -> None:
        self.account = account
        self.title.setText(account.name)
        state = self.tr("Checking…") if checking else health_text(account.status)
        reason = f" — {i18n.reason(account.status_reason)}" if account.status_reason and not checking else ""
        self.status.setText(f"{mark(Tone.of(account.status), '●')} <b>{state}</b>{escape(reason, quote=False)}")
        announce(self.status, f"{state}{reason}", urgent=account.status is Health.NEEDS_ATTENTION and not checking)
        self.values["environment"].setText(i18n.environment_label(account.environment))
        self.values["kind"].setText(i18n.key_kind_label(account.key_kind))
        note = i18n.expiry_note(account)
        self.values["hint"].setText(f"{account.key_hint} — {note}" if note else account.key_hint)
        self.values["stripe"].setText(account.stripe_account_id or self.tr("Not readable with this key"))
        self.values["display"].setText(account.display_name or "—")
        self.values["context"].setText(account.stripe_context or self.tr("Its own account"))
        self.values["store"].setText(self._where(account))
        self.values["created"].setText(local_time(account.created_at))
        self.values["verified"].setText(local_time(account.last_verified_at))
        self.verify_button.setEnabled(not checking)
        self.permissions_button.setEnabled(not checking)
        self.share_button.setVisible(self.team_address is not None and not account.in_team_vault)
        self._offer_writes(account)
        replaced = self.replacement_for(account.id)
        self.replaced.setText(replaced or "")
        self.replaced.setVisible(bool(replaced))
        attention = account.status is Health.NEEDS_ATTENTION
        self.replace_button.setDefault(attention)  # the usual fix for a refused or missing key
        self.checklist.show_account(account)
        self.comparison.show_account(account)
        if account.checks_paused:
            self.status.setText(self.status.text() + "<br>" + self.tr(
                "Stripe refused this key three times in a row, so linkwizard stopped checking it. "
                "Replace the key, or choose Verify now after fixing it in the Dashboard."))

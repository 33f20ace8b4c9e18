"""*Accounts › Team vault…*: where the team vault is, and who is logged in to it.

A non-modal dialog over the window: every request runs as a job of the team controller,
shows progress while it waits and can be cancelled; the browser login's Cancel ends the wait
at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkwizard.domain import moments
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, Problem
from linkwizard.gui.common import i18n
from linkwizard.gui.common.style import SPACING
from linkwizard.gui.common.widgets import busy_bar, button
from linkwizard.gui.controller import Controller
from linkwizard.gui.workers import Job
from linkwizard.usecases.team import Credentials, LoginMethod

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from linkwizard.usecases.team import Settings, SetupResult, Status, TokenInfo

METHODS = (LoginMethod.TOKEN, LoginMethod.USERPASS, LoginMethod.OIDC)  # AppRole is for CI: the command line



class TeamVaultDialog(QDialog):
    """Where the team vault is, and who is logged in to it."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamVaultDialog")
        self.setWindowTitle(self.tr("Team vault"))
        self.setAccessibleName(self.tr("Team vault settings and login"))
        self.controller = controller
        self._job: Job[Any, Any] | None = None

        intro = QLabel(self.tr("Keep Stripe keys in your team's OpenBao or HashiCorp Vault, so teammates use "
                               "them without anyone pasting a key. Your login is kept in this computer's "
                               "keyring; the settings hold no secret."))
        intro.setWordWrap(True)
        intro.setObjectName("teamIntro")
        self.address_edit = self._line("teamAddressEdit", self.tr("Vault address"), "https://vault.example.com")
        self.mount_edit = self._line("teamMountEdit", self.tr("KV version 2 mount"), "secret")
        self.prefix_edit = self._line("teamPrefixEdit", self.tr("Path for Stripe keys"), "stripe")
        self.namespace_edit = self._line("teamNamespaceEdit", self.tr("Namespace"), self.tr("(none)"))
        self.ca_edit = self._line("teamCaEdit", self.tr("CA certificate file"), self.tr("(the system's)"))
        browse = button("teamCaBrowseButton", self.tr("&Browse…"), self._browse_ca,
                        accessible=self.tr("Choose a CA certificate file"))
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(browse)
        self.save_button = button("teamSaveButton", self.tr("Check and sa&ve"), self.save,
                                  accessible=self.tr("Check the vault answers, then save the settings"))
        settings_box = QGroupBox(self.tr("Where the vault is"))
        form = QFormLayout(settings_box)
        for label, field in ((self.tr("&Address:"), self.address_edit), (self.tr("&Mount:"), self.mount_edit),
                             (self.tr("&Path:"), self.prefix_edit), (self.tr("&Namespace:"), self.namespace_edit)):
            form.addRow(_buddy(label, field), field)
        form.addRow(_buddy(self.tr("CA f&ile:"), self.ca_edit), ca_row)
        form.addRow("", self.save_button)

        self.method_box = QComboBox()
        self.method_box.setObjectName("teamMethodBox")
        self.method_box.setAccessibleName(self.tr("Login method"))
        for method, label in zip(METHODS, (self.tr("Token"), self.tr("User name and password"),
                                           self.tr("In the browser (OIDC)")), strict=True):
            self.method_box.addItem(label, method.value)
        self.token_edit = self._line("teamTokenEdit", self.tr("Vault token"), "")
        self.token_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_edit = self._line("teamUsernameEdit", self.tr("User name"), "")
        self.password_edit = self._line("teamPasswordEdit", self.tr("Password"), "")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_edit = self._line("teamRoleEdit", self.tr("OIDC role"), self.tr("(the default role)"))
        self.fields = QStackedWidget()
        for rows in (((self.tr("&Token:"), self.token_edit),),
                     ((self.tr("&User name:"), self.username_edit), (self.tr("Pass&word:"), self.password_edit)),
                     ((self.tr("&Role:"), self.role_edit),)):
            page = QWidget()
            page_form = QFormLayout(page)
            page_form.setContentsMargins(0, 0, 0, 0)
            for label, field in rows:
                page_form.addRow(_buddy(label, field), field)
            self.fields.addWidget(page)
        self.method_box.currentIndexChanged.connect(self.fields.setCurrentIndex)
        # Enter does what the field is for: in a setting it checks and saves, in a login field it
        # logs in. No button is the dialog's default (Browse… was, so Enter opened a file picker).
        for setting in (self.address_edit, self.mount_edit, self.prefix_edit, self.namespace_edit, self.ca_edit):
            setting.returnPressed.connect(self.save)
        for secret in (self.token_edit, self.password_edit, self.role_edit):
            secret.returnPressed.connect(self.log_in)
        self.username_edit.returnPressed.connect(self._user_name_entered)
        self.login_button = button("teamLoginButton", self.tr("&Log in"), self.log_in,
                                   accessible=self.tr("Log in to the team vault"))
        self.logout_button = button("teamLogoutButton", self.tr("Log &out"), self.log_out,
                                    accessible=self.tr("Log out of the team vault"))
        self.cancel_button = button("teamCancelButton", self.tr("&Stop"), self.cancel,
                                    accessible=self.tr("Stop waiting"))
        self.cancel_button.setVisible(False)
        login_box = QGroupBox(self.tr("Your login"))
        login_layout = QFormLayout(login_box)
        login_layout.addRow(_buddy(self.tr("M&ethod:"), self.method_box), self.method_box)
        login_layout.addRow(self.fields)
        buttons_row = QHBoxLayout()
        for each in (self.login_button, self.logout_button, self.cancel_button):
            buttons_row.addWidget(each)
        buttons_row.addStretch(1)
        login_layout.addRow(buttons_row)

        self.progress = busy_bar()
        self.progress.setObjectName("teamProgress")
        self.state = QLabel(self.tr("Checking the team vault…"))
        self.state.setObjectName("teamState")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("teamCloseButtons")
        close.rejected.connect(self.reject)
        for made in (browse, self.save_button, self.login_button, self.logout_button, self.cancel_button,
                     *close.buttons()):
            if isinstance(made, QPushButton):
                made.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING)
        layout.addWidget(intro)
        layout.addWidget(settings_box)
        layout.addWidget(login_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.state)
        layout.addStretch(1)
        layout.addWidget(close)
        self.resize(560, 620)
        self.show_settings(controller.team.settings)
        if controller.team.settings is not None:
            self.refresh()
        else:
            self._say(self.tr("No team vault is set up yet. Enter its address and choose Check and save."))

    def _line(self, name: str, accessible: str, placeholder: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setAccessibleName(accessible)
        line.setPlaceholderText(placeholder)
        return line

    def _browse_ca(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate file"), "",
                                                self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if chosen:
            self.ca_edit.setText(chosen)

    def show_settings(self, settings: Settings | None) -> None:
        if settings is None:
            return
        self.address_edit.setText(settings.address)
        self.mount_edit.setText(settings.mount)
        self.prefix_edit.setText(settings.prefix)
        self.namespace_edit.setText(settings.namespace or "")
        self.ca_edit.setText(settings.ca_cert or "")

    # what the buttons do --------------------------------------------------------------
    def refresh(self) -> None:
        self._run(self.controller.team.status(), self._status_shown, self.tr("Checking the team vault…"))

    def save(self) -> None:
        self._run(self.controller.team.setup(self.address_edit.text(), self.mount_edit.text(),
                                             self.prefix_edit.text(), self.namespace_edit.text(),
                                             self.ca_edit.text()), self._saved, self.tr("Checking the vault…"))

    def log_in(self) -> None:
        method = METHODS[self.method_box.currentIndex()]
        if method is LoginMethod.TOKEN:
            credentials = Credentials(method, token=self.token_edit.text().strip())
        elif method is LoginMethod.USERPASS:
            credentials = Credentials(method, username=self.username_edit.text().strip(),
                                      password=self.password_edit.text())
        else:
            credentials = Credentials(method, role=self.role_edit.text().strip() or None)
        waiting = (self.tr("Finish the login in your browser…") if method is LoginMethod.OIDC
                   else self.tr("Logging in…"))
        job = self.controller.team.login(credentials, self._browser_opened)
        self._run(job, self._logged_in, waiting)
        self.token_edit.clear()
        self.password_edit.clear()

    def _user_name_entered(self) -> None:
        """Enter after the user name: on to the password, or log in once both are there."""
        if self.password_edit.text():
            self.log_in()
        else:
            self.password_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def log_out(self) -> None:
        self._run(self.controller.team.logout(), lambda revoked: self.refresh(), self.tr("Logging out…"))

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._idle()
        self._say(self.tr("Cancelled."))

    def _browser_opened(self, url: str) -> None:
        self._say(self.tr("Finish the login in your browser. If it did not open, open this address:\n%s") % url)

    # outcomes ---------------------------------------------------------------------------
    def _run(self, job: Job[Any, Any], on_success: Callable[[Any], None], waiting: str) -> None:
        if self._job is not None and self._job.is_running():
            self._job.cancel()
        self._job = job
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        for each in (self.save_button, self.login_button, self.logout_button):
            each.setEnabled(False)
        self._say(waiting)
        job.on_success(lambda result: self._done(job, on_success, result))
        job.on_failure(lambda found: self._failed(job, found))

    def _done(self, job: Job[Any, Any], on_success: Callable[[Any], None], result: object) -> None:
        if job is not self._job:
            return
        self._idle()
        on_success(result)

    def _failed(self, job: Job[Any, Any], found: Problem) -> None:
        if job is not self._job or job.cancelled:
            return
        self._idle()
        self._say(i18n.problem_sentence(found))

    def _idle(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        for each in (self.save_button, self.login_button, self.logout_button):
            each.setEnabled(True)

    def _saved(self, found: SetupResult) -> None:
        self.show_settings(found.settings)
        self.refresh()

    def _logged_in(self, info: TokenInfo) -> None:
        self.refresh()

    def _status_shown(self, found: Status) -> None:
        lines = [self.tr("%s: %s") % (found.settings.address,
                                      self.tr("reachable") if found.reachable_problem is None
                                      else i18n.problem_title(found.reachable_problem))]
        if found.token is not None:
            left = _duration(found.seconds_left) if found.seconds_left else self.tr("no expiry")
            lines.append(self.tr("Logged in as %s (policies: %s); time left: %s")
                         % (found.token.display_name, ", ".join(found.token.policies) or "—", left))
            lines.append(self.tr("May do with the team's keys: %s") % _capabilities(found.capabilities))
        elif found.login_problem is not None and found.login_problem.needs_login:
            lines.append(i18n.problem_title(found.login_problem) + ". " + self.tr("Log in below."))
        elif found.login_problem is not None:
            lines.append(i18n.problem_sentence(found.login_problem))
        self.logout_button.setEnabled(found.token is not None)
        if found.token is not None and found.method in METHODS:  # the method actually used
            self.method_box.setCurrentIndex(METHODS.index(found.method))
        self._say("\n".join(lines))

    def _say(self, text: str) -> None:
        self.state.setText(text)


def _duration(seconds: int) -> str:
    """`moments.duration`, translated, never broken between a number and its unit."""
    template, numbers = moments.duration(seconds)
    return (QCoreApplication.translate("Duration", template) % numbers).replace(" ", "\u00a0")


# The vault's capabilities, for lupdate: each is translated where it is shown.
CAPABILITIES = (QT_TRANSLATE_NOOP("TeamVaultDialog", "create"), QT_TRANSLATE_NOOP("TeamVaultDialog", "read"),
                QT_TRANSLATE_NOOP("TeamVaultDialog", "update"), QT_TRANSLATE_NOOP("TeamVaultDialog", "delete"),
                QT_TRANSLATE_NOOP("TeamVaultDialog", "list"), QT_TRANSLATE_NOOP("TeamVaultDialog", "patch"),
                QT_TRANSLATE_NOOP("TeamVaultDialog", "deny"), QT_TRANSLATE_NOOP("TeamVaultDialog", "sudo"))


def _capabilities(found: frozenset[str]) -> str:
    """What the vault's policy allows, in the app's language (the vault's own words otherwise)."""
    return ", ".join(QCoreApplication.translate("TeamVaultDialog", c) if c in CAPABILITIES else c
                     for c in sorted(found)) or "—"


def _buddy(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label

"""Page 3: paste the key (masked, with reveal and paste), name the account, live pre-flight."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from linkwizard.domain.account import MAX_NAME_LENGTH, Account, clean_name, default_name
from linkwizard.domain.keys import (
    Environment,
    KeyCheck,
    KeyKind,
    check_context,
    check_key,
    may_become_key,
    prefix_of,
)
from linkwizard.domain.problems import LinkwizardError, ProblemKind
from linkwizard.gui.common import i18n
from linkwizard.gui.common.style import SPACING, Tone
from linkwizard.gui.common.widgets import button, marked
from linkwizard.gui.wizard.pages import (
    FIELD_CONTEXT,
    FIELD_KEY,
    FIELD_NAME,
    FIELD_PRODUCTION,
    FIELD_TEAM,
    FIELD_TEST,
    chosen_environment,
    replaced_account,
)


class EnterKeyPage(QWizardPage):
    def __init__(self, taken_names: Callable[[], list[str]], parent: QWidget | None = None,
                 team_address: Callable[[], str | None] = lambda: None) -> None:
        """`team_address`: the team vault set up now, asked each time the page is shown, so a
        vault set up while the wizard is open is offered at once."""
        super().__init__(parent)
        self.setObjectName("enterKeyPage")
        self.setTitle(self.tr("Enter your API key"))
        self._taken_names = taken_names
        self._check: KeyCheck | None = None
        self._suggested_name = ""
        self.replacing: Account | None = None  # the wizard's, read each time the page is shown

        self.key_edit = QLineEdit()
        self.key_edit.setObjectName("apiKeyEdit")
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setPlaceholderText("sk_test_… / rk_test_…")
        self.key_edit.setClearButtonEnabled(True)
        self.key_edit.textChanged.connect(self._revalidate)
        self.key_edit.returnPressed.connect(self._submit)
        self.reveal_button = QPushButton(self.tr("Sh&ow"))
        self.reveal_button.setObjectName("revealKeyButton")
        self.reveal_button.setAccessibleName(self.tr("Show the key"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._reveal)
        self.paste_button = button("pasteKeyButton", self.tr("&Paste"), self._paste,
                                   accessible=self.tr("Paste the key from the clipboard"))
        for made in (self.reveal_button, self.paste_button):
            made.setAutoDefault(False)  # Enter in this page always means Connect
        key_row = QHBoxLayout()
        key_row.setSpacing(SPACING // 2)
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.reveal_button)
        key_row.addWidget(self.paste_button)

        self.feedback = QLabel()
        self.feedback.setObjectName("keyFeedback")
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("switchEnvironmentButton")
        self.switch_button.setAccessibleName(self.tr("Switch to the key's environment"))
        self.switch_button.setVisible(False)
        self.switch_button.setAutoDefault(False)
        self.switch_button.clicked.connect(self._switch_environment)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("accountNameEdit")
        self.name_edit.setAccessibleName(self.tr("Account name"))
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.textChanged.connect(self._revalidate)
        self.name_edit.returnPressed.connect(self._submit)
        self.name_feedback = QLabel()
        self.name_feedback.setObjectName("nameFeedback")

        self.context_edit = QLineEdit()
        self.context_edit.setObjectName("stripeContextEdit")
        self.context_edit.setAccessibleName(self.tr("Account to act on"))
        self.context_edit.setAccessibleDescription(self.tr(
            "Only for an organization key, or a platform's key acting as a connected account"))
        self.context_edit.setPlaceholderText(self.tr("acct_… (optional)"))
        self.context_edit.textChanged.connect(self._revalidate)
        self.context_edit.returnPressed.connect(self._submit)
        self.context_feedback = QLabel()
        self.context_feedback.setObjectName("contextFeedback")
        self.context_feedback.setWordWrap(True)
        self.context_feedback.setTextFormat(Qt.TextFormat.RichText)

        # Where the key is kept: only offered when a team vault is set up (Accounts › Team vault…).
        self.keep_here_radio = QRadioButton(self.tr("On this computer (&your keyring)"))
        self.keep_here_radio.setObjectName("keepHereRadio")
        self.keep_here_radio.setChecked(True)
        self.keep_here_radio.setAccessibleName(self.tr("Keep the key on this computer"))
        self._team_address = team_address
        self.keep_team_radio = QRadioButton()
        self.keep_team_radio.setObjectName("keepInTeamRadio")
        self.keep_team_radio.setAccessibleName(self.tr("Keep the key in the team vault"))
        self.keep_team_radio.setAccessibleDescription(self.tr(
            "Teammates whose vault policy allows it can then add and use this account"))
        self.store_group = QButtonGroup(self)
        for radio in (self.keep_here_radio, self.keep_team_radio):
            self.store_group.addButton(radio)
        store_row = QHBoxLayout()
        store_row.addWidget(self.keep_here_radio)
        store_row.addWidget(self.keep_team_radio)
        store_row.addStretch(1)
        self.store_label = QLabel(self.tr("Keep the key:"))
        self.store_label.setObjectName("keepKeyLabel")
        self.offers_team = False

        form = QFormLayout()
        form.setVerticalSpacing(SPACING // 2)
        key_label = QLabel(self.tr("API &key:"))
        key_label.setBuddy(self.key_edit)
        form.addRow(key_label, key_row)
        form.addRow("", self.feedback)
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.switch_button)
        switch_row.addStretch(1)
        form.addRow("", switch_row)
        name_label = QLabel(self.tr("Account &name:"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        form.addRow("", self.name_feedback)
        context_label = QLabel(self.tr("Acts on acco&unt:"))
        context_label.setBuddy(self.context_edit)
        form.addRow(context_label, self.context_edit)
        form.addRow("", self.context_feedback)
        form.addRow(self.store_label, store_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        note = QLabel(self.tr("The key is checked here first; nothing is sent to Stripe until you "
                              "choose Connect."))
        note.setObjectName("enterKeyNote")
        note.setWordWrap(True)
        layout.addWidget(note)
        # Only now, in the layout: a widget without a parent made visible is a window of its
        # own, which took the focus from an open menu at launch (Alt+A lost on a real desktop).
        self.offer_team()

        self.registerField(FIELD_KEY + "*", self.key_edit)
        self.registerField(FIELD_NAME, self.name_edit)
        self.registerField(FIELD_CONTEXT, self.context_edit)
        self.registerField(FIELD_TEAM, self.keep_team_radio)

    def offer_team(self, *_: object) -> None:
        """Where to keep the key: offered only while a team vault is set up (Accounts › Team vault…).
        A replaced key goes where the old one is: nothing to choose."""
        address = self._team_address() if replaced_account(self) is None else None
        self.offers_team = address is not None
        self.keep_team_radio.setText(self.tr("In the &team vault (%s)") % (address or ""))
        if not self.offers_team:
            self.keep_here_radio.setChecked(True)
        for widget in (self.store_label, self.keep_here_radio, self.keep_team_radio):
            widget.setVisible(self.offers_team)

    def initializePage(self) -> None:
        """Qt calls this on the way forward to the page: it reads the environment, the account
        whose key is replaced, and the team vault set up now."""
        self.replacing = replaced_account(self)
        self._show_replacing(self.replacing)
        self.offer_team()
        # Set here, once the page sits in the wizard: QWizard rebuilds the focus chain on setPage.
        chain: tuple[QWidget, ...] = (self.key_edit, self.reveal_button, self.paste_button, self.switch_button,
                                      self.name_edit, self.context_edit)
        if self.offers_team and self.replacing is None:
            chain += (self.keep_here_radio, self.keep_team_radio)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._show_environment()
        self.key_edit.setFocus()

    def _show_environment(self) -> None:
        """The words, the placeholder and the suggested name for the environment chosen, and
        the key checked again against it."""
        environment = chosen_environment(self)
        secret, restricted = prefix_of(KeyKind.SECRET, environment), prefix_of(KeyKind.RESTRICTED, environment)
        if self.replacing is not None:
            self.setSubTitle(self.tr("Paste the new %s key for “%s” (%s or %s). The old key stays "
                                     "until the new one passes the test.")
                             % (i18n.environment_label(environment), self.replacing.name, secret, restricted))
        else:
            self.setSubTitle(self.tr("Paste the %s secret key (%s) or restricted key (%s) you copied.")
                             % (i18n.environment_label(environment), secret, restricted))
        self.key_edit.setPlaceholderText(f"{secret}… / {restricted}…")
        current = self.name_edit.text().strip()
        if self.replacing is None and (not current or current == self._suggested_name):
            self._suggested_name = default_name(environment, self._taken_names())
            self.name_edit.setText(self._suggested_name)
        self._revalidate()

    def _show_replacing(self, account: Account | None) -> None:
        """Key rotation: the environment is fixed, the name and the account acted on stay."""
        self.setTitle(self.tr("Enter the new key") if account is not None else self.tr("Enter your API key"))
        for edit in (self.name_edit, self.context_edit):
            edit.setReadOnly(account is not None)
        if account is None:
            self.name_edit.setToolTip("")
            self.context_edit.setToolTip("")
            return
        self.name_edit.setText(account.name)
        self.name_edit.setToolTip(self.tr("The account keeps its name"))
        self.context_edit.setText(account.stripe_context or "")
        self.context_edit.setToolTip(self.tr("The account keeps the account it acts on"))

    def isComplete(self) -> bool:
        return (self._check is not None and self._check.ok and not self._name_problem()
                and not self._context_problem())

    def _submit(self) -> None:
        """Enter in either field connects, as soon as the page is complete."""
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self and self.isComplete():
            wizard.next()

    def _revalidate(self) -> None:
        environment = chosen_environment(self)
        text = self.key_edit.text()
        self._check = check_key(text, environment) if text else None
        self._show_key_feedback(self._check, environment)
        problem_text = self._name_problem()
        self.name_feedback.setText(problem_text)
        self.name_feedback.setVisible(bool(problem_text))
        context_text = self._context_problem() if text else ""
        self.context_feedback.setText(marked(Tone.BAD, "✖", context_text) if context_text else "")
        self.context_feedback.setVisible(bool(context_text))
        self.completeChanged.emit()

    def _context_problem(self) -> str:
        """The account to act on, as the core checks it: required for an organization key."""
        if self.replacing is not None:
            return ""
        try:
            check_context(self.context_edit.text(), self.key_edit.text())
        except LinkwizardError as exc:
            return f"<b>{i18n.problem_title(exc.problem)}.</b> {i18n.problem_advice(exc.problem)}"
        return ""

    def _show_key_feedback(self, check: KeyCheck | None, environment: Environment) -> None:
        self.switch_button.setVisible(False)
        if check is None:
            self.feedback.setText(self.tr("Waiting for a key."))
            return
        if check.ok:
            kind = i18n.key_kind_label(check.kind or KeyKind.SECRET)
            text = self.tr("Looks like a valid %s key: %s.") % (i18n.environment_label(environment), kind)
            self.feedback.setText(marked(Tone.GOOD, "✔", text))
            return
        problem = check.problem
        assert problem is not None
        if problem.kind in (ProblemKind.KEY_MALFORMED, ProblemKind.KEY_UNKNOWN) \
                and may_become_key(self.key_edit.text()):  # on its way to being right: no error yet
            self.feedback.setText(self.tr("Not a whole key yet: keep typing, or paste the whole key."))
            return
        text = f"<b>{i18n.problem_title(problem)}.</b> {i18n.problem_advice(problem)}"
        self.feedback.setText(marked(Tone.BAD, "✖", text))
        if problem.kind is ProblemKind.KEY_WRONG_ENVIRONMENT and check.environment is not None \
                and self.replacing is None:  # a rotation keeps its environment
            self.switch_button.setText(self.tr("Switch to %s") % i18n.environment_label(check.environment))
            self.switch_button.setAccessibleName(self.tr("Switch to %s") % i18n.environment_label(check.environment))
            self.switch_button.setVisible(True)

    def _name_problem(self) -> str:
        """The core's name rules (length, control characters), and names already taken."""
        if not self.name_edit.text().strip():
            return self.tr("Give the account a name.")
        try:
            name = clean_name(self.name_edit.text())
        except LinkwizardError as exc:
            return f"{i18n.problem_title(exc.problem)}. {i18n.problem_advice(exc.problem)}"
        if self.replacing is not None and name == self.replacing.name:
            return ""
        if name.casefold() in {n.casefold() for n in self._taken_names()}:
            return self.tr("An account with this name already exists; choose another.")
        return ""

    def _reveal(self, shown: bool) -> None:
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.reveal_button.setText(self.tr("H&ide") if shown else self.tr("Sh&ow"))
        self.reveal_button.setAccessibleName(self.tr("Hide the key") if shown else self.tr("Show the key"))

    def _paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if text:
            self.key_edit.setText(text.strip())
            self.key_edit.setFocus()

    def _switch_environment(self) -> None:
        if self._check is None or self._check.environment is None:
            return
        production = self._check.environment is Environment.PRODUCTION
        self.setField(FIELD_PRODUCTION if production else FIELD_TEST, True)
        self._show_environment()
        self.key_edit.setFocus()

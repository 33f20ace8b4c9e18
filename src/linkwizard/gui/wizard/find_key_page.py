"""Page 2: where the key is in the Stripe Dashboard, for the chosen mode.

Two paths: copy the secret key, or create a restricted key that reads exactly what the
person needs, through Stripe's prefilled "Create restricted key" form.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Property, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from linkwizard.domain.keys import Environment, KeyKind, prefix_of
from linkwizard.domain.permissions import REQUIRED_SCOPE, SCOPES, create_key_url, key_name_for, with_required
from linkwizard.gui.common import i18n
from linkwizard.gui.common.style import SPACING
from linkwizard.gui.wizard.pages import FIELD_SCOPES, chosen_environment


class FindKeyPage(QWizardPage):
    def __init__(self, suggested_name: Callable[[], str] = lambda: "linkwizard",
                 parent: QWidget | None = None, team_set_up: Callable[[], bool] = lambda: False) -> None:
        """`team_set_up`: whether a team vault is set up now (the key may then be kept there)."""
        super().__init__(parent)
        self._team_set_up = team_set_up
        self.setObjectName("findKeyPage")
        self._suggested_name = suggested_name
        self.secret_radio = QRadioButton(self.tr("Use your secret &key"))
        self.secret_radio.setObjectName("useSecretKeyRadio")
        self.secret_radio.setAccessibleName(self.tr("Use your secret key"))
        self.secret_radio.setChecked(True)
        self.create_radio = QRadioButton(self.tr("&Create a restricted key for exactly what you need"))
        self.create_radio.setObjectName("createRestrictedKeyRadio")
        self.create_radio.setAccessibleName(self.tr("Create a restricted key for exactly what you need"))
        self.create_radio.setAccessibleDescription(self.tr(
            "Pick what the key may read; Stripe opens its form with those permissions ticked"))
        self.paths = QButtonGroup(self)
        self.paths.addButton(self.secret_radio)
        self.paths.addButton(self.create_radio)
        self.create_radio.toggled.connect(self._show_path)
        self.steps = QLabel()
        self.steps.setObjectName("findKeySteps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openDashboardButton")
        self.open_button.setAccessibleName(self.tr("Open API keys page in the browser"))
        self.open_button.setAutoDefault(False)  # Enter still means Next; Space opens the page
        self.open_button.clicked.connect(self._open_dashboard)

        self.restricted_toggle = QToolButton()
        self.restricted_toggle.setObjectName("restrictedKeyToggle")
        self.restricted_toggle.setText(self.tr("Or create it by hand"))
        self.restricted_toggle.setAccessibleName(self.tr("Show how to create a restricted key by hand"))
        self.restricted_toggle.setCheckable(True)
        self.restricted_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.restricted_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.restricted_toggle.setAutoRaise(True)
        self.restricted_toggle.toggled.connect(self._toggle_restricted)
        self.restricted = QLabel()
        self.restricted.setObjectName("restrictedKeyRecipe")
        self.restricted.setWordWrap(True)
        self.restricted.setTextFormat(Qt.TextFormat.RichText)
        self.restricted.setVisible(False)

        # the restricted path: scopes, then one click to Stripe's prefilled form
        self.scope_intro = QLabel(self.tr("What should the key be able to read?"))
        self.scope_intro.setObjectName("scopeIntro")
        self.scope_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(2)
        for index, scope in enumerate(SCOPES):
            box = QCheckBox(i18n.scope_label(scope))
            box.setObjectName(f"scope_{scope.name}")
            box.setAccessibleName(self.tr("Read %s") % i18n.scope_label(scope))
            if scope.name == REQUIRED_SCOPE:
                box.setChecked(True)
                box.setEnabled(False)
                box.setToolTip(self.tr("Always on: linkwizard's connection test lists customers"))
                box.setAccessibleDescription(box.toolTip())
            box.toggled.connect(self._scopes_changed)
            self.scope_boxes[scope.name] = box
            grid.addWidget(box, index // 3, index % 3)
        self.create_button = QPushButton()
        self.create_button.setObjectName("openPrefilledKeyButton")
        self.create_button.setAccessibleName(self.tr("Open Stripe's Create restricted key form, prefilled"))
        self.create_button.setAutoDefault(False)
        self.create_button.clicked.connect(self.open_prefilled_form)
        self.copy_link_button = QPushButton(self.tr("Cop&y link"))
        self.copy_link_button.setObjectName("copyRecipeLinkButton")
        self.copy_link_button.setAccessibleName(self.tr("Copy the link to the prefilled form"))
        self.copy_link_button.setAutoDefault(False)
        self.copy_link_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.recipe_url()))
        self.create_steps = QLabel()
        self.create_steps.setObjectName("createKeySteps")
        self.create_steps.setWordWrap(True)
        self.create_steps.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING // 2)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.copy_link_button)
        buttons.addStretch(1)
        self.create_panel = QWidget()
        self.create_panel.setObjectName("createKeyPanel")
        create_layout = QVBoxLayout(self.create_panel)
        create_layout.setContentsMargins(SPACING * 2, 0, 0, 0)
        create_layout.setSpacing(SPACING // 2)
        create_layout.addWidget(self.scope_intro)
        create_layout.addLayout(grid)
        create_layout.addLayout(buttons)
        create_layout.addWidget(self.create_steps)
        create_layout.addWidget(self.restricted_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        create_layout.addWidget(self.restricted)
        self.create_panel.setVisible(False)

        self.secret_panel = QWidget()
        self.secret_panel.setObjectName("secretKeyPanel")
        secret_layout = QVBoxLayout(self.secret_panel)
        secret_layout.setContentsMargins(SPACING * 2, 0, 0, 0)
        secret_layout.setSpacing(SPACING // 2 + 2)
        secret_layout.addWidget(self.steps)
        secret_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING // 2 + 2)
        layout.addWidget(self.secret_radio)
        layout.addWidget(self.secret_panel)
        layout.addWidget(self.create_radio)
        layout.addWidget(self.create_panel)
        layout.addStretch(1)
        self.registerField(FIELD_SCOPES, self, "scopesText")  # read by the wizard when it builds its request

    # the restricted path ------------------------------------------------------------------
    def scopes(self) -> tuple[str, ...] | None:
        """The scopes asked for, or None on the secret-key path."""
        if not self.create_radio.isChecked():
            return None
        return with_required([name for name, box in self.scope_boxes.items() if box.isChecked()])

    def _scopes_text(self) -> str:
        return ",".join(self.scopes() or ())

    scopesText = Property(str, _scopes_text)

    def recipe_url(self) -> str:
        return create_key_url(chosen_environment(self), key_name_for(self._suggested_name()),
                              self.scopes() or (REQUIRED_SCOPE,))

    def open_prefilled_form(self) -> None:
        QDesktopServices.openUrl(QUrl(self.recipe_url(), QUrl.ParsingMode.StrictMode))

    def _show_path(self, create: bool) -> None:
        self.create_panel.setVisible(create)
        self.secret_panel.setVisible(not create)
        label = i18n.environment_label(chosen_environment(self)) if self.wizard() is not None else ""
        if create:
            self.setTitle(self.tr("Create a restricted key"))
            self.setSubTitle(self.tr("Choose what the key may read; Stripe's form opens with exactly that "
                                     "ticked (%s).") % label)
        else:
            self.setTitle(self.tr("Find your secret key"))
            self.setSubTitle(self.tr("Stripe created your API keys with your account. Copy the secret key "
                                     "for %s.") % label)

    def _scopes_changed(self) -> None:
        self.create_button.setToolTip(self.recipe_url())

    def initializePage(self) -> None:
        environment = chosen_environment(self)
        live = environment is Environment.PRODUCTION
        self._show_path(self.create_radio.isChecked())
        mode = self.tr(
            "<li><b>Turn on Test mode.</b> Use the <b>Test mode</b> toggle at the top right of the "
            "Dashboard. An orange <b>TEST MODE</b> banner appears and the address contains "
            "<code>/test</code>.</li>") if not live else self.tr(
            "<li><b>Make sure Test mode is off.</b> No orange <b>TEST MODE</b> banner should show "
            "at the top of the Dashboard.</li>")
        prefix = prefix_of(KeyKind.SECRET, environment)
        reveal = self.tr("Reveal live key") if live else self.tr("Reveal test key")
        self.steps.setText(self.tr(
            "<ol style='margin-left:-20px'>"
            "<li><b>Sign in</b> to your Stripe account at dashboard.stripe.com.</li>{mode}"
            "<li><b>Go to Developers › API keys</b> in the left sidebar, or use the button below.</li>"
            "<li><b>Reveal and copy the Secret key.</b> In the Standard keys section, find the "
            "<b>Secret key</b> row, click <b>{reveal}</b> and copy it. It starts with "
            "<code>{prefix}</code>.</li></ol>"
            "<p>The secret key gives full access to your Stripe account: keep it private. {kept}</p>").format(
                mode=mode, reveal=reveal, prefix=prefix, kept=self.tr(
                    "linkwizard keeps it in your system keyring, or in the team vault if you choose that on the "
                    "next page; never in a file.") if self._team_set_up() else self.tr(
                    "linkwizard stores it only in your system keyring.")))
        self.open_button.setText(self.tr("&Open API keys page (%s)") % i18n.environment_label(environment))
        self.open_button.setAccessibleName(self.tr("Open API keys page in the browser"))
        self.open_button.setToolTip(environment.dashboard_keys_url)
        self.restricted.setText(self.tr(
            "<p>A restricted key can do only what you allow, and works wherever a secret key does.</p>"
            "<ol style='margin-left:-20px'>"
            "<li>On the API keys page, click <b>Create restricted key</b>.</li>"
            "<li>Under <b>How will you be using this key?</b>, pick the option that fits, for example "
            "<i>Powering an integration you built</i>.</li>"
            "<li>Give it a name you will recognise, such as <i>linkwizard</i>.</li>"
            "<li>Grant at least <b>Customers: Read</b>; linkwizard's connection test needs it. Grant "
            "Read or Write on anything else your tools use.</li>"
            "<li>Click <b>Create key</b> and copy it. It starts with <code>{prefix}</code>.</li></ol>"
            "<p>Anything the key is not allowed to do will fail later with a permission error.</p>").format(
                prefix=prefix_of(KeyKind.RESTRICTED, environment)))

        rk = prefix_of(KeyKind.RESTRICTED, environment)
        self.create_button.setText(self.tr("&Open the prefilled form in Stripe (%s)")
                                   % i18n.environment_label(environment))
        self.create_button.setToolTip(self.recipe_url())
        self.create_steps.setText(self.tr(
            "<ol style='margin-left:-20px'><li>Stripe opens <b>Create restricted key</b> named "
            "<i>{name}</i>, with Read ticked for what you chose. Sign in if asked.</li>"
            "<li>Check the list, click <b>Create key</b>, then copy the key. It starts with "
            "<code>{prefix}</code>.</li>"
            "<li>Come back and choose Next: linkwizard checks that the key reads exactly what you asked "
            "for.</li></ol>").format(name=key_name_for(self._suggested_name()), prefix=rk))

    def _toggle_restricted(self, shown: bool) -> None:
        self.restricted.setVisible(shown)
        self.restricted_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _open_dashboard(self) -> None:
        QDesktopServices.openUrl(QUrl(chosen_environment(self).dashboard_keys_url))

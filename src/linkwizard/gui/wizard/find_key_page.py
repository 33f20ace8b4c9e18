"""Page 2: where the key is in the Stripe Dashboard, for the chosen mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget, QWizardPage

from linkwizard.gui.style import SPACING
from linkwizard.gui.wizard.pages import chosen_environment
from linkwizard.keys import Environment


class FindKeyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findKeyPage")
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
        self.restricted_toggle.setText(self.tr("Use a restricted key (optional)"))
        self.restricted_toggle.setAccessibleName(self.tr("Use a restricted key (optional)"))
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

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING // 2 + 2)
        layout.addWidget(self.steps)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(SPACING // 2)
        layout.addWidget(self.restricted_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.restricted)
        layout.addStretch(1)

    def initializePage(self) -> None:
        environment = chosen_environment(self)
        live = environment is Environment.PRODUCTION
        self.setTitle(self.tr("Find your secret key"))
        self.setSubTitle(self.tr("Stripe created your API keys with your account. Copy the secret key for "
                                 "%s.") % environment.label)
        mode = self.tr(
            "<li><b>Turn on Test mode.</b> Use the <b>Test mode</b> toggle at the top right of the "
            "Dashboard. An orange <b>TEST MODE</b> banner appears and the address contains "
            "<code>/test</code>.</li>") if not live else self.tr(
            "<li><b>Make sure Test mode is off.</b> No orange <b>TEST MODE</b> banner should show "
            "at the top of the Dashboard.</li>")
        prefix = "sk_live_" if live else "sk_test_"
        reveal = self.tr("Reveal live key") if live else self.tr("Reveal test key")
        self.steps.setText(self.tr(
            "<ol style='margin-left:-20px'>"
            "<li><b>Sign in</b> to your Stripe account at dashboard.stripe.com.</li>{mode}"
            "<li><b>Go to Developers › API keys</b> in the left sidebar, or use the button below.</li>"
            "<li><b>Reveal and copy the Secret key.</b> In the Standard keys section, find the "
            "<b>Secret key</b> row, click <b>{reveal}</b> and copy it. It starts with "
            "<code>{prefix}</code>.</li></ol>"
            "<p>The secret key gives full access to your Stripe account: keep it private. "
            "linkwizard stores it only in your system keyring.</p>").format(
                mode=mode, reveal=reveal, prefix=prefix))
        self.open_button.setText(self.tr("&Open API keys page (%s)") % environment.label)
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
                prefix="rk_live_" if live else "rk_test_"))

    def _toggle_restricted(self, shown: bool) -> None:
        self.restricted.setVisible(shown)
        self.restricted_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _open_dashboard(self) -> None:
        QDesktopServices.openUrl(QUrl(chosen_environment(self).dashboard_keys_url))

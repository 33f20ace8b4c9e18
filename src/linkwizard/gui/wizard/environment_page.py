"""Page 1: Production or Test Mode, as the guide explains them."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget, QWizardPage

from linkwizard.gui.common.style import SPACING
from linkwizard.gui.wizard.pages import FIELD_PRODUCTION, FIELD_TEST


class EnvironmentPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("environmentPage")
        self.setTitle(self.tr("Choose your environment"))
        self.setSubTitle(self.tr("Stripe has separate API keys for live payments and for testing. "
                                 "Pick the one you want to link."))
        self.test_radio = QRadioButton(self.tr("&Test Mode"))
        self.test_radio.setObjectName("testModeRadio")
        self.test_radio.setAccessibleName(self.tr("Test Mode"))
        self.test_radio.setAccessibleDescription(self.tr("For development and testing, without real payments"))
        self.production_radio = QRadioButton(self.tr("&Production"))
        self.production_radio.setObjectName("productionRadio")
        self.production_radio.setAccessibleName(self.tr("Production"))
        self.production_radio.setAccessibleDescription(self.tr("For real transactions with real customer data"))
        group = QButtonGroup(self)
        group.addButton(self.test_radio)
        group.addButton(self.production_radio)
        self.test_radio.setChecked(True)  # the safe default: nothing real can be touched

        test_text = self._explain(self.tr(
            "For development and testing. Uses simulated data and test card numbers; no real "
            "payments are processed. Keys start with <code>sk_test_</code> or <code>rk_test_</code>."))
        sandbox_text = self._explain(self.tr(
            "Stripe now calls this a <b>sandbox</b>: every account has two keys in a sandbox and two in "
            "live mode, and you can create more sandboxes, each with its own account id, to test in "
            "isolation. Their keys also start with <code>sk_test_</code> or <code>rk_test_</code>, so "
            "linkwizard tells them apart by the Stripe account each belongs to. "
            '<a href="https://docs.stripe.com/sandboxes">About sandboxes</a>'))
        sandbox_text.setObjectName("sandboxExplanation")
        sandbox_text.setOpenExternalLinks(True)
        production_text = self._explain(self.tr(
            "For real transactions with actual customer data and charges. Keys start with "
            "<code>sk_live_</code> or <code>rk_live_</code>."))
        note = QLabel(self.tr("You can link the other environment later as a separate account."))
        note.setObjectName("environmentNote")
        note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setSpacing(SPACING // 2)
        layout.addWidget(self.test_radio)
        layout.addWidget(test_text)
        layout.addWidget(sandbox_text)
        layout.addSpacing(SPACING)
        layout.addWidget(self.production_radio)
        layout.addWidget(production_text)
        layout.addSpacing(SPACING)
        layout.addWidget(note)
        layout.addStretch(1)
        self.registerField(FIELD_PRODUCTION, self.production_radio)
        self.registerField(FIELD_TEST, self.test_radio)

    def _explain(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setContentsMargins(26, 0, 0, 0)
        return label

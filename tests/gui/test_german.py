"""The whole app in German: every page, state and dialog is walked, and no English text that
has a German translation may be visible (or spoken: accessible names count too)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.problems import ProblemKind, problem
from linkwizard.gui.window import MainWindow
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.german import FRAGMENTS, TS, assert_german
from support.gui_helpers import click, needs_attention_shown, open_window, wizard_button


def test_the_translation_is_complete() -> None:
    unfinished = [m.findtext("source") for m in ET.parse(TS).getroot().iter("message")
                  if m.find("translation") is None or m.find("translation").get("type") == "unfinished"
                  or not m.findtext("translation")]
    assert unfinished == []
    assert len(FRAGMENTS) > 150  # the check below has something to look for


def test_the_detector_sees_english(german: None, qtbot: QtBot) -> None:
    label = QLabel("The key works. Choose Finish to see the account.")
    qtbot.addWidget(label)
    label.show()
    with pytest.raises(AssertionError):
        assert_german("a plain English label", label)


def walk_wizard_in_german(qtbot: QtBot, window: MainWindow, key: str) -> None:
    wizard = window.wizard
    assert wizard is not None
    assert_german("choose environment", window)
    click(qtbot, wizard.environment_page.test_radio)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    assert_german("find your key (secret key)", window)
    page = wizard.find_key_page
    click(qtbot, page.create_radio)
    click(qtbot, page.scope_boxes["invoices"])
    click(qtbot, page.restricted_toggle)
    assert_german("find your key (restricted key, by hand)", window)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    assert_german("enter key (empty)", window)
    qtbot.keyClicks(wizard.enter_key_page.key_edit, make_key("sk", "live"))
    assert_german("enter key (a key for the other environment)", window)
    wizard.enter_key_page.key_edit.clear()
    qtbot.keyClicks(wizard.enter_key_page.key_edit, make_key("pk"))
    assert_german("enter key (a publishable key)", window)
    wizard.enter_key_page.key_edit.clear()
    qtbot.keyClicks(wizard.enter_key_page.key_edit, key)
    assert_german("enter key (valid)", window)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))


def test_every_page_and_dialog_in_german(german: None, qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/payouts"})
    window = open_window(qtbot, api_base)
    assert window.panel.add_button.text() == "K&onto hinzufügen"  # the translation is really in use
    assert window.wizard is not None
    assert window.wizard.environment_page.title() == "Umgebung wählen"
    assert_german("empty window", window)
    walk_wizard_in_german(qtbot, window, key)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    qtbot.waitUntil(lambda: "Kunden" in wizard.connect_page.checklist.text(), timeout=3000)
    assert_german("linked: page, checklist, comparison and popup", window, window.linked_message)
    window.linked_message.accept()
    click(qtbot, wizard_button(window, QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.details)
    assert_german("account details", window)
    assert "Auszahlungen: darf lesen" in window.details.checklist.accessibleDescription()

    for reply, name in ((fs.expired_key, "expired"), (fs.missing_permission, "missing permission"),
                        (lambda k: fs.server_error(503, **{"Stripe-Should-Retry": "false"}), "Stripe error")):
        failing = make_key("rk")
        stripe.add_key(failing, customers=reply(failing))
        window.start_wizard()
        wizard = window.wizard
        assert wizard is not None
        click(qtbot, wizard.environment_page.test_radio)
        click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
        click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
        qtbot.keyClicks(wizard.enter_key_page.key_edit, failing)
        click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
        qtbot.waitUntil(lambda: wizard.connect_page.problem is not None, timeout=10000)  # noqa: B023
        assert_german(f"failure: {name}", window)
        wizard.reject()

    twin = make_key("rk")
    stripe.add_key(twin)
    stripe.add_key(key, customers=fs.expired_key(key))  # the linked key is rolled: needs attention
    window.controller.verify(window.model.accounts())
    qtbot.waitUntil(lambda: needs_attention_shown(window), timeout=10000)
    qtbot.waitUntil(window.panel.banner.isVisible)  # worked out once for the turn's changes
    assert_german("needs attention: banner, panel, details", window)

    window.show_about()
    assert_german("About", window.about_message)
    window.about_message.accept()
    window.show_problem(problem(ProblemKind.KEYRING_LOCKED))
    assert_german("a problem dialog", window.problem_message)
    window.problem_message.accept()
    window.start_wizard(replacing=window.model.accounts()[0])
    assert_german("replace key", window)


def test_one_ellipsis_style_in_german() -> None:
    """The English `Re&name…` is `&Umbenennen…` in German, never `… …` with a space before it."""
    import xml.etree.ElementTree as ET

    from support.german import TS

    spaced = [message.findtext("translation") for message in ET.parse(TS).getroot().iter("message")
              if " …" in (message.findtext("translation") or "")]
    assert spaced == []


@pytest.mark.parametrize(("language", "one", "two"), [
    (None, "Added 1 account from the team vault.", "Added 2 accounts from the team vault."),
    ("de", "1 Konto aus dem Team-Tresor hinzugefügt.", "2 Konten aus dem Team-Tresor hinzugefügt."),
])
def test_counts_use_plural_forms(qapp: QApplication, language: str | None, one: str, two: str) -> None:
    """`tr("%n account(s)", "", n)`: English's and German's own plural forms, never `1 accounts`."""
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from linkwizard.gui.app import install_translations

    original = QLocale()
    if language:
        install_translations(qapp, language)
    try:
        said = [QCoreApplication.translate("AddFromTeamDialog", "Added %n account(s) from the team vault.", "", n)
                for n in (1, 2)]
    finally:
        for translator in qapp.findChildren(QTranslator):
            if language and translator.objectName() != "englishPlurals":
                qapp.removeTranslator(translator)
        QLocale.setDefault(original)
    assert said == [one, two]

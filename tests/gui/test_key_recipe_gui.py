"""Picking scopes on the Find key page, the prefilled Stripe link, and the comparison after pasting."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.keys import Environment
from linkwizard.domain.permissions import create_key_url
from linkwizard.gui.window import MainWindow
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import UrlCatcher, click, open_window, wizard_button


def pick_scopes(qtbot: QtBot, window: MainWindow, scopes: list[str], production: bool = False) -> None:
    wizard = window.wizard
    assert wizard is not None
    click(qtbot, wizard.environment_page.production_radio if production else wizard.environment_page.test_radio)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    page = wizard.find_key_page
    assert page.secret_radio.isChecked()
    assert not page.create_panel.isVisible()
    click(qtbot, page.create_radio)
    assert page.create_panel.isVisible()
    assert page.title() == "Create a restricted key"
    customers = page.scope_boxes["customers"]
    assert customers.isChecked()
    assert not customers.isEnabled()
    for scope in scopes:
        click(qtbot, page.scope_boxes[scope])


def link_pasted(qtbot: QtBot, window: MainWindow, key: str) -> None:
    wizard = window.wizard
    assert wizard is not None
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    qtbot.keyClicks(wizard.enter_key_page.key_edit, key)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    window.linked_message.accept()


def test_picked_scopes_open_the_prefilled_form(qtbot: QtBot, api_base: str, urls: UrlCatcher) -> None:
    window = open_window(qtbot, api_base)
    pick_scopes(qtbot, window, ["invoices", "products"], production=True)
    assert window.wizard is not None
    page = window.wizard.find_key_page
    click(qtbot, page.create_button)
    expected = create_key_url(Environment.PRODUCTION, "linkwizard - Stripe (Live)", ["invoices", "products"])
    assert urls.urls == [expected]
    assert "rak_plan_read" in urls.urls[0]
    assert "permissions%5B%5D=rak_invoice_read" in urls.urls[0]
    click(qtbot, page.copy_link_button)
    assert QGuiApplication.clipboard().text() == expected
    click(qtbot, page.scope_boxes["invoices"])  # changed their mind
    assert page.scopes() == ("customers", "products")
    click(qtbot, page.secret_radio)
    assert page.scopes() is None
    assert page.title() == "Find your secret key"


def test_a_key_with_too_few_permissions_names_what_to_add(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                          urls: UrlCatcher) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/invoices"})
    window = open_window(qtbot, api_base)
    pick_scopes(qtbot, window, ["invoices", "subscriptions"])
    link_pasted(qtbot, window, key)
    assert window.wizard is not None
    comparison = window.wizard.connect_page.comparison
    assert comparison.isVisible()
    assert "Missing:" in comparison.summary.text()
    assert "rak_subscription_read" in comparison.summary.text()
    assert comparison.reopen_button.isVisible()
    urls.urls.clear()
    click(qtbot, comparison.reopen_button)
    assert urls.urls == [create_key_url(Environment.TEST, "linkwizard - Stripe (Test)",
                                        ["invoices", "subscriptions"])]
    account = window.wizard.connect_page.account
    assert account is not None
    assert account.requested_scopes == ("customers", "invoices", "subscriptions")


def test_a_key_with_more_than_needed_is_a_warning(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/invoices", "/v1/payouts"})
    window = open_window(qtbot, api_base)
    pick_scopes(qtbot, window, ["invoices"])
    link_pasted(qtbot, window, key)
    assert window.wizard is not None
    comparison = window.wizard.connect_page.comparison
    text = comparison.summary.text()
    assert "More than needed:" in text
    assert "Payouts" in text
    assert "Missing" not in text
    assert not comparison.reopen_button.isVisible()
    window.wizard.accept()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.details)
    assert "More than needed" in window.details.comparison.summary.text()  # remembered with the account


def test_exactly_what_was_asked(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/events"})
    window = open_window(qtbot, api_base)
    pick_scopes(qtbot, window, ["events"])
    link_pasted(qtbot, window, key)
    assert window.wizard is not None
    assert "Exactly what you asked for" in window.wizard.connect_page.comparison.summary.text()


def test_a_secret_key_on_the_restricted_path_is_offered_the_restricted_key(
        qtbot: QtBot, stripe: FakeStripe, api_base: str, urls: UrlCatcher) -> None:
    key = stripe.add_key(make_key())
    window = open_window(qtbot, api_base)
    pick_scopes(qtbot, window, ["charges"])
    link_pasted(qtbot, window, key)
    assert window.wizard is not None
    comparison = window.wizard.connect_page.comparison
    assert "full access" in comparison.summary.text()
    urls.urls.clear()
    click(qtbot, comparison.reopen_button)
    assert urls.urls == [create_key_url(Environment.TEST, "linkwizard - Stripe (Test)", ["charges"])]


def test_the_secret_key_path_asks_for_nothing(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    window = open_window(qtbot, api_base)
    wizard = window.wizard
    assert wizard is not None
    click(qtbot, wizard.environment_page.test_radio)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    link_pasted(qtbot, window, key)
    account = wizard.connect_page.account
    assert account is not None
    assert account.requested_scopes is None
    assert not wizard.connect_page.comparison.isVisible()

"""Sandboxes told apart, and an organization key linked through the wizard with the account
it acts on: the real window, the fake Stripe server and the real keyring."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.keys import Environment
from linkwizard.gui.accounts.delegate import key_line
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import click, go_to_key_page, open_window, services_for, wizard_button

SANDBOX_A, SANDBOX_B = "acct_1LwFakeSandbxA1", "acct_1LwFakeSandbxB2"


def test_the_environment_page_explains_sandboxes(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    window = open_window(qtbot, api_base)
    assert window.wizard is not None
    label = window.wizard.environment_page.findChild(QLabel, "sandboxExplanation")
    assert label is not None
    assert label.isVisible()
    assert "sandbox" in label.text()
    assert 'href="https://docs.stripe.com/sandboxes"' in label.text()
    assert label.openExternalLinks()


def test_two_sandboxes_are_visibly_different(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    services = services_for(api_base)
    first = linking.link(LinkRequest(stripe.add_key(make_key("rk"), account_id=SANDBOX_A), Environment.TEST, "A"),
                         services)
    second = linking.link(LinkRequest(stripe.add_key(make_key("rk"), account_id=SANDBOX_B), Environment.TEST, "B"),
                          services)
    assert (first.stripe_account_id, second.stripe_account_id) == (SANDBOX_A, SANDBOX_B)  # from Stripe's 403
    window = open_window(qtbot, api_base)
    window.panel.select(first.id)
    qtbot.waitUntil(lambda: window.details.title.text() == "A")
    assert window.details.values["stripe"].text() == SANDBOX_A
    lines = [key_line(a) for a in window.model.accounts()]
    assert lines == [f"{first.key_hint} · {SANDBOX_A}", f"{second.key_hint} · {SANDBOX_B}"]


def test_an_organization_key_through_the_wizard(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_organization_key("sk_org_" + make_key()[8:], {SANDBOX_A: "Org sandbox"})
    window = open_window(qtbot, api_base)
    go_to_key_page(qtbot, window, Environment.TEST)
    wizard = window.wizard
    assert wizard is not None
    page = wizard.enter_key_page
    qtbot.keyClicks(page.key_edit, key)
    next_button = wizard_button(window, QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert "organization key needs the account it acts on" in page.context_feedback.text()
    qtbot.keyClicks(page.context_edit, "https://dashboard.stripe.com/" + SANDBOX_A)
    assert "web address" in page.context_feedback.text()
    assert not next_button.isEnabled()
    page.context_edit.clear()
    qtbot.keyClicks(page.context_edit, SANDBOX_A)
    assert page.context_feedback.text() == ""
    assert next_button.isEnabled()
    assert "Organization key" in page.feedback.text()
    click(qtbot, next_button)
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    account = wizard.connect_page.account
    assert account is not None
    assert account.stripe_context == SANDBOX_A
    assert account.key_kind.value == "organization"
    assert {r.stripe_context for r in stripe.requests} == {SANDBOX_A}
    window.linked_message.accept()
    wizard.accept()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.details)
    assert window.details.values["context"].text() == SANDBOX_A
    assert window.details.values["kind"].text() == "Organization key"

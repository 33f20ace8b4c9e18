"""The permission checklist, health, key rotation and duplicates in the window."""

from __future__ import annotations

import keyring
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.account import Account, Health
from linkwizard.domain.keys import Environment
from linkwizard.domain.problems import ProblemKind
from linkwizard.gui.accounts.permissions_view import PermissionChecklist
from linkwizard.gui.window import MainWindow
from linkwizard.gui.wizard.pages import PageId
from linkwizard.secrets.os_keyring import SERVICE
from linkwizard.usecases import linking, verifying
from linkwizard.usecases.linking import LinkRequest
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import (
    click,
    go_to_key_page,
    needs_attention_shown,
    open_window,
    services_for,
    start_test,
    wizard_button,
)


def link(api_base: str, key: str, name: str) -> Account:
    return linking.link(LinkRequest(key, Environment.TEST, name), services_for(api_base))


def replace_through_the_wizard(qtbot: QtBot, window: MainWindow, new_key: str) -> None:
    click(qtbot, window.details.replace_button)
    wizard = window.wizard
    assert wizard is not None
    assert wizard.replacing is not None
    assert wizard.currentId() == PageId.ENTER_KEY
    page = wizard.enter_key_page
    assert page.name_edit.isReadOnly()
    assert page.name_edit.text() == wizard.replacing.name
    qtbot.keyClicks(page.key_edit, new_key)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))


def test_the_checklist_after_linking_and_in_the_details(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers", "/v1/invoices"})
    window = open_window(qtbot, api_base)
    start_test(qtbot, window, key)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    checklist = wizard.connect_page.checklist
    qtbot.waitUntil(lambda: "Invoices" in checklist.text(), timeout=2000)
    assert "rak_charge_read" in checklist.text()
    assert "no access" in checklist.text()
    assert "Invoices: can read" in checklist.accessibleDescription()
    assert "Charges: no access" in checklist.accessibleDescription()
    assert "full access" not in checklist.text()
    window.linked_message.accept()
    wizard.accept()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.details)
    assert "rak_payout_read" in window.details.checklist.text()


def test_a_secret_key_is_told_it_has_full_access(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    link(api_base, stripe.add_key(make_key()), "Full")
    window = open_window(qtbot, api_base)
    assert "full access" in window.details.checklist.text()
    assert "restricted key" in window.details.checklist.text()


def test_check_permissions_again(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk"), can_read={"/v1/customers"})
    link(api_base, key, "Ops")
    window = open_window(qtbot, api_base)
    assert "Payouts: no access" in window.details.checklist.accessibleDescription()
    stripe.add_key(key, can_read={"/v1/customers", "/v1/payouts"})  # granted in the Dashboard meanwhile
    click(qtbot, window.details.permissions_button)
    qtbot.waitUntil(lambda: "Payouts: can read" in window.details.checklist.accessibleDescription(),
                    timeout=10000)
    assert window.controller.services is not None
    stored = window.controller.services.store.find("Ops").permissions
    assert stored is not None
    assert {c.resource: c.access.value for c in stored}["payouts"] == "read"


def test_replace_key_from_the_details(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    old = stripe.add_key(make_key(), account_id="acct_1LwFakeRotateG1")
    account = link(api_base, old, "Shop")
    stripe.add_key(old, customers=fs.expired_key(old))
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(lambda: needs_attention_shown(window), timeout=10000)
    qtbot.waitUntil(window.panel.banner.isVisible, timeout=1000)

    bad = make_key()  # not known to Stripe: 401
    replace_through_the_wizard(qtbot, window, bad)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.problem is not None, timeout=10000)
    assert keyring.get_password(SERVICE, account.id) == old  # the failed attempt changed nothing
    wizard.reject()

    new = stripe.add_key(make_key(), account_id="acct_1LwFakeRotateG1")
    replace_through_the_wizard(qtbot, window, new)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    assert keyring.get_password(SERVICE, account.id) == new
    [after] = window.model.accounts()
    assert (after.id, after.name, after.status) == (account.id, "Shop", Health.OK)
    assert after.key_hint.endswith(new[-4:])
    qtbot.waitUntil(lambda: not window.panel.banner.isVisible(), timeout=1000)
    assert "replaced" in window.statusBar().currentMessage()


def test_a_key_of_another_stripe_account_needs_replace_anyway(qtbot: QtBot, stripe: FakeStripe,
                                                              api_base: str) -> None:
    account = link(api_base, stripe.add_key(make_key(), account_id="acct_1LwFakeFirstG1"), "Shop")
    other = stripe.add_key(make_key(), account_id="acct_1LwFakeOtherG1")
    window = open_window(qtbot, api_base)
    replace_through_the_wizard(qtbot, window, other)
    wizard = window.wizard
    assert wizard is not None
    page = wizard.connect_page
    qtbot.waitUntil(lambda: page.problem is not None, timeout=10000)
    assert page.problem is not None
    assert page.problem.kind is ProblemKind.OTHER_STRIPE_ACCOUNT
    assert page.replace_anyway_button.isVisible()
    assert keyring.get_password(SERVICE, account.id) != other
    click(qtbot, page.replace_anyway_button)
    qtbot.waitUntil(lambda: page.account is not None, timeout=10000)
    assert keyring.get_password(SERVICE, account.id) == other
    assert window.model.accounts()[0].stripe_account_id == "acct_1LwFakeOtherG1"


def test_linking_a_twin_offers_the_existing_account(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key(), account_id="acct_1LwFakeTwinG01")
    existing = link(api_base, key, "Shop")
    window = open_window(qtbot, api_base)
    window.start_wizard()
    start_test(qtbot, window, key)
    wizard = window.wizard
    assert wizard is not None
    page = wizard.connect_page
    qtbot.waitUntil(lambda: page.problem is not None, timeout=10000)
    assert page.problem is not None
    assert page.problem.kind is ProblemKind.ALREADY_LINKED
    assert "“Shop”" in page.error_title.text()
    assert page.open_existing_button.isVisible()
    assert page.replace_existing_button.isVisible()
    click(qtbot, page.open_existing_button)
    qtbot.waitUntil(lambda: window.wizard is None)
    assert window.panel.current() == existing
    qtbot.waitUntil(lambda: window.right.currentWidget().objectName() == "accountDetails")  # in the next turn
    assert window.details.title.text() == "Shop"
    assert len(window.model.accounts()) == 1

    twin = stripe.add_key(make_key(), account_id="acct_1LwFakeTwinG01")  # same Stripe account, new key
    window.start_wizard()
    start_test(qtbot, window, twin)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.problem is not None, timeout=10000)
    click(qtbot, wizard.connect_page.replace_existing_button)
    rotation = window.wizard
    assert rotation is not None
    assert rotation.replacing is not None
    assert rotation.replacing.id == existing.id
    assert rotation.enter_key_page.key_edit.text() == twin  # carried over, nothing to paste again
    key_page = rotation.enter_key_page
    assert rotation.currentPage() is key_page
    # the page read the rotation when Qt initialized it again, as on any way forward
    assert (key_page.title(), key_page.name_edit.text(), key_page.name_edit.isReadOnly()) == \
        ("Enter the new key", "Shop", True)
    assert "for “Shop”" in key_page.subTitle()
    assert rotation.connect_page.title() == "Connect to Stripe"  # becomes "Replace the key" when shown
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    assert rotation.connect_page.title() == "Replace the key"
    qtbot.waitUntil(lambda: rotation.connect_page.account is not None, timeout=10000)
    assert keyring.get_password(SERVICE, existing.id) == twin


def test_the_banner_leads_to_the_account_and_its_fix(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    link(api_base, stripe.add_key(make_key()), "Fine")
    bad = stripe.add_key(make_key())
    link(api_base, bad, "Broken")
    stripe.add_key(bad, customers=fs.invalid_key(bad))
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(window.panel.banner.isVisible, timeout=10000)
    assert window.panel.current() is not None
    assert window.panel.current().name == "Fine"
    click(qtbot, window.panel.review_button)
    current = window.panel.current()
    assert current is not None
    assert current.name == "Broken"
    qtbot.waitUntil(lambda: "Stripe did not accept this key" in window.details.status.text(), timeout=2000)
    assert window.details.replace_button.hasFocus()
    assert window.details.replace_button.isDefault()
    # What the key can read: not a table of ✔ for a key Stripe refuses, but what is known, and when.
    checklist = window.details.findChild(PermissionChecklist)
    assert checklist is not None
    shown = checklist.text()
    assert "✔" not in shown, shown
    assert "Stripe refused this key at the last check" in shown
    assert "At the last good check" in shown
    assert "Customers" in shown


def test_three_refusals_stop_the_automatic_checks(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    link(api_base, key, "Shop")
    stripe.add_key(key, customers=fs.invalid_key(key))
    services = services_for(api_base)
    for _ in range(3):
        verifying.verify(services.store.load(), services, automatic=True)
    stripe.reset_counts()
    window = open_window(qtbot, api_base, verify_at_launch=True)
    assert window.controller.verify_automatic() is None  # nothing to check automatically
    qtbot.wait(200)  # a negative check: a request would have been sent by now
    assert stripe.requests == []
    assert "stopped checking" in window.details.status.text()
    click(qtbot, window.details.verify_button)  # the person asks: it runs
    qtbot.waitUntil(lambda: stripe.count() == 1, timeout=10000)


def test_copy_diagnostics_has_the_last_failure_and_never_the_key(qtbot: QtBot, stripe: FakeStripe,
                                                                 api_base: str) -> None:
    key = stripe.add_key(make_key())
    link(api_base, key, "Shop")
    stripe.add_key(key, customers=fs.expired_key(key))
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(lambda: needs_attention_shown(window), timeout=10000)
    click(qtbot, window.details.diagnostics_button)
    text = QGuiApplication.clipboard().text()
    for label in ("linkwizard", "OS", "Environment", "Key", "Status", "HTTP status", "Stripe error code",
                  "Request-Id", "Time"):
        assert f"\n{label} " in f"\n{text}", label
    assert "api_key_expired" in text
    assert "401" in text
    assert "needs_attention" in text
    assert key[8:20] not in text
    assert key not in text


def test_go_to_key_page_still_works_for_new_links(qtbot: QtBot, api_base: str) -> None:
    window = open_window(qtbot, api_base)
    go_to_key_page(qtbot, window, Environment.PRODUCTION)
    assert window.wizard is not None
    assert window.wizard.replacing is None
    assert not window.wizard.enter_key_page.name_edit.isReadOnly()

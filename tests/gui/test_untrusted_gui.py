"""Server text in the window is plain text, never markup (security review, finding 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import open_window, services_for, start_test

HTML_NAME = '<b>Key revoked</b><br><a href="https://evil.test">paste it at evil.test</a>\u202e'


def test_an_html_business_name_is_shown_as_text(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key(), account=fs.account("acct_1LwFakeHostile2", HTML_NAME))
    window = open_window(qtbot, api_base)
    start_test(qtbot, window, key)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    summary = wizard.connect_page.success.text()
    assert "&lt;b&gt;Key revoked&lt;/b&gt;" in summary
    assert "<a href" not in summary
    assert "\u202e" not in summary
    window.linked_message.accept()
    wizard.accept()
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.details)
    business = window.details.values["display"]
    assert business.textFormat() == Qt.TextFormat.PlainText
    assert business.text().startswith("<b>Key revoked</b>")
    for label in window.details.findChildren(QLabel):
        if "Key revoked" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_the_suggested_command_is_shell_quoted(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    window = open_window(qtbot, api_base)
    start_test(qtbot, window, key)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    # the default name has spaces and brackets: quoted for a POSIX shell
    assert "linkwizard exec 'Stripe (Test)' -- COMMAND" in wizard.connect_page.success.text()
    window.linked_message.accept()


@pytest.mark.parametrize(("send_live", "said"), [("", "Live keys are not sent there."),
                                                 ("1", "Live keys are sent there too")])
def test_a_banner_says_when_requests_do_not_go_to_stripe(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                         monkeypatch: pytest.MonkeyPatch, send_live: str,
                                                         said: str) -> None:
    monkeypatch.setenv("LINKWIZARD_SEND_LIVE_KEYS_TO_API_BASE", send_live)  # the banner tells the truth
    window = open_window(qtbot, api_base)
    banner = window.api_base_banner
    assert banner.isVisible()
    assert stripe.url in banner.text()
    assert said in banner.text()
    assert banner.textFormat() == Qt.TextFormat.PlainText


def test_no_banner_for_stripe_itself(qtbot: QtBot) -> None:
    from linkwizard.gui.window import MainWindow
    from support.gui_helpers import services_for

    window = MainWindow(services_for("https://api.stripe.com"))
    qtbot.addWidget(window)
    window.show()
    assert not window.api_base_banner.isVisible()


def test_no_keyring_is_said_in_the_window_at_start(qtbot: QtBot, api_base: str) -> None:
    from dataclasses import replace

    from keyring.backends import null

    from linkwizard.gui.window import MainWindow
    from linkwizard.secrets.os_keyring import OSKeyring

    window = MainWindow(replace(services_for(api_base), keyring=OSKeyring(null.Keyring())))
    qtbot.addWidget(window)
    window.show()
    window.load_accounts()
    banner = window.keyring_banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "No secure keyring is available" in banner.text()
    assert "GNOME Keyring or KWallet" in banner.text()


def test_a_working_keyring_shows_no_keyring_banner(qtbot: QtBot, api_base: str) -> None:
    window = open_window(qtbot, api_base)
    qtbot.waitUntil(lambda: window.controller.runner.running() == 0, timeout=5000)  # the keyring check has answered
    assert not window.keyring_banner.isVisible()


def test_the_key_page_uses_the_cores_name_rules(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    """A direction override in a name was accepted by the page and refused only at the end."""
    from linkwizard.domain.keys import Environment
    from support.gui_helpers import go_to_key_page

    window = open_window(qtbot, api_base)
    go_to_key_page(qtbot, window, Environment.TEST)
    assert window.wizard is not None
    page = window.wizard.enter_key_page
    page.key_edit.setText(stripe.add_key(make_key()))
    page.name_edit.setText("Shop\u202egnp.exe")
    assert not page.isComplete()
    assert "control characters" in page.name_feedback.text()
    page.name_edit.setText("Shop")
    assert page.isComplete()

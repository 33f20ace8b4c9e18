"""The link wizard driven through real widgets, against the fake Stripe server."""

from __future__ import annotations

import time

import keyring
import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.account import Health
from linkwizard.domain.keys import Environment
from linkwizard.secrets.os_keyring import SERVICE
from linkwizard.stripe.client import Policy
from linkwizard.usecases.linking import LinkRequest
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, Reply, make_key
from support.gui_helpers import (
    UrlCatcher,
    click,
    go_to_key_page,
    open_window,
    services_for,
    start_test,
    windows_shown,
    wizard_button,
)


@pytest.mark.parametrize(("environment", "kind"), [(Environment.TEST, "sk"), (Environment.PRODUCTION, "rk")])
def test_happy_path_links_and_shows_the_account(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                environment: Environment, kind: str, urls: UrlCatcher) -> None:
    key = stripe.add_key(make_key(kind, environment.key_mode), account_id="acct_1LwFakeGui00001")
    window = open_window(qtbot, api_base)
    wizard = window.wizard
    assert wizard is not None, "an empty store opens the wizard straight away"
    assert window.panel.stack.currentWidget() is window.panel.empty_state
    click(qtbot, wizard.environment_page.production_radio if environment is Environment.PRODUCTION
          else wizard.environment_page.test_radio)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    click(qtbot, wizard.find_key_page.open_button)
    assert urls.urls == [environment.dashboard_keys_url]
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    page = wizard.enter_key_page
    expected_name = "Stripe (Live)" if environment is Environment.PRODUCTION else "Stripe (Test)"
    assert page.name_edit.text() == expected_name
    next_button = wizard_button(window, QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    qtbot.keyClicks(page.key_edit, f"  {key} ")
    assert page.key_edit.echoMode() is QLineEdit.EchoMode.Password
    assert "Looks like a valid" in page.feedback.text()
    assert next_button.isEnabled()
    click(qtbot, next_button)
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    popup = window.linked_message
    assert popup.isVisible()
    assert expected_name in popup.text()
    assert environment.label in popup.informativeText()
    # a restricted key cannot read /v1/account, but Stripe's 403 names the account: both show it
    assert "acct_1LwFakeGui00001" in popup.informativeText()
    # wide enough that a window manager shows its whole title ("Account li…" before)
    title = QFontMetrics(popup.font()).horizontalAdvance(f"{popup.windowTitle()} — linkwizard")
    assert popup.width() >= title + 100
    popup.accept()
    account = wizard.connect_page.account
    assert account is not None
    assert window.panel.current() == account
    stored = window.controller.services.store.load()
    assert [a.id for a in stored] == [account.id]
    assert stored[0].environment is environment
    assert keyring.get_password(SERVICE, account.id) == key
    click(qtbot, wizard_button(window, QWizard.WizardButton.FinishButton))
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.details)
    assert window.details.title.text() == expected_name


@pytest.mark.parametrize(("reply", "title"), [
    (fs.invalid_key, "Stripe did not accept this key"),
    (fs.expired_key, "This key has expired"),
    (fs.missing_permission, "lacks a permission"),
    (lambda key: fs.rate_limited(), "Stripe is limiting requests"),
    (lambda key: fs.server_error(503, **{"Stripe-Should-Retry": "false"}), "Stripe had a problem"),
    (lambda key: Reply(delay=5), "took too long"),
])
def test_each_failure_shows_its_message_and_saves_nothing(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                          reply: object, title: str) -> None:
    key = make_key("rk")
    stripe.add_key(key, customers=reply(key))  # type: ignore[operator]
    window = open_window(qtbot, api_base)
    go_to_key_page(qtbot, window, Environment.TEST)
    assert window.wizard is not None
    page = window.wizard.enter_key_page
    qtbot.keyClicks(page.key_edit, key)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    connect = window.wizard.connect_page
    qtbot.waitUntil(lambda: connect.problem is not None, timeout=15000)
    assert title in connect.error_title.text()
    assert connect.error_advice.text()
    assert key not in connect.error_title.text() + connect.error_advice.text() + connect.error_detail.text()
    assert window.controller.services.store.load() == []
    click(qtbot, connect.copy_button)
    copied = QGuiApplication.clipboard().text()
    assert "Request-Id" in copied or "Problem" in copied
    assert key not in copied
    assert key[-12:] not in copied
    click(qtbot, connect.back_button)
    assert window.wizard.currentPage() is page
    assert page.key_edit.text() == key


def test_unreachable_stripe_is_explained(qtbot: QtBot) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    window = open_window(qtbot, f"http://127.0.0.1:{port}")
    go_to_key_page(qtbot, window, Environment.TEST)
    assert window.wizard is not None
    qtbot.keyClicks(window.wizard.enter_key_page.key_edit, make_key())
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    connect = window.wizard.connect_page
    qtbot.waitUntil(lambda: connect.problem is not None, timeout=10000)
    assert "Could not reach Stripe" in connect.error_title.text()
    click(qtbot, connect.retry_button)
    qtbot.waitUntil(lambda: connect.problem is not None, timeout=10000)
    assert window.controller.services.store.load() == []


@pytest.mark.parametrize(("text", "words", "switch"), [
    ("sk_" + "live_" + "LwFake" + "Ab1" * 8, "This is a Production key", True),
    ("pk_test_" + "Ab1" * 8, "publishable", False),
    ("whsec_" + "Ab1" * 8, "webhook", False),
])
def test_preflight_refuses_before_any_request(qtbot: QtBot, stripe: FakeStripe, api_base: str, text: str,
                                              words: str, switch: bool) -> None:
    window = open_window(qtbot, api_base)
    go_to_key_page(qtbot, window, Environment.TEST)
    assert window.wizard is not None
    page = window.wizard.enter_key_page
    qtbot.keyClicks(page.key_edit, text)
    assert words in page.feedback.text()
    assert not wizard_button(window, QWizard.WizardButton.NextButton).isEnabled()
    assert page.switch_button.isVisible() is switch
    if switch:
        click(qtbot, page.switch_button)
        assert window.wizard.environment_page.production_radio.isChecked()
        assert "Looks like a valid Production" in page.feedback.text()
        assert page.name_edit.text() == "Stripe (Live)"
        assert wizard_button(window, QWizard.WizardButton.NextButton).isEnabled()
    assert stripe.requests == []


def test_reveal_and_paste(qtbot: QtBot, api_base: str) -> None:
    window = open_window(qtbot, api_base)
    go_to_key_page(qtbot, window, Environment.TEST)
    assert window.wizard is not None
    page = window.wizard.enter_key_page
    key = make_key()
    QGuiApplication.clipboard().setText(f"{key}\n")
    click(qtbot, page.paste_button)
    assert page.key_edit.text() == key
    click(qtbot, page.reveal_button)
    assert page.key_edit.echoMode() is QLineEdit.EchoMode.Normal
    click(qtbot, page.reveal_button)
    assert page.key_edit.echoMode() is QLineEdit.EchoMode.Password


def test_cancel_mid_test_saves_nothing_within_a_second(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key(), customers=Reply(delay=10))
    window = open_window(qtbot, api_base)
    start_test(qtbot, window, key)
    assert window.wizard is not None
    connect = window.wizard.connect_page
    qtbot.waitUntil(lambda: stripe.count() == 1, timeout=5000)
    started = time.monotonic()
    click(qtbot, connect.cancel_button)
    qtbot.waitUntil(lambda: window.controller.runner.running() == 0, timeout=1000)
    assert time.monotonic() - started < 1.0
    assert "Cancelled" in connect.stage.text()
    assert connect.account is None
    assert window.controller.services.store.load() == []


def test_keyboard_only(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    window = open_window(qtbot, api_base)
    wizard = window.wizard
    assert wizard is not None

    def press(key_code: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, key_code, modifier)

    def press_text(char: str) -> None:
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClicks(focus, char)

    window.activateWindow()
    wizard.environment_page.test_radio.setFocus()
    press(Qt.Key.Key_Space)
    assert wizard.environment_page.test_radio.isChecked()
    press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.find_key_page
    press(Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.enter_key_page
    page = wizard.enter_key_page
    assert QApplication.focusWidget() is page.key_edit
    # Each keystroke goes where the focus is at that moment, as a person's would: a check of the
    # typed text must not move the focus (QWizard hides its pages while it updates its buttons).
    for char in key:
        press_text(char)
    assert page.key_edit.text() == key
    press(Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Account &name
    assert QApplication.focusWidget() is page.name_edit
    press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for char in "Shop (Test)":
        press_text(char)
    assert page.name_edit.text() == "Shop (Test)"
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    popup = window.linked_message
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is popup or popup.isVisible())
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible()
    qtbot.keyClick(wizard, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard is None)
    assert [a.name for a in window.model.accounts()] == ["Shop (Test)"]


def test_ui_thread_never_blocks_during_a_test(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key(), customers=Reply(delay=2, body=fs.customers_list().body))
    window = open_window(qtbot, api_base, policy=Policy(read_timeout=10, total_timeout=20))
    go_to_key_page(qtbot, window, Environment.TEST)
    assert window.wizard is not None
    qtbot.keyClicks(window.wizard.enter_key_page.key_edit, key)
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    heartbeat = QTimer()
    heartbeat.setInterval(10)

    def beat() -> None:
        gaps.append(clock.restart())

    heartbeat.timeout.connect(beat)
    heartbeat.start()
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.connect_page.account is not None,
                    timeout=10000)
    heartbeat.stop()
    window.linked_message.accept()
    assert len(gaps) > 100
    assert max(gaps[1:]) <= 50, f"largest gap {max(gaps[1:])} ms"


def test_the_success_is_painted_before_the_message_is_made(qtbot: QtBot, stripe: FakeStripe,
                                                          api_base: str) -> None:
    """Showing the success text and making the "linked" message in one event held the window
    longer than a frame: the page is painted first, and it completes (and the window opens
    its message) after."""
    from PySide6.QtCore import QEvent, QObject

    key = stripe.add_key(make_key())
    window = open_window(qtbot, api_base)
    go_to_key_page(qtbot, window, Environment.TEST)
    wizard = window.wizard
    assert wizard is not None
    qtbot.keyClicks(wizard.enter_key_page.key_edit, key)
    seen: list[str] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and wizard.connect_page.states.currentIndex() == 2:
                seen.append("success painted")
            return False

    paints = Paints()
    wizard.connect_page.success.installEventFilter(paints)
    wizard.connect_page.linked.connect(lambda account: seen.append("linked"))
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    assert "linked" in seen, seen
    assert seen[0] == "success painted", seen  # painted, then linked
    assert window.linked_message.isVisible()
    assert wizard.connect_page.isComplete()
    window.linked_message.accept()



def test_closing_during_a_test_exits_cleanly(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key(), customers=Reply(delay=10))
    window = open_window(qtbot, api_base)
    start_test(qtbot, window, key)
    assert window.wizard is not None
    qtbot.waitUntil(lambda: stripe.count() == 1, timeout=5000)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2
    assert window.controller.runner.running() == 0
    assert services_for(api_base).store.load() == []


def test_launch_check_marks_unreachable_not_needs_attention(qtbot: QtBot, stripe: FakeStripe,
                                                            api_base: str) -> None:
    from linkwizard.usecases import linking

    services = services_for(api_base)
    good, flaky, revoked = (stripe.add_key(make_key()) for _ in range(3))
    for name, key in (("good", good), ("flaky", flaky), ("revoked", revoked)):
        linking.link(LinkRequest(key, Environment.TEST, name), services)
    stripe.add_key(flaky, customers=fs.server_error(503, **{"Stripe-Should-Retry": "false"}))
    stripe.add_key(revoked, customers=fs.invalid_key(revoked))
    window = open_window(qtbot, api_base, verify_at_launch=True)
    assert window.wizard is None
    qtbot.waitUntil(lambda: window.controller.runner.running() == 0 and stripe.count() >= 6, timeout=10000)
    qtbot.waitUntil(lambda: {a.name: a.status for a in window.model.accounts()} == {
        "good": Health.OK, "flaky": Health.UNREACHABLE, "revoked": Health.NEEDS_ATTENTION}, timeout=5000)
    qtbot.waitUntil(window.panel.banner.isVisible, timeout=1000)  # worked out once for the turn's changes
    assert "“revoked” needs attention" in window.panel.banner_text.text()
    assert window.controller.health_timer.isActive()  # and it checks again every few hours


def test_rename_and_remove_from_the_details(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    from linkwizard.usecases import linking

    key = stripe.add_key(make_key())
    account = linking.link(LinkRequest(key, Environment.TEST, "shop"), services_for(api_base))
    window = open_window(qtbot, api_base)
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.details)

    def answer(text: str | None, button: QMessageBox.StandardButton | None = None) -> None:
        def act() -> None:
            dialog = QApplication.activeModalWidget()
            assert dialog is not None
            if text is not None:
                line = dialog.findChild(QLineEdit)
                assert line is not None
                line.setText(text)
                qtbot.keyClick(line, Qt.Key.Key_Return)
            elif isinstance(dialog, QMessageBox) and button is not None:
                assert "shop renamed" in dialog.text()
                dialog.button(button).click()
        QTimer.singleShot(100, act)

    answer("shop renamed")
    click(qtbot, window.details.rename_button)
    qtbot.waitUntil(lambda: window.model.accounts()[0].name == "shop renamed")
    assert window.details.title.text() == "shop renamed"
    answer(None, QMessageBox.StandardButton.Yes)
    click(qtbot, window.details.remove_button)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert services_for(api_base).store.load() == []
    assert keyring.get_password(SERVICE, account.id) is None
    assert window.panel.stack.currentWidget() is window.panel.empty_state


def test_every_interactive_widget_is_named_for_tests_and_screen_readers(qtbot: QtBot, stripe: FakeStripe,
                                                                       api_base: str) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QWidget

    from linkwizard.usecases import linking

    linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, "named"), services_for(api_base))
    window = open_window(qtbot, api_base)
    window.start_wizard()
    interactive = (QAbstractButton, QLineEdit, QAbstractItemView, QComboBox)
    widgets = [w for w in window.findChildren(QWidget)
               if isinstance(w, interactive) and not isinstance(w.parent(), QLineEdit)  # its clear button
               and not w.objectName().startswith("qt_")]  # Qt's own internals (scroll bars' buttons)
    assert len(widgets) > 20
    missing = [f"{type(w).__name__} {w.objectName()!r}" for w in widgets
               if not (w.objectName() and w.accessibleName())]
    assert missing == []


def test_a_key_typed_by_hand_gets_a_hint_until_it_can_no_longer_become_a_key(qtbot: QtBot, api_base: str) -> None:
    window = open_window(qtbot, api_base)
    go_to_key_page(qtbot, window, Environment.TEST)
    assert window.wizard is not None
    page = window.wizard.enter_key_page
    for typed in ("s", "sk", "sk_te", "rk_li", "sk_test_Ab1"):
        page.key_edit.setText(typed)
        assert "Not a whole key yet" in page.feedback.text(), typed
        assert "does not look like" not in page.feedback.text()
        assert not wizard_button(window, QWizard.WizardButton.NextButton).isEnabled()
    page.key_edit.setText("sk_tx")  # no more typing makes this a key
    assert "This does not look like a Stripe API key" in page.feedback.text()



def test_making_the_wizard_shows_no_window_of_its_own(qtbot: QtBot) -> None:
    """The pages are built inside the window: with a team vault set up, the choice of where to
    keep the key was made visible before it had a parent, a window of its own for a moment."""
    from PySide6.QtWidgets import QWidget

    from linkwizard.gui.wizard.link_wizard import LinkWizard

    host = QWidget()
    host.setObjectName("host")
    qtbot.addWidget(host)
    host.show()
    with windows_shown() as shown:
        wizard = LinkWizard(lambda: [], lambda request: None, host,  # type: ignore[arg-type,return-value]
                            team_address=lambda: "https://vault.example.test:8200")
        wizard.show()
        qtbot.wait(50)
    assert shown == []

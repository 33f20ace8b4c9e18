"""Notifications from the window's process, against a real notification service
(python-dbusmock's notification_daemon on the test's session bus)."""

from __future__ import annotations

import datetime
import json
import logging
import os
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from linkwizard.domain.keys import Environment
from linkwizard.gui.window import MainWindow
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from support import dbus_mocks
from support import fake_stripe as fs
from support.dbus_mocks import Mock
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import open_window, services_for
from support.sandbox import Cli, Home


@pytest.fixture
def notifications() -> Iterator[Mock]:
    with dbus_mocks.mock("notification_daemon", os.environ["DBUS_SESSION_BUS_ADDRESS"]) as service:
        yield service


def link(api_base: str, key: str, name: str, expires: str | None = None) -> None:
    linking.link(LinkRequest(key, Environment.TEST, name, key_expires_at=expires), services_for(api_base))


def check_all(qtbot: QtBot, window: MainWindow) -> None:
    controller = window.controller
    assert controller is not None
    with qtbot.waitSignal(controller.checking_finished, timeout=10000):
        controller.verify(controller.model.accounts())


def test_a_refusal_is_told_once_replaced_when_it_changes_and_a_click_opens_the_account(
        qtbot: QtBot, stripe: FakeStripe, api_base: str, notifications: Mock) -> None:
    key = stripe.add_key(make_key())
    link(api_base, key, "Shop")
    link(api_base, stripe.add_key(make_key()), "Other")
    stripe.add_key(key, customers=fs.invalid_key(key))
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(lambda: len(notifications.calls("Notify")) == 1, timeout=10000)
    [(app, replaces, icon, summary, body, actions, hints, _timeout)] = notifications.calls("Notify")
    assert (app, replaces, icon) == ("linkwizard", 0, "io.github.linkwizard.LinkWizard")
    assert summary == "“Shop” needs a new key"
    assert body == f"Stripe refused its key (sk_test_...{key[-4:]}). Open linkwizard and replace the key."
    assert actions == ["default", "Open"]
    assert hints["desktop-entry"] == ("s", "io.github.linkwizard.LinkWizard")

    check_all(qtbot, window)  # refused again: the same state, nothing new
    assert len(notifications.calls("Notify")) == 1
    stripe.add_key(key)  # fixed (the key works again): the notification is withdrawn
    check_all(qtbot, window)
    qtbot.waitUntil(lambda: notifications.calls("CloseNotification") == [(1,)], timeout=5000)
    stripe.add_key(key, customers=fs.invalid_key(key))  # and refused anew: told again, in the same place
    check_all(qtbot, window)
    qtbot.waitUntil(lambda: len(notifications.calls("Notify")) == 2, timeout=5000)
    assert notifications.calls("Notify")[1][1] == 1  # replaces_id: the first one's
    assert key not in repr(notifications.calls("Notify"))

    window.panel.select(window.model.accounts()[1].id)
    window.showMinimized()
    dbus_mocks.click(notifications, 1)
    qtbot.waitUntil(lambda: window.panel.current() is not None and window.panel.current().name == "Shop",
                    timeout=5000)
    assert not window.isMinimized()
    assert window.windowTitle() == "Shop – linkwizard"
    dbus_mocks.click(notifications, 1, "other-action")  # only the default action opens anything
    dbus_mocks.click(notifications, 99)  # nor does someone else's notification


def test_an_expiring_key_is_a_reminder(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                       notifications: Mock) -> None:
    soon = (datetime.date.today() + datetime.timedelta(days=3)).isoformat()
    link(api_base, stripe.add_key(make_key()), "CLI key", expires=soon)
    link(api_base, stripe.add_key(make_key()), "Later", expires="2099-01-01")
    open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(lambda: len(notifications.calls("Notify")) == 1, timeout=10000)
    [call] = notifications.calls("Notify")
    assert call[3] == "The key of “CLI key” expires soon"
    assert call[4].startswith("Key expires in 3 days. Replace it before then")


def test_without_a_notification_service_nothing_fails(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    key = stripe.add_key(make_key())
    link(api_base, key, "Shop")
    stripe.add_key(key, customers=fs.invalid_key(key))
    with caplog.at_level(logging.INFO):
        window = open_window(qtbot, api_base, verify_at_launch=True)
        qtbot.waitUntil(window.panel.banner.isVisible, timeout=10000)  # the window still says so
        qtbot.waitUntil(lambda: "no notification service answered" in caplog.text, timeout=10000)
    assert "ServiceUnknown" in caplog.text


def window_with_settings(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> tuple[MainWindow, QAction]:
    """A window checking one account, once its settings are read (off the window's thread)."""
    link(api_base, stripe.add_key(make_key()), "Shop")
    window = open_window(qtbot, api_base, verify_at_launch=True)
    keep = window.findChild(QAction, "keepCheckingAction")
    assert keep is not None
    qtbot.waitUntil(keep.isEnabled, timeout=5000)
    return window, keep


def test_closing_the_window_keeps_checking_only_when_set_and_quit_ends_it(
        qtbot: QtBot, stripe: FakeStripe, api_base: str, home: Home, cli: Cli) -> None:
    window, keep = window_with_settings(qtbot, stripe, api_base)
    controller = window.controller
    assert controller is not None
    assert not keep.isChecked()
    with qtbot.waitSignal(window.background.settings_changed, timeout=5000):
        keep.trigger()
    assert keep.isChecked()
    meaning = window.findChild(QAction, "settingsMeaningAction")  # what the two settings mean together
    assert meaning is not None
    assert meaning.isVisible()
    assert meaning.text() == "Checks after the window is closed; not started at login."
    assert json.loads(cli("settings", "--json").stdout)["keep_checking_in_background"] is True
    assert not QApplication.quitOnLastWindowClosed()
    assert window.companion is not None
    assert window.companion.tray is None  # offscreen there is no tray, so no icon: the window is the way in
    window.close()
    assert not window.isVisible()
    assert controller.health_timer.isActive()  # the window is gone, the checks are not
    with qtbot.waitSignal(window.quit_requested, timeout=5000):
        window.quit_app()
    assert not controller.health_timer.isActive()
    assert not any(job.is_running() for job in controller.runner._jobs)  # stopped and waited for
    QApplication.setQuitOnLastWindowClosed(True)  # as every other test expects


def test_without_the_setting_closing_the_window_ends_the_checks(qtbot: QtBot, stripe: FakeStripe,
                                                                 api_base: str) -> None:
    window, _ = window_with_settings(qtbot, stripe, api_base)
    controller = window.controller
    assert controller is not None
    assert QApplication.quitOnLastWindowClosed()
    window.close()
    assert not controller.health_timer.isActive()


def test_start_at_login_from_the_settings_menu(qtbot: QtBot, api_base: str, home: Home) -> None:
    window = open_window(qtbot, api_base)
    start = window.findChild(QAction, "startAtLoginAction")
    assert start is not None
    qtbot.waitUntil(start.isEnabled, timeout=5000)
    entry = home.root / ".config" / "autostart" / "linkwizard.desktop"
    assert window.controller is not None
    with qtbot.waitSignal(window.background.settings_changed, timeout=5000):
        start.trigger()
    assert entry.exists()
    assert start.isChecked()
    with qtbot.waitSignal(window.background.settings_changed, timeout=5000):
        start.trigger()
    assert not entry.exists()
    assert not start.isChecked()


def test_the_notifications_in_german(german: None) -> None:
    from dataclasses import replace

    from linkwizard.domain.account import Account, Health, Reason
    from linkwizard.domain.keys import KeyKind
    from linkwizard.gui.companion import note_for
    from linkwizard.usecases.watching import Alert

    account = Account(id="lw_0", name="Laden", environment=Environment.TEST, key_kind=KeyKind.SECRET,
                      key_hint="sk_test_...4242", created_at="2026-01-01T00:00:00Z",
                      status=Health.NEEDS_ATTENTION, last_http_status=401)
    expiring = replace(account, status=Health.OK,
                       key_expires_at=(datetime.date.today() + datetime.timedelta(days=2)).isoformat())
    texts = {reason: note_for(Alert(expiring if reason is Reason.EXPIRING else account, reason))
             for reason in Reason}
    assert texts[Reason.REFUSED].summary == "„Laden“ braucht einen neuen Schlüssel"
    assert "sk_test_...4242" in texts[Reason.REFUSED].body
    assert texts[Reason.EXPIRING].body.startswith("Schlüssel läuft in 2 Tagen ab. Ersetzen Sie ihn vorher")
    for note in texts.values():  # every one translated: none of the English words is left
        assert not {"key", "Open", "Replace"} & set(f"{note.summary} {note.body}".split()), note


def test_the_summary_is_escaped_as_the_body_is(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                               notifications: Mock) -> None:
    """A name may be a teammate's text; servers that read markup must show it as written."""
    key = stripe.add_key(make_key())
    link(api_base, key, "Shop <b>EU</b> & Co")
    stripe.add_key(key, customers=fs.invalid_key(key))
    open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(lambda: len(notifications.calls("Notify")) == 1, timeout=10000)
    [(_, _, _, summary, _, _, _, _)] = notifications.calls("Notify")
    assert summary == "“Shop &lt;b&gt;EU&lt;/b&gt; &amp; Co” needs a new key"

"""Inside Flatpak, notifications go through the portal's Notification interface (served here
by python-dbusmock on a private bus): added by the account's id, withdrawn by it, and a click
on the default action reported with it."""

from __future__ import annotations

import threading
import time

from linkwizard.desktop.notifications import Note, Notifier
from support import dbus_mocks

NOTIFICATION = "org.freedesktop.portal.Notification"


def test_the_portal_is_told_by_account_and_a_click_comes_back() -> None:
    clicked: list[str] = []
    arrived = threading.Event()

    def on_action(key: str) -> None:
        clicked.append(key)
        arrived.set()

    with dbus_mocks.private_bus() as address, dbus_mocks.mock(NOTIFICATION, address) as portal:
        for method, signature in (("AddNotification", "sa{sv}"), ("RemoveNotification", "s")):
            portal.call("AddMethod", "sssss", NOTIFICATION, method, signature, "", "")
        notifier = Notifier(on_action, bus=address, portal=True)
        try:
            notifier.show(Note("lw_1", "“Shop” needs a new key", "Stripe refused its key (sk_test_...4242).",
                               urgent=True))
            assert notifier.connected.wait(10)
            deadline = time.monotonic() + 10
            while not portal.calls("AddNotification") and time.monotonic() < deadline:
                time.sleep(0.05)
            [(key, notification)] = portal.calls("AddNotification")
            assert key == "lw_1"
            assert notification["title"] == ("s", "“Shop” needs a new key")
            assert notification["body"] == ("s", "Stripe refused its key (sk_test_...4242).")  # plain: no markup
            assert notification["default-action"] == ("s", "default")
            assert notification["priority"] == ("s", "high")
            portal.call("EmitSignal", "sssav", NOTIFICATION, "ActionInvoked", "ssav",
                        [("s", "lw_1"), ("s", "default"), ("av", [])])
            assert arrived.wait(10), "the click was not reported"
            assert clicked == ["lw_1"]
            notifier.withdraw("lw_1")
        finally:
            notifier.close()
        assert portal.calls("RemoveNotification") == [("lw_1",)]

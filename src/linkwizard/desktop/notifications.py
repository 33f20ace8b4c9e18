"""Desktop notifications over the session bus: org.freedesktop.Notifications, or inside
Flatpak the portal's Notification interface.

One thread of its own talks to the bus, so a caller (the window's thread) never waits: `show`
and `withdraw` only queue. There is one notification per key (an account's id), and a later
one replaces it (the server's id is reused). Clicking it (the `default` action) calls
`on_action(key)` from that thread. Where no notification service is on the bus, nothing
fails: it is logged once, and each later `show` tries again (a service may start later).
"""

from __future__ import annotations

import html
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from linkwizard import APP_ID
from linkwizard.desktop.launcher import in_flatpak

log = logging.getLogger(__name__)

FREEDESKTOP = ("/org/freedesktop/Notifications", "org.freedesktop.Notifications", "org.freedesktop.Notifications")
PORTAL = ("/org/freedesktop/portal/desktop", "org.freedesktop.portal.Desktop", "org.freedesktop.portal.Notification")
DEFAULT_ACTION = "default"
CALL_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Note:
    key: str  # one notification per key; a later one with the same key replaces it
    summary: str
    body: str  # plain text (escaped for servers that read markup)
    urgent: bool = False


_Request = tuple[str, Any]  # ("show", Note) | ("withdraw", key)


class Notifier:
    def __init__(self, on_action: Callable[[str], None], action_label: str = "Open",
                 bus: str = "SESSION", portal: bool | None = None) -> None:
        self.on_action = on_action
        self.action_label = action_label
        self.bus = bus
        self.portal = in_flatpak() if portal is None else portal
        self.ids: dict[str, int] = {}  # key -> the server's id (freedesktop)
        self._queue: queue.Queue[Any] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="linkwizard-notifications", daemon=True)
        self._missing_said = False
        self.connected = threading.Event()  # the thread is on the bus and listening for clicks

    def show(self, note: Note) -> None:
        self._queue.put(("show", note))
        self._start()

    def withdraw(self, key: str) -> None:
        if self._thread.is_alive():  # nothing was shown before the thread was started
            self._queue.put(("withdraw", key))

    def _start(self) -> None:
        """On the first notification: most runs never send one, and need no thread for it."""
        if not self._thread.is_alive() and self._thread.ident is None:
            self._thread.start()

    def close(self, timeout: float = 2.0) -> None:
        """Stop the thread (it finishes what is queued first)."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout)

    # the thread -----------------------------------------------------------------------------
    def _run(self) -> None:
        from jeepney import DBusAddress, MatchRule, Message
        from jeepney.bus_messages import message_bus
        from jeepney.io.threading import Proxy, open_dbus_router

        path, name, interface = PORTAL if self.portal else FREEDESKTOP
        address = DBusAddress(path, bus_name=name, interface=interface)
        clicks = MatchRule(type="signal", interface=interface, member="ActionInvoked", path=path)
        try:
            with open_dbus_router(bus=self.bus) as router:
                Proxy(message_bus, router).AddMatch(clicks)
                with router.filter(clicks, queue=self._queue):  # clicks arrive among the requests
                    self.connected.set()
                    while (item := self._queue.get()) is not None:
                        if isinstance(item, Message):
                            self._clicked(item.body)
                        else:
                            self._request(router, address, item)
        except Exception as exc:  # no session bus at all: notifications are simply off
            log.warning("notifications off: no session bus (%s)", type(exc).__name__)
        finally:
            self.connected.set()

    def _request(self, router: Any, address: Any, item: _Request) -> None:
        from jeepney import DBusErrorResponse, new_method_call

        what, value = item
        if what == "show":
            message = new_method_call(address, *self._notify(value))
        elif self.portal:
            message = new_method_call(address, "RemoveNotification", "s", (value,))
        elif value in self.ids:
            message = new_method_call(address, "CloseNotification", "u", (self.ids[value],))
        else:
            return
        try:
            reply = router.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
            body = reply.body
            if reply.header.message_type.name == "error":
                raise DBusErrorResponse(reply)
        except (DBusErrorResponse, TimeoutError, OSError) as exc:
            if not self._missing_said:
                log.warning("no notification service answered (%s); the window's banner still shows it",
                            getattr(exc, "name", type(exc).__name__))
                self._missing_said = True
            return
        self._missing_said = False
        if what == "show" and not self.portal and body:
            self.ids[value.key] = int(body[0])

    def _notify(self, note: Note) -> tuple[str, str, tuple[Any, ...]]:
        if self.portal:
            notification = {"title": ("s", note.summary), "body": ("s", note.body),
                            "priority": ("s", "high" if note.urgent else "normal"),
                            "default-action": ("s", DEFAULT_ACTION)}
            return "AddNotification", "sa{sv}", (note.key, notification)
        hints = {"desktop-entry": ("s", APP_ID), "urgency": ("y", 2 if note.urgent else 1),
                 "category": ("s", "network")}
        # Some servers read markup in the summary as well as the body (an account's name may be
        # a teammate's text): both escaped.
        return "Notify", "susssasa{sv}i", ("linkwizard", self.ids.get(note.key, 0), APP_ID,
                                           html.escape(note.summary, quote=False),
                                           html.escape(note.body, quote=False),
                                           [DEFAULT_ACTION, self.action_label], hints, -1)

    def _clicked(self, body: tuple[Any, ...]) -> None:
        if self.portal:
            key, action = str(body[0]), str(body[1])
        else:
            server_id, action = int(body[0]), str(body[1])
            key = next((k for k, i in self.ids.items() if i == server_id), "")
        if key and action == DEFAULT_ACTION:
            self.on_action(key)

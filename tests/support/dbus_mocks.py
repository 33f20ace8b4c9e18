"""Real D-Bus services for the companion's tests: python-dbusmock's templates (Debian's
python3-dbusmock, run by the system Python) on a private bus of the test's own.

- `private_bus()`: a dbus-daemon of its own (standing in for the system bus, or a session
  bus), stopped by its pid.
- `Mock`: one template's service on a bus, with the calls it recorded and a way to call its
  Mock interface (flip NetworkManager's state, emit a notification's ActionInvoked).
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator
from typing import Any

from jeepney import DBusAddress, new_method_call
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection

SYSTEM_PYTHON = "/usr/bin/python3"  # python3-dbusmock (apt) brings dbus-python for it
MOCK_INTERFACE = "org.freedesktop.DBus.Mock"
NM_STATE_DISCONNECTED = 20
NM_STATE_CONNECTED_GLOBAL = 70
NM_CONNECTIVITY_NONE, NM_CONNECTIVITY_FULL = 1, 4

TEMPLATES = {  # template: (bus name, main object)
    "networkmanager": ("org.freedesktop.NetworkManager", "/org/freedesktop/NetworkManager"),
    "notification_daemon": ("org.freedesktop.Notifications", "/org/freedesktop/Notifications"),
}
PORTAL = ("org.freedesktop.portal.Desktop", "/org/freedesktop/portal/desktop")


@contextlib.contextmanager
def private_bus() -> Iterator[str]:
    """A bus of this test's own; yields its address."""
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--print-address=1", "--nofork", "--nopidfile"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        assert address, "dbus-daemon did not start"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        if daemon.stdout is not None:
            daemon.stdout.close()


class Mock:
    """A dbusmock template served on `address` until `stop` (by its pid)."""

    def __init__(self, template: str, address: str, system: bool = False, parameters: str | None = None) -> None:
        import os

        variable = "DBUS_SYSTEM_BUS_ADDRESS" if system else "DBUS_SESSION_BUS_ADDRESS"
        if template in TEMPLATES:
            self.name, self.path = TEMPLATES[template]
            command = [SYSTEM_PYTHON, "-m", "dbusmock", "--template", template, *(["--system"] if system else [])]
        else:  # an interface of its own on the portal's object, its methods added by the test
            self.name, self.path = PORTAL
            command = [SYSTEM_PYTHON, "-m", "dbusmock", self.name, self.path, template]
        self.address = address
        if parameters:
            command += ["--parameters", parameters]
        self.process = subprocess.Popen(command, env={**os.environ, variable: address},
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.connection = open_dbus_connection(bus=address)
        deadline = time.monotonic() + 15
        bus = Proxy(message_bus, self.connection)
        while not bus.NameHasOwner(self.name)[0]:
            assert self.process.poll() is None, f"dbusmock {template} ended (exit {self.process.returncode})"
            assert time.monotonic() < deadline, f"dbusmock {template} did not take {self.name}"
            time.sleep(0.05)

    def call(self, method: str, signature: str = "", *args: Any, interface: str = MOCK_INTERFACE) -> tuple[Any, ...]:
        address = DBusAddress(self.path, bus_name=self.name, interface=interface)
        reply = self.connection.send_and_get_reply(new_method_call(address, method, signature, args), timeout=10)
        assert reply.header.message_type.name != "error", reply.body
        return tuple(reply.body)

    def calls(self, method: str) -> list[tuple[Any, ...]]:
        """The arguments of each recorded call of `method`, oldest first."""
        (recorded,) = self.call("GetMethodCalls", "s", method)
        return [tuple(value for _signature, value in arguments) for _timestamp, arguments in recorded]

    def stop(self) -> None:
        self.connection.close()
        self.process.terminate()
        self.process.wait(10)


@contextlib.contextmanager
def mock(template: str, address: str, system: bool = False, parameters: str | None = None) -> Iterator[Mock]:
    service = Mock(template, address, system, parameters)
    try:
        yield service
    finally:
        service.stop()


def set_online(network: Mock, online: bool) -> None:
    """NetworkManager says the network came back (or went away), as it does: state, then connectivity."""
    network.call("SetGlobalConnectionState", "u", NM_STATE_CONNECTED_GLOBAL if online else NM_STATE_DISCONNECTED)
    network.call("SetConnectivity", "u", NM_CONNECTIVITY_FULL if online else NM_CONNECTIVITY_NONE)


def click(notifications: Mock, server_id: int, action: str = "default") -> None:
    """The person clicks a notification: the daemon emits ActionInvoked."""
    notifications.call("EmitSignal", "sssav", "org.freedesktop.Notifications", "ActionInvoked", "us",
                       [("u", server_id), ("s", action)])

"""The background mode as a person meets it: `linkwizard --background` on a real X server
(Xvfb), NetworkManager and a notification daemon from python-dbusmock on buses of the test's
own, and the fake Stripe on loopback."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from linkwizard.domain.account import Account, Health
from linkwizard.domain.keys import Environment
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from support import dbus_mocks
from support import fake_stripe as fs
from support.dbus_mocks import Mock, private_bus, set_online
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import services_for
from support.sandbox import Home
from support.x11 import desktop_env, eventually, visible_windows, xdotool

ONLINE_TO_REQUEST_S = 3.0  # the bound; the benchmark measures it (about 1 s by design)
QT_TROUBLE = re.compile(r"QThread|QObject|Destroyed while|Timers cannot|QSocketNotifier|Traceback|Warning", re.I)


@pytest.fixture
def network() -> Iterator[tuple[str, Mock]]:
    """A system bus of the test's own with NetworkManager on it: (its address, the mock)."""
    with private_bus() as address, dbus_mocks.mock("networkmanager", address, system=True) as manager:
        yield address, manager


@pytest.fixture
def notifications() -> Iterator[Mock]:
    with dbus_mocks.mock("notification_daemon", os.environ["DBUS_SESSION_BUS_ADDRESS"]) as service:
        yield service


def link(api_base: str, key: str, name: str) -> Account:
    return linking.link(LinkRequest(key, Environment.TEST, name), services_for(api_base))


def mark(api_base: str, status: Health) -> None:
    store = services_for(api_base).store
    store.update_many({a.id: (lambda a: replace(a, status=status)) for a in store.load()})


def background(display: str, system_bus: str, *arguments: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "linkwizard", *arguments],
                            env=desktop_env(display, DBUS_SYSTEM_BUS_ADDRESS=system_bus),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def logged(home: Home, text: str) -> bool:
    log = home.log_dir / "linkwizard.log"
    return log.exists() and text in log.read_text()


def quit_by_signal(app: subprocess.Popen[str]) -> str:
    """SIGTERM, as a session ending sends: the app must end by itself, cleanly; its stderr."""
    app.send_signal(signal.SIGTERM)
    try:
        _, err = app.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        app.kill()
        app.communicate()
        pytest.fail("the background process did not end on SIGTERM")
    assert app.returncode == 0, err
    assert not QT_TROUBLE.search(err), err
    return err


def test_it_rechecks_when_the_network_returns_notifies_and_a_click_opens_the_account(
        display: str, home: Home, stripe: FakeStripe, api_base: str, network: tuple[str, Mock],
        notifications: Mock) -> None:
    system_bus, manager = network
    key = stripe.add_key(make_key())
    link(api_base, key, "Shop")
    mark(api_base, Health.UNREACHABLE)  # last seen while the train was in a tunnel
    stripe.add_key(key, customers=fs.invalid_key(key))  # and revoked in the Dashboard since
    stripe.reset_counts()
    set_online(manager, False)
    app = background(display, system_bus, "--background")
    try:
        assert eventually(lambda: logged(home, "network information: networkmanager, Disconnected")), \
            "the app did not ask NetworkManager"
        time.sleep(1.5)  # a negative check: offline, the launch check waits for the network
        assert stripe.requests == []
        assert visible_windows(display, app.pid) == []  # and no window
        online = time.monotonic()
        set_online(manager, True)
        assert eventually(lambda: stripe.count() >= 1, ONLINE_TO_REQUEST_S), "no re-check after coming online"
        assert time.monotonic() - online <= ONLINE_TO_REQUEST_S
        assert eventually(lambda: len(notifications.calls("Notify")) == 1, 10), "no notification"
        [(_, _, _, summary, body, actions, _, _)] = notifications.calls("Notify")
        assert summary == "“Shop” needs a new key"
        assert key[-4:] in body
        assert key not in body
        assert actions[0] == "default"
        dbus_mocks.click(notifications, 1)
        assert eventually(lambda: bool(visible_windows(display, app.pid)), 15), "the click opened no window"
        [window] = visible_windows(display, app.pid)
        assert eventually(lambda: xdotool(display, "getwindowname", window) == "Shop – linkwizard", 10)
    finally:
        if app.poll() is None:
            quit_by_signal(app)


def test_a_second_launch_shows_the_window_of_the_background_process_and_quit_ends_it(
        display: str, home: Home, stripe: FakeStripe, api_base: str, network: tuple[str, Mock]) -> None:
    system_bus, _ = network
    link(api_base, stripe.add_key(make_key()), "Shop")
    app = background(display, system_bus, "watch")
    try:
        assert eventually(lambda: logged(home, "network information")), "the app did not start"
        again = subprocess.run([sys.executable, "-m", "linkwizard", "--background"], env=desktop_env(display),
                               capture_output=True, text=True, timeout=30, check=False)
        assert again.returncode == 0
        assert "already running" in again.stdout  # a second background launch steps aside
        assert visible_windows(display, app.pid) == []
        opened = subprocess.run([sys.executable, "-m", "linkwizard"], env=desktop_env(display),
                                capture_output=True, text=True, timeout=30, check=False)
        assert opened.returncode == 0
        assert "already open" in opened.stdout
        assert eventually(lambda: bool(visible_windows(display, app.pid)), 15), "no window was shown"
        [window] = visible_windows(display, app.pid)
        xdotool(display, "windowfocus", "--sync", window)
        xdotool(display, "key", "--clearmodifiers", "ctrl+q")  # Quit: the background process ends too
        _, err = app.communicate(timeout=20)
        assert app.returncode == 0
        assert not QT_TROUBLE.search(err), err
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()


def test_quitting_during_a_check_leaves_no_thread_or_process_behind(
        display: str, home: Home, stripe: FakeStripe, api_base: str, network: tuple[str, Mock]) -> None:
    system_bus, _ = network
    for number in range(10):  # from 8 on, the check runs in a process of its own
        link(api_base, stripe.add_key(make_key()), f"Shop {number}")
    mark(api_base, Health.UNREACHABLE)
    stripe.latency = 30.0  # the check is still waiting on Stripe when the session ends
    app = background(display, system_bus, "--background")
    try:
        assert eventually(lambda: stripe.in_flight > 0, 30), "no check started"
        children = _children(app.pid)
        assert children, "the check did not run in a process of its own"
        quit_by_signal(app)
        assert eventually(lambda: not any(Path(f"/proc/{pid}").exists() for pid in children), 10), \
            "the check's process outlived the app"
    finally:
        stripe.latency = 0.0
        if app.poll() is None:
            app.kill()
            app.communicate()


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found

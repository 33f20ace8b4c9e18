"""linkwizard under Wayland (sway's headless backend, QT_QPA_PLATFORM=wayland): the window
starts and paints, the self-test passes, and a screen reader finds every control named.

Keys come from wtype (the virtual-keyboard protocol). The headless seat has no keyboard of its
own: sway hands the focused window wtype's keyboard a moment after wtype connects, so the
harness waits that moment before each batch of keys (tests/support/desktop.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from support.desktop import SCREEN, Node, SwayDesktop, digest, eventually, key_given_to_scripts, names
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli

CONTROLS = ("push button", "radio button", "check box", "text", "password text", "combo box", "list",
            "menu item", "page tab")


def test_the_self_test_passes_on_wayland(sway: SwayDesktop, api_base: str) -> None:
    done = subprocess.run([sys.executable, "-m", "linkwizard", "--self-test"], env=sway.app_env(),
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Qt platform: wayland" in done.stdout


def test_the_window_paints_and_names_every_control(sway: SwayDesktop, stripe: FakeStripe, api_base: str,
                                                   cli: Cli, tmp_path: Path) -> None:
    assert cli("connect", "--environment", "test", "--name", "Shop",
               stdin=stripe.add_key(make_key())).code == 0
    app = sway.launch()
    tree = sway.wait_for(app, lambda tree: tree.find("Verify now", role="push button"), 45)
    unnamed = [node.role for node in tree.walk() if node.role in CONTROLS and node.showing and not node.name]
    assert unnamed == []
    assert {"Shop", "Verify now", "Replace key", "Add account"} <= set(tree.texts())
    shot = QImage(str(sway.screenshot(tmp_path / "wayland.png")))
    sway.keep_screenshot("wayland-window.png")
    assert (shot.width(), shot.height()) == SCREEN
    # Painted: the window's light background and dark text, not one flat colour.
    colours = {shot.pixelColor(x, y).name() for x in range(0, SCREEN[0], 16) for y in range(0, SCREEN[1], 16)}
    assert len(colours) > 20, colours


def test_keyboard_only_on_wayland(sway: SwayDesktop, stripe: FakeStripe, api_base: str, tmp_path: Path) -> None:
    """The first flow of test_x11_flows.py, by Wayland keys: Enter, Enter, the key typed, Alt+N,
    a name with spaces, Enter connects."""
    key = stripe.add_key(make_key())
    app = sway.launch()
    sway.wait_focus(app, "Test Mode", 45)
    sway.keys("Return")
    sway.wait_for(app, lambda tree: tree.find("Find your secret key"))
    sway.keys("Return")
    # Between wtype's batches the seat has no keyboard, so no window is active and a screen
    # reader sees no focus: the page is waited for, and the keys landing where they belong
    # prove the focus.
    sway.wait_for(app, lambda tree: tree.find("Enter your API key"))
    sway.type(key)
    sway.wait_for(app, key_accepted)
    sway.keys("alt+n", "ctrl+a")
    sway.type("Shop (Test) EU")
    sway.wait_for(app, lambda tree: any(n.text == "Shop (Test) EU" for n in tree.find("Account name")))
    sway.keep_screenshot("wayland-wizard-typed.png")
    sway.keys("Return")
    assert eventually(lambda: names() == ["Shop (Test) EU"], 30), sway.output(app)
    assert key_given_to_scripts("Shop (Test) EU") == digest(key)


def key_accepted(tree: Node) -> bool:
    return any("Looks like a valid" in t for t in tree.texts()) \
        and any(button.enabled for button in tree.find("Connect", role="push button"))

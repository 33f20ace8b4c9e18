"""linkwizard under Wayland (sway's headless backend, QT_QPA_PLATFORM=wayland): the window
starts and paints, the self-test passes, and a screen reader finds every control named.

Keys: wtype's synthetic keys (the virtual-keyboard protocol) reach sway but not a Qt window
under the headless backend, which has no seat keyboard to focus a surface with; the flows by
keyboard are proven on X11 (test_x11_flows.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from support.desktop import SCREEN, SwayDesktop
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
    if keep := os.environ.get("LINKWIZARD_KEEP_SCREENSHOTS"):  # to look at it
        shutil.copy(tmp_path / "wayland.png", Path(keep) / "wayland-window.png")
    assert (shot.width(), shot.height()) == SCREEN
    # Painted: the window's light background and dark text, not one flat colour.
    colours = {shot.pixelColor(x, y).name() for x in range(0, SCREEN[0], 16) for y in range(0, SCREEN[1], 16)}
    assert len(colours) > 20, colours

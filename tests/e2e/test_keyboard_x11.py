"""Alt+letter on a real X server (Xvfb, the xcb platform, keys sent by xdotool as real X key
events), screen by screen: a letter taken twice on a screen makes Qt move the focus instead
of acting, which the offscreen platform never shows (tests/gui/test_mnemonics.py checks every
letter; this presses the ones that were lost)."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Home
from support.stripe_cli import write_stripe_config
from support.x11 import desktop_env, eventually, visible_windows, xdotool


def press(display: str, window: str, keys: str) -> None:
    xdotool(display, "windowfocus", "--sync", window)
    xdotool(display, "key", "--clearmodifiers", keys)


def linked(home: Home) -> list[str]:
    done = subprocess.run([sys.executable, "-m", "linkwizard", "accounts", "--json"], capture_output=True,
                          text=True, timeout=30, check=True)
    return [account["name"] for account in json.loads(done.stdout)]


def test_alt_letters_act_on_every_screen(display: str, home: Home, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk", length=40), display_name="Rocket Rides")
    write_stripe_config(key, make_key("rk", "live", length=40))
    app = subprocess.Popen([sys.executable, "-m", "linkwizard"], env=desktop_env(display),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert eventually(lambda: bool(visible_windows(display, app.pid)), 45), "no window was mapped"
        [window] = visible_windows(display, app.pid)
        # The first run: the wizard, and the panel's offer to import the key found.
        press(display, window, "alt+a")
        assert eventually(lambda: len(visible_windows(display, app.pid)) == 2, 5), "Alt+A opened no menu"
        press(display, window, "Escape")
        assert eventually(lambda: len(visible_windows(display, app.pid)) == 1, 5)
        press(display, window, "alt+m")  # I&mport keys…: the import page, which scans
        time.sleep(2)  # the scan, off the window's thread
        # The import page: Alt+I is Import selected (the key found is checked by default).
        press(display, window, "alt+i")
        assert eventually(lambda: linked(home) == ["Rocket Rides (Test)"], 20), "Alt+I imported nothing"
        press(display, window, "alt+c")  # &Close: the account's details
        time.sleep(1)
        # An account's details: Alt+A still opens the menu; Alt+E checks the account now.
        press(display, window, "alt+a")
        assert eventually(lambda: len(visible_windows(display, app.pid)) == 2, 5), "Alt+A opened no menu"
        press(display, window, "Escape")
        assert eventually(lambda: len(visible_windows(display, app.pid)) == 1, 5)
        stripe.reset_counts()
        press(display, window, "alt+e")
        assert eventually(lambda: stripe.count() >= 1, 10), "Alt+E (Verify now) checked nothing"
    finally:
        app.terminate()
        app.wait(20)

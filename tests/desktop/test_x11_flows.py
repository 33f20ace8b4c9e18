"""A person at an X11 desktop (Xvfb, openbox): every flow by real key events, checked from the
command line (`accounts --json`, and `exec` handing the typed key to a script) and read back as
a screen reader reads the window (AT-SPI). Nothing here sets a widget's text from code."""

from __future__ import annotations

from support.desktop import App, Node, X11Desktop, digest, eventually, key_given_to_scripts, names
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, Home
from support.stripe_cli import write_stripe_config


def field_text(tree: Node, name: str) -> str | None:
    found = tree.find(name)
    return found[0].text if found else None


def key_accepted(tree: Node) -> bool:
    """The key page found the key whole: its check says so and Connect can be pressed."""
    return any("Looks like a valid" in t for t in tree.texts()) \
        and any(button.enabled for button in tree.find("Connect", role="push button"))


def open_wizard_at_the_key_page(x11: X11Desktop) -> App:
    """The first run: the wizard has the focus; Enter, Enter brings the key page, focus in the key."""
    app = x11.launch()
    x11.wait_window(app)
    x11.wait_focus(app, "Test Mode")
    x11.keys("Return")
    x11.wait_for(app, lambda tree: tree.find("Find your secret key"))
    x11.keys("Return")
    x11.wait_focus(app, "API key")
    return app


def test_keyboard_only_typing_a_key_and_a_name_with_spaces(x11: X11Desktop, stripe: FakeStripe,
                                                          api_base: str) -> None:
    key = stripe.add_key(make_key())
    app = open_wizard_at_the_key_page(x11)
    x11.type(key)
    x11.wait_for(app, key_accepted)
    x11.wait_focus(app, "API key")  # every character went to the key field
    x11.keys("alt+n")
    x11.wait_focus(app, "Account name")
    x11.keys("ctrl+a")
    x11.type("Shop (Test) EU")
    tree = x11.wait_for(app, lambda tree: field_text(tree, "Account name") == "Shop (Test) EU")
    focus = tree.focus()
    assert focus is not None
    assert focus.name == "Account name"
    assert len(x11.windows(app)) == 1, "a space pressed a button that opened something"
    x11.keep_screenshot("x11-wizard-typed.png")
    x11.keys("Return")
    assert eventually(lambda: names() == ["Shop (Test) EU"], 30), x11.output(app)
    assert key_given_to_scripts("Shop (Test) EU") == digest(key)


def test_ctrl_v_then_enter_connects(x11: X11Desktop, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk"))
    x11.set_clipboard(key)
    app = open_wizard_at_the_key_page(x11)
    x11.keys("ctrl+v")
    x11.wait_for(app, key_accepted)
    x11.keys("Return")
    assert eventually(lambda: names() == ["Stripe (Test)"], 30), x11.output(app)
    assert key_given_to_scripts("Stripe (Test)") == digest(key)


def test_the_paste_button_by_its_letter(x11: X11Desktop, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    x11.set_clipboard(f"  {key}\n")  # as copied from a web page, with blanks around it
    app = open_wizard_at_the_key_page(x11)
    x11.keys("alt+p")
    x11.wait_for(app, key_accepted)
    x11.wait_focus(app, "API key")
    x11.keys("Return")
    assert eventually(lambda: names() == ["Stripe (Test)"], 30), x11.output(app)
    assert key_given_to_scripts("Stripe (Test)") == digest(key)


def test_replace_key_by_keyboard(x11: X11Desktop, stripe: FakeStripe, api_base: str, cli: Cli) -> None:
    old = stripe.add_key(make_key(), account_id="acct_1DeskReplace001")
    new = stripe.add_key(make_key(), account_id="acct_1DeskReplace001")
    assert cli("connect", "--environment", "test", "--name", "Shop", stdin=old).code == 0
    app = x11.launch()
    x11.wait_window(app)
    x11.wait_for(app, lambda tree: tree.find("Replace key", role="push button"))
    x11.keys("alt+p")  # Re&place key…
    x11.wait_focus(app, "API key")
    x11.type(new)
    x11.wait_for(app, key_accepted)
    x11.keys("Return")
    assert eventually(lambda: key_given_to_scripts("Shop") == digest(new), 30), x11.output(app)
    assert names() == ["Shop"]


def test_the_import_page_by_keyboard(x11: X11Desktop, stripe: FakeStripe, api_base: str, home: Home) -> None:
    key = stripe.add_key(make_key("rk", length=40), display_name="Rocket Rides")
    write_stripe_config(key, make_key("rk", "live", length=40))
    app = x11.launch()
    x11.wait_window(app)
    x11.wait_for(app, lambda tree: tree.find("Import keys from this computer", role="push button"))
    x11.keys("alt+m")  # I&mport keys…: the import page scans off the window's thread
    x11.wait_for(app, lambda tree: any(n.enabled for n in tree.find("Import selected", role="push button")))
    x11.keys("alt+i")
    assert eventually(lambda: names() == ["Rocket Rides (Test)"], 30), x11.output(app)
    assert key_given_to_scripts("Rocket Rides (Test)") == digest(key)
    x11.keys("alt+c")  # &Close: the account's details
    x11.wait_for(app, lambda tree: tree.find("Verify now", role="push button"))
    stripe.reset_counts()
    x11.keys("alt+e")  # V&erify now
    assert eventually(lambda: stripe.count() >= 1, 20), "Alt+E (Verify now) checked nothing"


def test_the_background_mode_says_in_one_line_where_it_is(x11: X11Desktop, api_base: str) -> None:
    """Without a tray (openbox has none) nothing else shows that it runs: it says so, once."""
    app = x11.launch("--background")
    assert eventually(lambda: "in the background" in x11.output(app), 30), x11.output(app)
    said = [line for line in x11.output(app).splitlines() if line.strip() and not line.startswith("qt.")]
    assert said == ["linkwizard is checking your accounts in the background. Run linkwizard again to open its "
                    "window; Accounts › Quit there (or Quit in its tray icon) ends it."]
    assert x11.windows(app) == []

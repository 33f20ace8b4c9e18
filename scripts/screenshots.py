"""Render every wizard page, the success popup, an error and a populated panel to docs/images/.

Runs offscreen against the fake Stripe server from tests/ and a throwaway data folder.
Needs a Secret Service: run it with `scripts/screenshots.sh`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
home = tempfile.mkdtemp(prefix="linkwizard-shots-")
os.environ["HOME"] = home  # paths on the import page show as ~/...
for variable, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CONFIG_HOME", "config")):
    os.environ[variable] = str(Path(home) / sub)
# Only the fonts the project names (fonts-dejavu-core, README): the pictures are the same bytes
# on any machine with the README's packages, whatever else it has installed (ImageMagick with
# its recommended packages brings Noto Sans Mono, which Qt would otherwise prefer).
FONT_FOLDERS = ("/usr/share/fonts/truetype/dejavu",)
(Path(home) / "fonts.conf").write_text(
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
    + "".join(f"  <dir>{folder}</dir>\n" for folder in FONT_FOLDERS)
    + f"  <cachedir>{home}/fontconfig</cachedir>\n"
    + '  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n</fontconfig>\n')
os.environ["FONTCONFIG_FILE"] = str(Path(home) / "fonts.conf")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from support import fake_stripe as fs  # noqa: E402
from support.fake_stripe import FakeStripe, make_key  # noqa: E402

if TYPE_CHECKING:
    from linkwizard.gui.window import MainWindow
    from linkwizard.gui.wizard.link_wizard import LinkWizard

DARK = "--dark" in sys.argv[1:]
SCALED = "--scale2" in sys.argv[1:]  # 200 % (device pixel ratio 2): look for clipped text
if SCALED:
    os.environ["QT_SCALE_FACTOR"] = "2"
GERMAN = "--de" in sys.argv[1:]  # the German translation, to look at every screen in it
OUT = ROOT / "docs" / "images" / ("dark" if DARK else "scale200" if SCALED else "de" if GERMAN else "")
if "--out" in sys.argv[1:]:  # somewhere else (the test that regenerates and compares)
    OUT = Path(sys.argv[sys.argv.index("--out") + 1])


def settle(app: QApplication, milliseconds: int = 300) -> None:  # past Qt's fades (a clear button: 160 ms)
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    app.processEvents()


def wait_for(app: QApplication, condition: Callable[[], bool], seconds: float = 10) -> None:
    for _ in range(int(seconds * 20)):
        if condition():
            return
        settle(app, 50)
    raise TimeoutError("the window did not reach the expected state")


def shoot(widget: QWidget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def connect_in_new_wizard(window: MainWindow, key: str, name: str | None = None) -> LinkWizard:
    """A fresh wizard, Test Mode, straight through to the connection test with `key`."""
    window.start_wizard()
    wizard = window.wizard
    assert wizard is not None
    wizard.next()
    wizard.next()
    wizard.enter_key_page.key_edit.setText(key)
    if name:
        wizard.enter_key_page.name_edit.setText(name)
    wizard.next()
    return wizard


def shoot_import(app: QApplication, window: MainWindow, stripe: FakeStripe) -> None:
    """The import page, with what `stripe login` and a project's .env leave behind."""
    import datetime

    from linkwizard.secrets.plaintext import redact

    key = stripe.add_key(make_key("rk", "test", 99), account_id="acct_1LwFakeSandbx1", display_name="Rocket Sandbox")
    expires = (datetime.date.today() + datetime.timedelta(days=6)).isoformat()
    folder = Path(os.environ["XDG_CONFIG_HOME"]) / "stripe"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(
        '[default]\naccount_id = "acct_1LwFakeSandbx1"\ndisplay_name = "Rocket Sandbox"\n'
        f'live_mode_api_key = "{redact(make_key("rk", "live", 99))}"\n'
        f'test_mode_api_key = "{key}"\ntest_mode_key_expires_at = "{expires}"\n')
    project = Path(home) / "projects" / "shop"
    project.mkdir(parents=True)
    (project / ".env").write_text(f"STRIPE_SECRET_KEY={stripe.add_key(make_key('sk', 'test', 99))}\n")
    window.right.close_wizard()
    window.open_import()
    page = window.right.import_page
    assert page is not None
    wait_for(app, lambda: page.tree.topLevelItemCount() > 0)
    page._dotenv.append(str(project / ".env"))  # what "Add a .env file…" does after its file dialog
    page.scan()
    wait_for(app, lambda: page.tree.topLevelItemCount() == 3)
    settle(app)
    shoot(window, "11-import-keys")
    page.import_button.click()
    wait_for(app, lambda: page.retire_button.isVisible())
    settle(app)
    shoot(window, "12-import-done")


def shoot_organization_key(app: QApplication, window: MainWindow, stripe: FakeStripe) -> None:
    """An organization key (sk_org) with the account it acts on, then linked."""
    key = stripe.add_organization_key("sk_org_" + make_key("sk", "test", 99)[8:],
                                      {"acct_1LwFakeEuropeA": "Rocket Rides Europe"})
    window.right.close_import()
    window.start_wizard()
    wizard = window.wizard
    assert wizard is not None
    wizard.next()
    wizard.next()
    page = wizard.enter_key_page
    page.key_edit.setText(key)
    page.name_edit.setText("Rocket Rides Europe (Test)")
    page.context_edit.setText("acct_1LwFakeEuropeA")
    settle(app)
    shoot(window, "13-organization-key")
    wizard.next()
    wait_for(app, lambda: wizard.connect_page.account is not None)
    window.linked_message.accept()
    wizard.accept()
    settle(app)
    shoot(window, "14-organization-key-linked")


FIXED_NOW = "2026-12-01T10:00:00Z"  # every "last checked" and "linked" time in the pictures


def freeze_clock() -> None:
    """Fixed keys (a seeded generator) and a fixed clock: regenerating an unchanged screen
    changes no byte (tests/e2e/test_screenshots.py)."""
    from linkwizard.usecases import diagnostics, linking, managing, verifying

    fs.use_seed(2026)
    for module in (diagnostics, linking, managing, verifying):
        module.now_iso = lambda: FIXED_NOW  # type: ignore[attr-defined]


def main() -> int:
    freeze_clock()
    stripe = FakeStripe().start()
    os.environ["LINKWIZARD_API_BASE"] = stripe.url
    os.environ["LINKWIZARD_SEND_LIVE_KEYS_TO_API_BASE"] = "1"  # its keys are fake
    from linkwizard.gui.app import build_services, create_application
    from linkwizard.gui.window import MainWindow

    app = create_application(["linkwizard"])
    app.setCursorFlashTime(0)  # a text cursor that never blinks: the same pixels at every run
    if GERMAN:
        from linkwizard.gui.app import install_translations

        install_translations(app, "de")
    if DARK:
        from linkwizard.gui.common.style import dark_palette

        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    QCoreApplication.setOrganizationName("linkwizard-screenshots")
    services, problem = build_services()
    window = MainWindow(services, problem, verify_at_launch=False)
    # The pictures show the app as people use it, talking to Stripe: the fake server's
    # "not connected to Stripe" banner is left out of them.
    window.api_base_banner.hide()
    window.resize(1000, 640)
    window.show()
    window.load_accounts()
    wait_for(app, lambda: window.wizard is not None)
    wizard = window.wizard
    assert wizard is not None
    settle(app)
    shoot(window, "01-choose-environment")
    wizard.next()
    settle(app)
    shoot(window, "02-find-your-key")
    page = wizard.find_key_page
    page.create_radio.setChecked(True)
    for scope in ("invoices", "subscriptions", "products"):
        page.scope_boxes[scope].setChecked(True)
    settle(app)
    shoot(window, "02b-create-restricted-key")
    page.secret_radio.setChecked(True)
    wizard.next()
    live_key = make_key("sk", "live", 99)
    wizard.enter_key_page.key_edit.setText(live_key)
    settle(app)
    shoot(window, "03-enter-key-wrong-environment")
    key = stripe.add_key(make_key("sk", "test", 99), account_id="acct_1LwFakeRocket01", display_name="Rocket Rides",
                         customers=[fs.Reply(delay=1.5, body=fs.customers_list().body)])
    wizard.enter_key_page.key_edit.setText(key)
    wizard.enter_key_page.name_edit.setText("Rocket Rides (Test)")
    settle(app)
    shoot(window, "04-enter-key")
    wizard.next()
    settle(app, 400)
    shoot(window, "05-connecting")
    wait_for(app, lambda: wizard.connect_page.account is not None)
    settle(app)
    box = window.linked_message
    shoot(box, "06-linked-popup")
    box.accept()
    settle(app)
    wizard.accept()
    settle(app)

    reporting = stripe.add_key(make_key("rk", "test"), can_read={
        "/v1/customers", "/v1/charges", "/v1/invoices", "/v1/subscriptions", "/v1/balance"})
    wizard = connect_in_new_wizard(window, reporting, "Revenue report")
    wait_for(app, lambda: wizard.connect_page.account is not None)
    window.linked_message.accept()
    settle(app, 300)
    shoot(window, "09-restricted-key-checklist")
    wizard.accept()
    settle(app)

    bad = make_key("rk", "test")
    stripe.add_key(bad, customers=fs.missing_permission(bad, "rak_customer_read"))
    wizard = connect_in_new_wizard(window, bad)
    wait_for(app, lambda: wizard.connect_page.problem is not None)
    settle(app)
    shoot(window, "07-error-missing-permission")
    wizard.reject()
    settle(app)

    for name, kind, mode, replies in (
        ("Payouts bot", "rk", "live", {}),
        ("Old staging key", "sk", "test", {"customers": fs.expired_key}),
        ("Reporting", "rk", "test", {}),
    ):
        extra = make_key(kind, mode)
        stripe.add_key(extra, display_name=None)
        from linkwizard.domain.keys import Environment
        from linkwizard.usecases import linking
        from linkwizard.usecases.linking import LinkRequest

        environment = Environment.PRODUCTION if mode == "live" else Environment.TEST
        assert services is not None
        linking.link(LinkRequest(extra, environment, name), services)
        for path, reply in replies.items():
            stripe.add_key(extra, **{path: reply(extra)})
    window.model.set_accounts(services.store.load())
    window.controller.verify(window.model.accounts())
    wait_for(app, lambda: window.controller.runner.running() == 0)
    settle(app)
    window.panel.select(window.model.accounts()[3].id)
    settle(app)
    shoot(window, "08-accounts-panel")
    window.start_wizard(replacing=window.model.accounts()[3])
    replacing = window.wizard
    assert replacing is not None
    replacing.enter_key_page.key_edit.setText(make_key("rk", "test"))
    settle(app)
    shoot(window, "10-replace-key")
    shoot_import(app, window, stripe)
    shoot_organization_key(app, window, stripe)
    window.close()
    stripe.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

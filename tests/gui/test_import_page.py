"""The window's import page: real Stripe CLI and .env files in the test's HOME, the real
window on the offscreen platform, the fake Stripe server and the real keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from linkwizard.gui.imports.page import KEY, RESULT, ImportPage
from linkwizard.gui.window import MainWindow
from linkwizard.secrets.os_keyring import SERVICE
from linkwizard.secrets.plaintext import redact
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import click, open_window, services_for
from support.sandbox import Home
from support.stripe_cli import write_stripe_config


def open_import(qtbot: QtBot, window: MainWindow) -> ImportPage:
    action = window.findChild(QAction, "importKeysAction")
    assert action is not None
    action.trigger()
    page = window.right.import_page
    assert page is not None
    assert window.right.currentWidget() is page
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0 or "No Stripe keys" in page.summary.text(),
                    timeout=5000)
    return page


def answer_yes() -> list[str]:
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QMessageBox)
        seen.append(dialog.text())
        dialog.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(100, act)
    return seen


def test_the_first_run_offers_the_import_and_the_page_links_and_retires(
        qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key("rk", length=40), display_name=None)
    config = write_stripe_config(key, make_key("rk", "live", length=40))
    window = open_window(qtbot, api_base)
    # The empty list says keys were found, after a scan off the UI thread.
    qtbot.waitUntil(lambda: window.panel.import_button.isVisible(), timeout=5000)
    assert "found a Stripe key" in window.panel.found_text.text()  # the redacted one cannot be imported
    click(qtbot, window.panel.import_button)
    page = window.right.import_page
    assert page is not None
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2, timeout=5000)
    test_row, live_row = page.tree.topLevelItem(0), page.tree.topLevelItem(1)
    assert test_row is not None
    assert live_row is not None
    assert test_row.text(KEY) == f"rk_test_...{key[-4:]}"
    assert test_row.checkState(KEY) == Qt.CheckState.Checked
    assert not live_row.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Redacted" in live_row.text(RESULT)
    for row in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(row)
        assert item is not None
        assert all(key not in item.text(c) for c in range(4))

    click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: page.retire_button.isVisible(), timeout=10000)
    assert test_row.text(RESULT) == "Linked as \u201cRocket Rides (Test)\u201d"
    [account] = window.model.accounts()
    assert account.name == "Rocket Rides (Test)"
    assert account.key_expires_at == "2030-01-01"
    assert keyring.get_password(SERVICE, account.id) == key
    assert "linkwizard exec 'Rocket Rides (Test)' -- stripe customers list" in page.summary.text()
    assert key in config.read_text()  # nothing retired until asked

    seen = answer_yes()
    click(qtbot, page.retire_button)
    qtbot.waitUntil(lambda: "Plaintext copies removed: 1" in page.summary.text(), timeout=5000)
    assert seen
    assert str(config) in seen[0]
    assert key not in config.read_text()
    assert redact(key) in config.read_text()
    click(qtbot, page.close_button)
    assert window.right.import_page is None


def test_a_refused_key_shows_why_and_the_import_can_be_cancelled(qtbot: QtBot, stripe: FakeStripe,
                                                                api_base: str, tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    good = stripe.add_key(make_key())
    dotenv.write_text(f"STRIPE_A={make_key()}\nSTRIPE_B={good}\n")  # the first is unknown to Stripe: 401
    window = open_window(qtbot, api_base)
    page = open_import(qtbot, window)
    page._dotenv.append(str(dotenv))  # what "Add a .env file…" does after its file dialog
    click(qtbot, page.rescan_button)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2, timeout=5000)
    click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: "refused 1" in page.summary.text(), timeout=10000)
    first = page.tree.topLevelItem(0)
    assert first is not None
    assert first.text(RESULT).startswith("Refused: Stripe did not accept")
    assert [a.name for a in services_for(api_base).store.load()] == [f"{tmp_path.name} STRIPE_B (Test)"]
    assert good in dotenv.read_text()  # nothing retired unasked

    # Cancel while a key is being tested: nothing more is linked.
    stripe.latency = 3.0
    slow = stripe.add_key(make_key())
    dotenv.write_text(f"STRIPE_C={slow}\n")
    click(qtbot, page.rescan_button)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 1 and page.import_button.isEnabled(), timeout=5000)
    click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: bool(stripe.requests) and stripe.requests[-1].authorization == f"Bearer {slow}",
                    timeout=5000)
    assert page.close_button.text() == "Cancel"
    click(qtbot, page.close_button)
    qtbot.waitUntil(lambda: page.close_button.text() == "&Close", timeout=5000)
    assert len(services_for(api_base).store.load()) == 1


def test_the_import_page_in_german(german: None, qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    from support.german import assert_german

    key = stripe.add_key(make_key())
    write_stripe_config(key, make_key("rk", "live", length=40))
    window = open_window(qtbot, api_base)
    qtbot.waitUntil(lambda: window.panel.import_button.isVisible(), timeout=5000)
    assert_german("the empty list offering the import", window)
    page = open_import(qtbot, window)
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() == 2, timeout=5000)
    assert page.import_button.text() == "Auswahl &importieren"
    assert_german("import page (found)", window)
    click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: page.retire_button.isVisible(), timeout=10000)
    assert_german("import page (imported)", window)
    seen = answer_yes()
    click(qtbot, page.retire_button)
    qtbot.waitUntil(lambda: "Entfernte Klartext-Kopien: 1" in page.summary.text(), timeout=5000)
    assert seen
    assert "durch Hinweise ersetzen" in seen[0]
    assert_german("import page (retired)", window)


def test_a_known_expiry_shows_from_two_weeks_before_and_an_expired_key_is_flagged_without_a_request(
        qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    import datetime

    from linkwizard.domain.keys import Environment
    from linkwizard.usecases import linking

    today = datetime.date.today()
    services = services_for(api_base)
    for name, days in (("soon", 3), ("later", 30), ("gone", -1)):
        request = linking.LinkRequest(stripe.add_key(make_key()), Environment.TEST, name,
                                      key_expires_at=(today + datetime.timedelta(days=days)).isoformat())
        linking.link(request, services)
    stripe.reset_counts()
    window = open_window(qtbot, api_base)
    by_name = {a.name: a for a in window.model.accounts()}
    window.panel.select(by_name["soon"].id)
    qtbot.waitUntil(lambda: window.details.title.text() == "soon")
    assert window.details.values["hint"].text().endswith("Key expires in 3 days")
    window.panel.select(by_name["later"].id)
    qtbot.waitUntil(lambda: window.details.title.text() == "later")
    assert "expires" not in window.details.values["hint"].text()
    assert [a.name for a in window.panel.needing_attention()] == ["gone"]
    assert window.panel.banner.isVisible()
    assert "gone" in window.panel.banner_text.text()
    assert stripe.requests == []  # known from the date alone


def _retire_after_the_key_was_lost(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> tuple[ImportPage, Path, str]:
    key = stripe.add_key(make_key("rk", length=40), display_name=None)
    config = write_stripe_config(key, make_key("rk", "live", length=40))
    window = open_window(qtbot, api_base)
    page = open_import(qtbot, window)
    click(qtbot, page.import_button)
    qtbot.waitUntil(lambda: page.retire_button.isVisible(), timeout=10000)
    [account] = window.model.accounts()
    keyring.delete_password(SERVICE, account.id)  # the keyring entry is lost meanwhile
    answer_yes()
    click(qtbot, page.retire_button)
    qtbot.waitUntil(lambda: str(config) in page.summary.text(), timeout=5000)
    return page, config, key


def test_the_window_checks_the_keyring_again_before_it_removes_a_plaintext_copy(
        qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    """Between *Import* and *Remove the plaintext copies* the account can go (the review's F11):
    the file then keeps its copy, the only one left, and the page says why."""
    page, config, key = _retire_after_the_key_was_lost(qtbot, stripe, api_base)
    assert key in config.read_text()
    assert f"A plaintext copy was kept. {config} may hold the only copy left" in page.summary.text()
    assert "Plaintext copies removed" not in page.summary.text()
    assert key not in page.summary.text()


def test_a_copy_left_as_it_was_is_told_in_german(german: None, qtbot: QtBot, stripe: FakeStripe,
                                                 api_base: str) -> None:
    """The reason a file was left alone is the page's language too (it was English)."""
    page, config, _ = _retire_after_the_key_was_lost(qtbot, stripe, api_base)
    assert f"Eine Klartext-Kopie wurde behalten. {config} enthält vielleicht die letzte Kopie" in page.summary.text()
    assert "was kept" not in page.summary.text()


def test_a_path_that_looks_like_markup_is_shown_as_written(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                           home: Home, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file's path is anyone's choice: its tooltip shows it as written, never as markup."""
    from linkwizard.gui.imports.page import SOURCE

    odd = home.root / "<b>config"
    odd.mkdir()
    monkeypatch.setenv("XDG_CONFIG_HOME", str(odd))
    write_stripe_config(stripe.add_key(make_key("rk", length=40)), make_key("rk", "live", length=40))
    window = open_window(qtbot, api_base)
    page = open_import(qtbot, window)
    tip = page.tree.topLevelItem(0).toolTip(SOURCE)
    assert "&lt;b&gt;config" in tip
    assert "<b>" not in tip

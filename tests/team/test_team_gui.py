"""The team vault in the window (real widgets, offscreen) against a real `bao server -dev`:
settings and login, linking into the vault, the side panel's team badge, adding from the
vault, sharing, the banner when the login has expired, and removing."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.keys import Environment
from linkwizard.gui.team.vault_dialog import TeamVaultDialog
from linkwizard.gui.window import MainWindow
from linkwizard.usecases import linking, team
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.team import config as team_config_file
from support.fake_stripe import FakeStripe, make_key
from support.german import assert_german
from support.gui_helpers import (
    add_from_team,
    answer,
    click,
    go_to_key_page,
    open_window,
    services_for,
    windows_shown,
    wizard_button,
)
from support.sandbox import Cli
from support.team_vault import TeamVault, log_in


def team_dialog(qtbot: QtBot, window: MainWindow) -> TeamVaultDialog:
    window.team.open_vault()
    dialog = window.team.vault_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=10000)
    return dialog


def test_set_up_log_in_and_link_into_the_team_vault(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                    vault: TeamVault) -> None:
    window = open_window(qtbot, api_base)
    dialog = team_dialog(qtbot, window)
    assert "No team vault is set up yet" in dialog.state.text()
    dialog.address_edit.setText(vault.address)
    dialog.mount_edit.setText(vault.mount)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.progress.isVisible() and "reachable" in dialog.state.text(), timeout=10000)
    assert window.controller is not None
    assert window.controller.team.settings is not None
    dialog.token_edit.setText(vault.admin_token)
    click(qtbot, dialog.login_button)
    qtbot.waitUntil(lambda: "Logged in as token-alice" in dialog.state.text(), timeout=10000)
    assert dialog.token_edit.text() == ""  # not kept in the widget
    _save(dialog, "team-vault-dialog.png")
    dialog.close()

    key = stripe.add_key(make_key(), account_id="acct_1LwTeamGui00001")
    window.start_wizard()
    go_to_key_page(qtbot, window, Environment.TEST)
    page = window.wizard.enter_key_page
    assert page.keep_team_radio.isVisible()
    assert vault.address in page.keep_team_radio.text()
    qtbot.keyClicks(page.key_edit, key)
    page.name_edit.setText("Team Shop")
    click(qtbot, page.keep_team_radio)
    _save(window, "team-enter-key.png")
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=15000)
    account = window.model.accounts()[0]
    assert account.in_team_vault
    assert account.team_version == 1
    assert vault.entry("Team Shop")[1]["data"]["data"] == {"api_key": key}
    assert "team vault" in window.wizard.connect_page.success.text()
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        box.accept()


def test_add_from_team_chosen_at_launch_waits_for_the_settings(qtbot: QtBot, api_base: str,
                                                               logged_in: TeamVault) -> None:
    """The menu chosen before the settings are read opens the list, not the settings dialog
    (CI once saw the settings dialog because the settings had not been read yet)."""
    window = MainWindow(services_for(api_base))
    qtbot.addWidget(window)
    window.show()
    window.load_accounts()
    window.team.open_add()  # the settings are read off the window's thread: not yet known
    qtbot.waitUntil(lambda: window.team.add_dialog is not None, timeout=10000)
    assert window.team.vault_dialog is None
    window.team.add_dialog.close()


def test_a_launch_with_a_team_vault_shows_one_window(qtbot: QtBot, api_base: str, logged_in: TeamVault) -> None:
    """From the first paint to the key page offering the vault, the main window is the only
    window: on a real desktop any other one, even for a moment, takes the focus from it."""
    with windows_shown() as shown:
        window = open_window(qtbot, api_base)
        qtbot.waitUntil(lambda: window.controller is not None and window.controller.team.settings is not None,
                        timeout=10000)
        go_to_key_page(qtbot, window, Environment.TEST)
        assert window.wizard is not None
        assert window.wizard.enter_key_page.keep_team_radio.isVisible()
    assert shown == ["mainWindow"]


def test_add_from_the_team_vault_and_the_badge(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                               cli: Cli, logged_in: TeamVault) -> None:
    for name in ("Shop A", "Shop B"):
        key = stripe.add_key(make_key())
        assert cli("connect", "--environment", "test", "--name", name, "--store", "team", stdin=key).code == 0
        assert cli("remove", name, "--yes").code == 0  # in the vault, not linked here
    window = open_window(qtbot, api_base)
    dialog = add_from_team(qtbot, window)
    qtbot.waitUntil(lambda: dialog.entries.count() == 2, timeout=10000)
    assert "2 keys in the team vault; 2 not linked here yet" in dialog.summary.text()
    _save(dialog, "add-from-team.png")
    click(qtbot, dialog.add_button)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=15000)
    qtbot.waitUntil(lambda: "Added 2 accounts" in dialog.summary.text(), timeout=10000)
    dialog.close()
    assert {a.name for a in window.model.accounts()} == {"Shop A", "Shop B"}
    assert all(a.in_team_vault for a in window.model.accounts())
    _save(window.panel, "team-panel.png")
    accessible = window.model.data(window.model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert "in the team vault (version 1)" in accessible
    first = window.model.accounts()[0]
    # The wizard that opened because nothing was linked gave way to the added accounts.
    qtbot.waitUntil(lambda: window.wizard is None and window.details is not None
                    and window.details.account is not None, timeout=5000)
    window.panel.select(first.id)
    qtbot.waitUntil(lambda: window.details is not None and window.details.account == first, timeout=5000)
    assert window.details is not None
    assert window.details.values["store"].text().startswith("The team vault, version 1\n")
    assert not window.details.share_button.isVisible()
    _save(window, "team-window.png")


def test_share_and_remove_from_the_team_vault(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                              logged_in: TeamVault) -> None:
    key = stripe.add_key(make_key())
    linking.link(LinkRequest(key, Environment.TEST, "Ops"), services_for(api_base))
    window = open_window(qtbot, api_base)
    details = window.details
    assert details is not None
    qtbot.waitUntil(lambda: details.share_button.isVisible(), timeout=5000)
    said = answer(QMessageBox.StandardButton.Yes)
    click(qtbot, details.share_button)
    qtbot.waitUntil(lambda: window.model.accounts()[0].in_team_vault, timeout=10000)
    assert "Move the key of “Ops” into the team vault" in said[0]
    assert logged_in.entry("Ops")[1]["data"]["data"] == {"api_key": key}
    qtbot.waitUntil(lambda: not details.share_button.isVisible(), timeout=5000)

    said = answer(QMessageBox.StandardButton.Yes, tick=True)
    click(qtbot, details.remove_button)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=10000)
    assert "The key stays in the team vault" in said[0]
    assert logged_in.entry("Ops")[0] == 404  # ticked: deleted there too


def test_an_expired_login_shows_a_banner_with_log_in(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                     cli: Cli, vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    assert cli("connect", "--environment", "test", "--name", "Shop", "--store", "team",
               stdin=stripe.add_key(make_key())).code == 0
    services = services_for(api_base)
    settings = team.team_settings(services)
    services.keyring.store_token(settings.address, team.StoredLogin(
        token=vault.admin_token, expires_at=1.0, renewable=False, lifetime=60, display_name="alice").to_text())
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(lambda: window.team.banner.isVisible(), timeout=10000)
    assert "Your team vault login has expired" in window.team.banner.label.text()
    _save(window, "team-banner.png")
    click(qtbot, window.team.banner.button)
    dialog = window.team.vault_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: "Your team vault login has expired" in dialog.state.text(), timeout=10000)
    dialog.token_edit.setText(vault.admin_token)
    click(qtbot, dialog.login_button)
    qtbot.waitUntil(lambda: not window.team.banner.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: "Logged in as" in dialog.state.text(), timeout=10000)
    dialog.close()


def test_the_browser_login_can_be_cancelled(qtbot: QtBot, api_base: str, oidc_vault: TeamVault,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER", "true")  # a browser that never comes back
    team_config = {"address": oidc_vault.address, "mount": oidc_vault.mount, "prefix": "stripe"}
    team_config_file(services_for(api_base)).set_section("team", team_config)
    window = open_window(qtbot, api_base)
    dialog = team_dialog(qtbot, window)
    dialog.method_box.setCurrentIndex(2)
    click(qtbot, dialog.login_button)
    qtbot.waitUntil(lambda: dialog.cancel_button.isVisible(), timeout=5000)
    qtbot.wait(300)  # negative: the wait for the browser goes on until Cancel
    assert dialog.progress.isVisible()
    assert "Finish the login in your browser" in dialog.state.text()
    click(qtbot, dialog.cancel_button)
    assert dialog.state.text() == "Cancelled."
    assert not dialog.progress.isVisible()
    job = dialog._job
    assert job is not None
    qtbot.waitUntil(lambda: not job.is_running(), timeout=1000)  # the wait ends within a second
    dialog.close()


def _save(widget: QWidget, name: str) -> None:
    """With LINKWIZARD_SHOTS set, each screen as a picture there (to look at while building it)."""
    folder = os.environ.get("LINKWIZARD_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def test_the_team_screens_in_german(german: None, qtbot: QtBot, stripe: FakeStripe, api_base: str, cli: Cli,
                                    vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    assert cli("connect", "--environment", "test", "--name", "Laden", "--store", "team",
               stdin=stripe.add_key(make_key())).code == 0
    services = services_for(api_base)
    services.keyring.store_token(vault.address, team.StoredLogin(
        token=vault.admin_token, expires_at=1.0, renewable=False, lifetime=60, display_name="alice").to_text())
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(lambda: window.team.banner.isVisible(), timeout=10000)
    assert window.team.banner.label.text() == "Ihre Anmeldung beim Team-Tresor ist abgelaufen."
    assert_german("the window with a team account and the banner", window)
    click(qtbot, window.team.banner.button)
    dialog = window.team.vault_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.progress.isVisible(), timeout=10000)
    assert_german("the team vault dialog", dialog)
    _save(dialog, "team-vault-dialog-de.png")
    dialog.token_edit.setText(vault.admin_token)
    click(qtbot, dialog.login_button)
    qtbot.waitUntil(lambda: "Angemeldet als" in dialog.state.text(), timeout=10000)
    assert_german("the team vault dialog, logged in", dialog)
    state = dialog.state.text()
    assert "lesen" in state  # the capability in German, not the vault's "read"
    assert re.search(r"\d+\u00a0(h|min)", state), "a number and its unit are never broken apart"
    dialog.close()
    assert cli("remove", "Laden", "--yes").code == 0
    adding = add_from_team(qtbot, window)
    qtbot.waitUntil(lambda: adding.entries.count() == 1, timeout=10000)
    assert_german("add from the team vault", adding)
    adding.close()

"""What the desktop walk of 2026-12 found in the window around the team vault, against a real
`bao server -dev`: a wizard opened before the vault was set up, a refused replacement, a name
taken in the vault, and the times and names those messages show."""

from __future__ import annotations

import os
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.keys import Environment
from linkwizard.domain.problems import ProblemKind, problem
from linkwizard.gui.window import MainWindow
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import add_from_team, answer, click, go_to_key_page, open_window, wizard_button
from support.sandbox import Cli
from support.team_vault import TeamVault, log_in

RAW_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")  # RFC 3339 as the vault sends it


def refused(qtbot: QtBot, window: MainWindow) -> None:
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.problem is not None, timeout=15000)


def test_a_wizard_open_before_the_vault_was_set_up_offers_it_at_once(qtbot: QtBot, api_base: str, cli: Cli,
                                                                     vault: TeamVault) -> None:
    window = open_window(qtbot, api_base)  # the first run: the wizard is open
    go_to_key_page(qtbot, window, Environment.TEST)
    wizard = window.wizard
    assert wizard is not None
    page = wizard.enter_key_page
    assert not page.keep_team_radio.isVisible()
    window.team.open_vault()
    dialog = window.team.vault_dialog
    assert dialog is not None
    dialog.address_edit.setText(vault.address)
    dialog.mount_edit.setText(vault.mount)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: page.keep_team_radio.isVisible(), timeout=10000)  # the same wizard
    assert vault.address in page.keep_team_radio.text()
    assert window.wizard is wizard
    dialog.close()


def test_a_refused_replacement_says_so_once_and_offers_no_retry(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                                cli: Cli, vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    old = stripe.add_key(make_key(), account_id="acct_1TeamRefused001")
    assert cli("connect", "--environment", "test", "--name", "Shop", "--store", "team", stdin=old).code == 0
    log_in(cli, vault, vault.token(["read", "list"], name="carol"))  # read-only from now on
    window = open_window(qtbot, api_base)
    requests_before = stripe.count()
    window.start_wizard(replacing=window.model.accounts()[0])
    wizard = window.wizard
    assert wizard is not None
    qtbot.keyClicks(wizard.enter_key_page.key_edit, stripe.add_key(make_key(), account_id="acct_1TeamRefused001"))
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    refused(qtbot, window)
    page = wizard.connect_page
    assert page.subTitle() == "The key was not replaced. The account keeps the key it had."
    assert "does not allow" in page.error_title.text()
    assert not page.retry_button.isVisible(), "trying again cannot help a read-only policy"
    assert not isinstance(QApplication.activeModalWidget(), QDialog), "said a second time in a dialog"
    assert stripe.count() == requests_before, "refused before any request to Stripe"


def test_replacing_a_team_key_says_it_is_saved_in_the_team_vault(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                                 cli: Cli, logged_in: TeamVault) -> None:
    """The saving stage's words follow where the key goes: a team account's new key goes to the
    team vault (it said "your keyring" before: the wizard pushed a flag only a new account set)."""
    from linkwizard.usecases.services import Stage

    key = stripe.add_key(make_key(), account_id="acct_1TeamStageWords")
    assert cli("connect", "--environment", "test", "--name", "Shop", "--store", "team", stdin=key).code == 0
    window = open_window(qtbot, api_base)
    window.start_wizard(replacing=window.model.accounts()[0])
    wizard = window.wizard
    assert wizard is not None
    wizard.connect_page._show_stage(Stage.SAVING)
    assert wizard.connect_page.stage.text() == "Saving the key in the team vault…"
    wizard.reject()
    qtbot.waitUntil(lambda: window.wizard is None, timeout=5000)
    window.start_wizard()  # a new account, kept on this computer unless the person chooses the vault
    assert window.wizard is not None
    window.wizard.connect_page._show_stage(Stage.SAVING)
    assert window.wizard.connect_page.stage.text() == "Saving the key in your keyring…"


def test_a_name_taken_in_the_vault_offers_to_add_that_one(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                          cli: Cli, vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    assert cli("connect", "--environment", "test", "--name", "Shop", "--store", "team",
               stdin=stripe.add_key(make_key())).code == 0
    assert cli("remove", "Shop", "--yes").code == 0  # still in the vault
    window = open_window(qtbot, api_base)
    go_to_key_page(qtbot, window, Environment.TEST)
    wizard = window.wizard
    assert wizard is not None
    page = wizard.enter_key_page
    qtbot.keyClicks(page.key_edit, stripe.add_key(make_key()))
    page.name_edit.setText("Shop")
    click(qtbot, page.keep_team_radio)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    refused(qtbot, window)
    connect = wizard.connect_page
    advice = connect.error_advice.text()
    assert "linkwizard " not in advice, "the window names a command"
    assert advice.startswith("Written by you at "), advice  # this login wrote it
    assert not RAW_STAMP.search(advice), advice
    assert re.search(r"at \d{4}-\d\d-\d\d \d\d:\d\d\.", advice), advice
    assert connect.team_button.isVisible()
    assert connect.team_button.text() == "&Add it from the team vault…"
    click(qtbot, connect.team_button)
    qtbot.waitUntil(lambda: window.team.add_dialog is not None
                    and window.team.add_dialog.isVisible(), timeout=5000)
    window.team.add_dialog.close()


def test_where_keys_live_is_told_truly_once_a_team_vault_is_set_up(qtbot: QtBot, api_base: str, cli: Cli,
                                                                   vault: TeamVault) -> None:
    window = open_window(qtbot, api_base)
    window.show_about()
    assert "Keys are kept only in your system keyring." in window.about_message.informativeText()
    window.about_message.accept()
    log_in(cli, vault, vault.admin_token)
    window.close()
    window = open_window(qtbot, api_base)
    qtbot.waitUntil(lambda: window.controller is not None and window.controller.team.settings is not None,
                    timeout=10000)
    window.show_about()
    about = window.about_message.informativeText()
    assert "the keys of team accounts in the team vault at" in about
    assert f'<span style="white-space:nowrap">{vault.address}</span>' in about  # never broken mid-word
    window.about_message.accept()
    wizard = window.wizard
    assert wizard is not None
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    assert "or in the team vault if you choose that" in wizard.find_key_page.steps.text()


def test_a_refused_share_leaves_no_stale_status(qtbot: QtBot, stripe: FakeStripe, api_base: str, cli: Cli,
                                                vault: TeamVault) -> None:
    assert cli("connect", "--environment", "test", "--name", "Carol sandbox",
               stdin=stripe.add_key(make_key())).code == 0
    log_in(cli, vault, vault.token(["read", "list"], name="carol"))
    window = open_window(qtbot, api_base)
    details = window.details
    assert details is not None
    qtbot.waitUntil(lambda: details.share_button.isVisible(), timeout=10000)
    # A click before the window knows the policy (it asks the vault after the first paint):
    # the vault refuses, and the status bar must not go on saying the key is being moved.
    assert window.controller is not None
    qtbot.waitUntil(lambda: window.controller is not None and window.controller.team.may_write is False,
                    timeout=10000)
    details.set_team_writes(None)
    answer(QMessageBox.StandardButton.Yes)
    click(qtbot, details.share_button)
    qtbot.waitUntil(lambda: getattr(window, "problem_message", None) is not None
                    and window.problem_message.isVisible(), timeout=10000)
    assert "does not allow" in window.problem_message.text()
    assert window.statusBar().currentMessage() == "", "a stale “Moving the key…”"
    window.problem_message.accept()


MARKUP = '<a href="https://example.com/steal">click</a><h2>Bob</h2>'


def labels_with_markup_rendered(*roots: QWidget) -> list[str]:
    """Visible labels that hold the injected markup and would render it (not plain text)."""
    found = []
    for root in roots:
        for label in root.findChildren(QLabel):
            if label.isVisible() and ("<h2>" in label.text() or "<a href" in label.text()) \
                    and label.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"{label.objectName()}: {label.text()}")
    return found


def test_a_teammates_text_is_never_markup(qtbot: QtBot, stripe: FakeStripe, api_base: str, cli: Cli,
                                          vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    key = stripe.add_key(make_key())
    assert cli("connect", "--environment", "test", "--name", "Shop", "--store", "team", stdin=key).code == 0
    assert cli("remove", "Shop", "--yes").code == 0
    # A teammate with write access rewrites the entry's metadata: who wrote it is now markup.
    vault.bao.ok("POST", f"{vault.mount}/metadata/stripe/Shop", {"custom_metadata": {
        "environment": "test", "key_hint": f"sk_test_...{key[-4:]}", "updated_by": MARKUP, "linked_by": MARKUP}})
    window = open_window(qtbot, api_base)
    adding = add_from_team(qtbot, window)
    qtbot.waitUntil(lambda: adding.entries.count() == 1, timeout=10000)
    row = adding.entries.item(0).text()
    assert "by a teammate" in row, row  # a name that is not plainly a name is not shown
    assert "<" not in row
    assert labels_with_markup_rendered(adding) == []
    adding.close()
    # The name taken: the refusal names the writer, and a problem box shows its values as text.
    go_to_key_page(qtbot, window, Environment.TEST)
    wizard = window.wizard
    assert wizard is not None
    qtbot.keyClicks(wizard.enter_key_page.key_edit, stripe.add_key(make_key()))
    wizard.enter_key_page.name_edit.setText("Shop")
    click(qtbot, wizard.enter_key_page.keep_team_radio)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    refused(qtbot, window)
    assert wizard.connect_page.error_advice.text().startswith("Written by a teammate at ")
    window.show_problem(problem(ProblemKind.TEAM_CONFLICT, values={"by": MARKUP, "at": MARKUP, "version": "2"}))
    box = window.problem_message
    assert MARKUP in box.text()  # shown literally ...
    assert box.textFormat() == Qt.TextFormat.PlainText  # ... never rendered, so no link to click
    assert labels_with_markup_rendered(window, box) == []
    box.accept()
    # An account whose name and Stripe business name are markup: its details, the panel's
    # banner and the remove question show them as written.
    wizard.reject()
    odd_key = stripe.add_key(make_key(), display_name=MARKUP)
    assert cli("connect", "--environment", "test", "--name", "<b>Odd</b> & Co", stdin=odd_key).code == 0
    stripe.add_key(odd_key, customers=fs.invalid_key(odd_key))
    window.close()
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(window.panel.banner.isVisible, timeout=10000)
    odd = next(a for a in window.model.accounts() if a.name.startswith("<b>"))
    window.panel.select(odd.id)
    details = window.details
    qtbot.waitUntil(lambda: details is not None and details.account is not None and details.account.id == odd.id,
                    timeout=5000)
    assert labels_with_markup_rendered(window) == []
    assert "&lt;b&gt;" in window.panel.banner_text.text()  # the banner's own bold, the name escaped
    seen = answer(QMessageBox.StandardButton.Cancel)
    assert details is not None
    click(qtbot, details.remove_button)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "<b>Odd</b> & Co" in seen[0]


def test_a_read_only_login_is_not_offered_what_could_only_fail(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                              cli: Cli, vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    assert cli("connect", "--environment", "test", "--name", "Team shop", "--store", "team",
               stdin=stripe.add_key(make_key())).code == 0
    assert cli("connect", "--environment", "test", "--name", "Mine", stdin=stripe.add_key(make_key())).code == 0
    log_in(cli, vault, vault.token(["read", "list"], name="carol"))
    window = open_window(qtbot, api_base)
    details = window.details
    assert details is not None
    controller = window.controller
    assert controller is not None
    qtbot.waitUntil(lambda: controller.team.may_write is False, timeout=10000)
    by_name = {a.name: a for a in window.model.accounts()}
    window.panel.select(by_name["Team shop"].id)
    qtbot.waitUntil(lambda: details.account is not None and details.account.name == "Team shop", timeout=5000)
    assert not details.replace_button.isEnabled()
    assert "does not allow writing" in details.replace_button.toolTip()
    window.panel.select(by_name["Mine"].id)
    qtbot.waitUntil(lambda: details.account is not None and details.account.name == "Mine", timeout=5000)
    assert details.share_button.isVisible()
    assert not details.share_button.isEnabled()
    assert details.replace_button.isEnabled()  # a keyring account's key is this person's to replace
    # Logged in again with a policy that may write: offered again.
    log_in(cli, vault, vault.admin_token)
    controller.team.ask_writes()
    qtbot.waitUntil(lambda: details.share_button.isEnabled(), timeout=10000)


def test_a_teammates_replacement_is_named_in_the_window(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                        cli: Cli, vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    account_id = "acct_1TeamReplaced01"
    assert cli("connect", "--environment", "test", "--name", "Shop", "--store", "team",
               stdin=stripe.add_key(make_key(), account_id=account_id)).code == 0
    window = open_window(qtbot, api_base)
    controller = window.controller
    assert controller is not None
    new = stripe.add_key(make_key(), account_id=account_id)
    vault.bao.ok("POST", f"{vault.mount}/data/stripe/Shop", {"data": {"api_key": new}})  # Bob, elsewhere
    vault.bao.ok("POST", f"{vault.mount}/metadata/stripe/Shop", {"custom_metadata": {
        "environment": "test", "key_hint": f"sk_test_...{new[-4:]}", "updated_by": "token-bob"}})
    controller.verify(window.model.accounts())
    qtbot.waitUntil(lambda: window.team.change_notice.isVisible(), timeout=15000)
    said = window.team.change_notice.label.text()
    assert said.startswith("The key of “Shop” was replaced in the team vault by token-bob at 20"), said
    assert f"version 2, sk_test_...{new[-4:]}. It was tested" in said
    details = window.details
    assert details is not None
    qtbot.waitUntil(lambda: details.replaced.isVisible(), timeout=5000)
    assert details.replaced.text() == said
    if folder := os.environ.get("LINKWIZARD_SHOTS"):  # to look at it
        window.grab().save(f"{folder}/team-change-notice.png")
    click(qtbot, window.team.change_notice.button)  # once: dismissed, it stays gone
    assert not window.team.change_notice.isVisible()


def test_a_teammates_replacement_shows_without_verify_now(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                          cli: Cli, vault: TeamVault) -> None:
    """The window looks at the team's versions every few minutes (here: every 300 ms)."""
    log_in(cli, vault, vault.admin_token)
    account_id = "acct_1TeamWatched001"
    assert cli("connect", "--environment", "test", "--name", "Shop", "--store", "team",
               stdin=stripe.add_key(make_key(), account_id=account_id)).code == 0
    window = open_window(qtbot, api_base)
    window.team.watch.set_interval(300)
    qtbot.waitUntil(lambda: window.team.watch._timer.isActive(), timeout=10000)
    stripe.reset_counts()
    qtbot.wait(1000)
    assert stripe.count() == 0  # nothing changed: nothing is checked
    new = stripe.add_key(make_key(), account_id=account_id)
    vault.bao.ok("POST", f"{vault.mount}/data/stripe/Shop", {"data": {"api_key": new}})
    qtbot.waitUntil(lambda: window.team.change_notice.isVisible(), timeout=15000)
    assert f"version 2, sk_test_...{new[-4:]}" in window.team.change_notice.label.text()

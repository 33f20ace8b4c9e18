"""Every Alt+letter is taken once on what the window shows at a time: a letter taken twice
makes Qt move the focus between the two instead of doing either (the Alt+A that never opened
the Accounts menu). Screen by screen, in English and German; tests/desktop/test_x11_flows.py
presses the keys on a real X server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.keys import Environment
from linkwizard.domain.problems import ProblemKind, problem
from linkwizard.gui.window import MainWindow
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import click, open_window, services_for, wizard_button
from support.mnemonics import clashes, shown
from support.stripe_cli import write_stripe_config


def look(qtbot: QtBot, window: QWidget, name: str, seen: list[tuple[str, dict[str, list[str]]]]) -> None:
    qtbot.wait(50)
    assert len(shown(window)) >= 3, name  # the walk really sees the screen
    seen.append((name, clashes(window)))


def walk_team(qtbot: QtBot, window: MainWindow) -> list[tuple[str, dict[str, list[str]]]]:
    """The team vault dialog: each login method's fields, and while it waits (Stop shown)."""
    seen: list[tuple[str, dict[str, list[str]]]] = []
    window.team.open_vault()
    dialog = window.team.vault_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    for index in range(dialog.method_box.count()):
        dialog.method_box.setCurrentIndex(index)
        look(qtbot, dialog, f"the team vault dialog: {dialog.method_box.currentText()}", seen)
    assert window.controller is not None
    dialog._run(window.controller.team.status(), lambda found: None, "…")
    look(qtbot, dialog, "the team vault dialog, waiting", seen)
    dialog.reject()
    return seen


def walk_linked(qtbot: QtBot, window: MainWindow, stripe: FakeStripe) -> list[tuple[str, dict[str, list[str]]]]:
    """The details of an account that needs attention, with the banners; then each page of the wizard."""
    seen: list[tuple[str, dict[str, list[str]]]] = []
    window.team.banner.say("Your login to the team vault has expired.")
    look(qtbot, window, "the details of an account, with the banners", seen)
    window.team._trouble(problem(ProblemKind.TEAM_SEALED))
    look(qtbot, window, "the details, with the team vault's banner", seen)
    window.start_wizard()
    wizard = window.wizard
    assert wizard is not None
    look(qtbot, window, "the wizard: environment", seen)
    click(qtbot, wizard.environment_page.test_radio)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    look(qtbot, window, "the wizard: find your key", seen)
    click(qtbot, wizard.find_key_page.create_radio)
    look(qtbot, window, "the wizard: find your key, restricted", seen)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    wizard.enter_key_page.key_edit.setText("sk_org_" + "A" * 40)  # shows the account field too
    look(qtbot, window, "the wizard: enter the key", seen)
    wizard.enter_key_page.reveal_button.click()
    look(qtbot, window, "the wizard: enter the key, shown", seen)
    key = stripe.add_key(make_key())
    stripe.add_key(key, customers=fs.invalid_key(key))
    wizard.enter_key_page.key_edit.setText(key)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.connect_page.problem is not None, timeout=10000)
    look(qtbot, window, "the wizard: the test failed", seen)
    return seen


def walk_empty(qtbot: QtBot, window: MainWindow) -> list[tuple[str, dict[str, list[str]]]]:
    """No account yet, keys found in plaintext: the wizard beside the offer, then the import page."""
    seen: list[tuple[str, dict[str, list[str]]]] = []
    qtbot.waitUntil(lambda: window.panel.import_button.isVisible(), timeout=5000)
    look(qtbot, window, "the first run: the wizard and the offer to import", seen)
    click(qtbot, window.panel.import_button)
    page = window.right.import_page
    assert page is not None
    qtbot.waitUntil(lambda: page.tree.topLevelItemCount() > 0, timeout=5000)
    look(qtbot, window, "the import page", seen)
    page.retire_button.setVisible(True)
    look(qtbot, window, "the import page, after an import", seen)
    return seen


def linked_window(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> MainWindow:
    bad = stripe.add_key(make_key())
    linking.link(LinkRequest(bad, Environment.TEST, "Broken"), services_for(api_base))
    stripe.add_key(bad, customers=fs.invalid_key(bad))
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(window.panel.banner.isVisible, timeout=10000)
    return window


def empty_window(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> MainWindow:
    write_stripe_config(stripe.add_key(make_key("rk", length=40)), make_key("rk", "live", length=40))
    return open_window(qtbot, api_base)


def clashing(qtbot: QtBot, stripe: FakeStripe, api_base: str, screens: str) -> list[tuple[str, dict[str, list[str]]]]:
    if screens == "linked":
        seen = walk_linked(qtbot, linked_window(qtbot, stripe, api_base), stripe)
    elif screens == "team":
        seen = walk_team(qtbot, open_window(qtbot, api_base))
    else:
        seen = walk_empty(qtbot, empty_window(qtbot, stripe, api_base))
    return [(name, found) for name, found in seen if found]


@pytest.mark.parametrize("screens", ["linked", "first run", "team"])
def test_no_letter_is_taken_twice_on_any_screen(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                screens: str) -> None:
    assert clashing(qtbot, stripe, api_base, screens) == []


@pytest.mark.parametrize("screens", ["linked", "first run", "team"])
def test_nor_in_german(german: None, qtbot: QtBot, stripe: FakeStripe, api_base: str, screens: str) -> None:
    assert clashing(qtbot, stripe, api_base, screens) == []


@pytest.fixture(autouse=True)
def no_dialogs() -> None:
    """A dialog the walk opens by accident is closed rather than waited for."""
    def close() -> None:
        if isinstance(dialog := QApplication.activeModalWidget(), QMessageBox):
            dialog.reject()
    QTimer.singleShot(0, close)

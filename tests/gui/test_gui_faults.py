"""The desktop app under faults: one window, no key left behind, damaged store, keyring trouble."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QDir
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.keys import Environment
from linkwizard.domain.problems import ProblemKind
from linkwizard.gui.startup.single_instance import SingleInstance, ask_running_instance, server_name
from linkwizard.gui.window import MainWindow
from linkwizard.secrets.os_keyring import SERVICE
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import (
    click,
    go_to_key_page,
    knock_from_a_thread,
    needs_attention_shown,
    open_window,
    services_for,
    start_test,
    wizard_button,
)
from support.sandbox import Home
from support.secret_scan import ExceptionRecorder, files_under, leaks

# one window ------------------------------------------------------------------------------


def test_a_second_launch_brings_the_running_window_to_the_front(qtbot: QtBot, api_base: str) -> None:
    window = open_window(qtbot, api_base)
    instance = SingleInstance(server_name(paths.data_dir()))
    assert instance.listen()
    instance.activated.connect(window.bring_to_front)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    with subprocess.Popen([sys.executable, "-m", "linkwizard"], env=dict(os.environ), text=True,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as second:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20000)
        out, err = second.communicate()
    assert second.returncode == 0, err
    assert "already open" in out
    qtbot.waitUntil(lambda: not window.isMinimized())
    instance.close()


def test_a_socket_left_by_a_crashed_instance_does_not_block_the_next(qtbot: QtBot, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    assert name is not None
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(str(Path(QDir.tempPath()) / name))
    leftover.close()  # the file stays, nobody listens: what a killed instance leaves
    assert not ask_running_instance(name)
    instance = SingleInstance(name)
    assert instance.listen()
    with qtbot.waitSignal(instance.activated, timeout=5000):
        assert knock_from_a_thread(qtbot, name)
    instance.close()


def test_a_warning_before_the_first_paint_still_reaches_the_log(home: Home, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The log is set up after the first paint, or at the first warning before it."""
    import logging

    logger = logging.getLogger("linkwizard")
    monkeypatch.setattr(logger, "handlers", [])  # as at launch: nothing set up yet
    planted = tmp_path / "linkwizard-planted"
    planted.write_text("")  # a file where the socket would be: not this app's listener
    assert not ask_running_instance(str(planted))
    for handler in logger.handlers:
        handler.close()
    assert "not a socket of this user's" in (paths.log_dir() / "linkwizard.log").read_text()


# the clipboard ---------------------------------------------------------------------------


def paste_and_link(qtbot: QtBot, window: MainWindow, key: str) -> None:
    QGuiApplication.clipboard().setText(f" {key}\n")
    go_to_key_page(qtbot, window, Environment.TEST)
    wizard = window.wizard
    assert wizard is not None
    click(qtbot, wizard.enter_key_page.paste_button)
    assert wizard.enter_key_page.key_edit.text() == key


def test_the_clipboard_is_cleared_of_the_key_once_linked(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    window = open_window(qtbot, api_base)
    paste_and_link(qtbot, window, key)
    wizard = window.wizard
    assert wizard is not None
    assert QGuiApplication.clipboard().text().strip() == key  # untouched while the person works
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    assert QGuiApplication.clipboard().text() == ""


def test_something_else_copied_meanwhile_is_left_alone(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    window = open_window(qtbot, api_base)
    paste_and_link(qtbot, window, key)
    QGuiApplication.clipboard().setText("invoice 2026-118")
    wizard = window.wizard
    assert wizard is not None
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    assert QGuiApplication.clipboard().text() == "invoice 2026-118"


def test_the_clipboard_is_cleared_when_the_wizard_is_cancelled(qtbot: QtBot, api_base: str) -> None:
    window = open_window(qtbot, api_base)
    paste_and_link(qtbot, window, make_key())
    click(qtbot, wizard_button(window, QWizard.WizardButton.CancelButton))
    assert QGuiApplication.clipboard().text() == ""


# storage and keyring -----------------------------------------------------------------------


def test_a_damaged_store_is_reported_and_the_window_still_opens(qtbot: QtBot, api_base: str, home: Home) -> None:
    home.data_dir.mkdir(parents=True)
    (home.data_dir / "accounts.json").write_text('{"schema_version": "one", "accounts": []}')
    window = open_window(qtbot, api_base)
    qtbot.waitUntil(lambda: hasattr(window, "problem_message") and window.problem_message.isVisible())
    assert window.problem_message.text() == "The list of accounts could not be read"
    assert "accounts.json.corrupt-" in window.problem_message.informativeText()
    assert window.wizard is not None  # and the person can link accounts again straight away
    [kept] = home.data_dir.glob("accounts.json.corrupt-*")
    assert '"schema_version": "one"' in kept.read_text()


# keyring's Secret Service backend leaves its D-Bus connection open when it raises KeyringLocked.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_locked_keyring_when_saving_is_said_once_and_saves_nothing(qtbot: QtBot, stripe: FakeStripe,
                                                                    api_base: str, home: Home,
                                                                    locked_keyring: None) -> None:
    window = open_window(qtbot, api_base)
    start_test(qtbot, window, stripe.add_key(make_key()))
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.problem is not None, timeout=10000)
    assert wizard.connect_page.problem is not None
    assert wizard.connect_page.problem.kind is ProblemKind.KEYRING_LOCKED
    assert "The keyring is locked" in wizard.connect_page.error_title.text()
    assert not hasattr(window, "problem_message"), "the wizard says it; a dialog said it again"
    assert AccountStore(home.data_dir).load() == []
    assert window.model.accounts() == []


def test_a_key_deleted_behind_the_apps_back_needs_attention(qtbot: QtBot, stripe: FakeStripe,
                                                            api_base: str) -> None:
    account = linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, "Shop"), services_for(api_base))
    keyring.delete_password(SERVICE, account.id)
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(lambda: needs_attention_shown(window), timeout=10000)
    assert window.model.accounts()[0].status_reason == "The key is missing from the keyring"
    assert "missing from the keyring" in window.details.status.text()


# secret hygiene ----------------------------------------------------------------------------


def visible_texts(window: MainWindow) -> list[tuple[str, str]]:
    texts = [(f"label {label.objectName()}", label.text()) for label in window.findChildren(QLabel)]
    texts += [(f"field {edit.objectName()}", edit.text()) for edit in window.findChildren(QLineEdit)
              if edit.objectName() != "apiKeyEdit"]  # the one place it belongs
    return texts


def test_no_trace_of_any_key_after_the_gui_flows(qtbot: QtBot, stripe: FakeStripe, api_base: str, home: Home,
                                                 capfd: pytest.CaptureFixture[str]) -> None:
    good = stripe.add_key(make_key(), display_name="Hygiene Ltd")
    failing = [make_key(), make_key("rk"), make_key()]
    for key, reply in zip(failing, (fs.invalid_key, fs.missing_permission, fs.expired_key), strict=True):
        stripe.add_key(key, customers=reply(key))
    haystacks: list[tuple[str, str]] = []
    with ExceptionRecorder() as recorder:
        window = open_window(qtbot, api_base, verify_at_launch=True)
        for key in failing:
            if window.wizard is None:
                window.start_wizard()
            start_test(qtbot, window, key)
            wizard = window.wizard
            assert wizard is not None
            qtbot.waitUntil(lambda: wizard.connect_page.problem is not None, timeout=10000)  # noqa: B023
            click(qtbot, wizard.connect_page.copy_button)
            haystacks += [("clipboard", QGuiApplication.clipboard().text()), *visible_texts(window)]
            click(qtbot, wizard.connect_page.back_button)
            wizard.reject()
        window.start_wizard()
        paste_and_link(qtbot, window, good)
        wizard = window.wizard
        assert wizard is not None
        click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
        qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
        window.linked_message.accept()
        wizard.accept()
        stripe.add_key(good, customers=fs.expired_key(good))
        window.controller.verify(window.model.accounts())
        qtbot.waitUntil(lambda: needs_attention_shown(window), timeout=10000)
        click(qtbot, window.details.diagnostics_button)
        haystacks += [("clipboard", QGuiApplication.clipboard().text()), *visible_texts(window)]
        window.close()
    output = capfd.readouterr()
    haystacks += [("stdout", output.out), ("stderr", output.err), *recorder.texts,
                  *((str(path), text) for path, text in files_under(home.root))]
    assert any("Hygiene Ltd" in text for _, text in haystacks)  # the flows really ran
    # Work in QThreads is not traced (settrace reaches only Python-started threads); it runs the same
    # core code that tests/unit/secrets/test_secret_hygiene.py traces, and what it hands back is scanned above.
    assert recorder.texts is not None
    assert leaks([good, *failing], haystacks) == []

"""Opening the real main window against the fake Stripe server and the real keyring."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QMessageBox, QRadioButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from linkwizard.domain.account import Health
from linkwizard.domain.keys import Environment
from linkwizard.gui.content import PaneState
from linkwizard.gui.team.add_dialog import AddFromTeamDialog
from linkwizard.gui.window import MainWindow
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.stripe.base import validate_api_base
from linkwizard.stripe.client import Policy
from linkwizard.usecases.services import Services

FAST = Policy(connect_timeout=1, read_timeout=1.0, total_timeout=8, initial_delay=0.05, max_delay=0.1)


def services_for(api_base: str, policy: Policy = FAST) -> Services:
    return Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(),
                            api_base=validate_api_base(api_base), policy=policy)


def open_window(qtbot: QtBot, api_base: str, *, verify_at_launch: bool = False,
                policy: Policy = FAST) -> MainWindow:
    window = MainWindow(services_for(api_base, policy), verify_at_launch=verify_at_launch)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load_accounts()
    qtbot.waitUntil(lambda: window.panel.stack.currentWidget() is not window.panel.loading, timeout=5000)
    # With an account, the first is shown: its details pane is made a few passes later.
    qtbot.waitUntil(lambda: window.model.rowCount() == 0 or window.right.state is PaneState.READY, timeout=5000)
    return window


class _WindowsShown(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() is QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.names.append(watched.objectName() or type(watched).__name__)
        return False


@contextmanager
def windows_shown() -> Iterator[list[str]]:
    """The object names of every window shown meanwhile. On a real desktop a window shown for
    a moment takes the focus: a parentless widget made visible closed the menu a person had
    just opened with Alt+A."""
    app = QApplication.instance()
    assert app is not None
    catcher = _WindowsShown()
    app.installEventFilter(catcher)
    try:
        yield catcher.names
    finally:
        app.removeEventFilter(catcher)


class UrlCatcher(QObject):
    """Receives what QDesktopServices.openUrl would have opened in a browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def click(qtbot: QtBot, button: object) -> None:
    """A real mouse click; on the indicator for radio buttons, whose text is their hit area."""
    QApplication.processEvents()  # a panel shown just now gets its geometry first
    if isinstance(button, (QRadioButton, QCheckBox)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wizard_button(window: MainWindow, which: QWizard.WizardButton) -> QAbstractButton:
    assert window.wizard is not None
    return window.wizard.button(which)


def go_to_key_page(qtbot: QtBot, window: MainWindow, environment: Environment) -> None:
    wizard = window.wizard
    assert wizard is not None
    radio = (wizard.environment_page.production_radio if environment is Environment.PRODUCTION
             else wizard.environment_page.test_radio)
    click(qtbot, radio)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.enter_key_page


def start_test(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """From the first page to a running connection test (Test Mode) with `key`."""
    go_to_key_page(qtbot, window, Environment.TEST)
    assert window.wizard is not None
    qtbot.keyClicks(window.wizard.enter_key_page.key_edit, key)
    click(qtbot, wizard_button(window, QWizard.WizardButton.NextButton))


def knock_from_a_thread(qtbot: QtBot, name: str) -> bool:
    """A later launch's knock; it waits for the answer, so it cannot run on this event loop's thread."""
    from concurrent.futures import ThreadPoolExecutor

    from linkwizard.gui.startup.single_instance import ask_running_instance

    with ThreadPoolExecutor(1) as pool:
        answer = pool.submit(ask_running_instance, name)
        qtbot.waitUntil(answer.done, timeout=5000)
        return answer.result()


def needs_attention_shown(window: MainWindow) -> bool:
    """The first account needs attention in the list and in its details pane (which follows
    the list a pass later)."""
    details = window.details
    return (window.model.accounts()[0].status is Health.NEEDS_ATTENTION and details is not None
            and details.account is not None and details.account.status is Health.NEEDS_ATTENTION)


def answer(button: QMessageBox.StandardButton, tick: bool = False) -> list[str]:
    """Answer the next question box (after ticking its checkbox, if asked)."""
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        if tick:
            check = box.findChild(QCheckBox)
            assert check is not None
            check.setChecked(True)
        box.button(button).click()

    QTimer.singleShot(100, act)
    return seen


def add_from_team(qtbot: QtBot, window: MainWindow) -> AddFromTeamDialog:
    """*Add from team vault…*: its dialog opens once the team settings are read."""
    window.team.open_add()
    qtbot.waitUntil(lambda: window.team.add_dialog is not None, timeout=10000)
    dialog = window.team.add_dialog
    assert dialog is not None
    return dialog

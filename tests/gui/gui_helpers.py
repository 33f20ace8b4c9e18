"""Opening the real main window against the fake Stripe server and the real keyring."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Slot
from pytestqt.qtbot import QtBot

from linkwizard import linking, paths
from linkwizard.accounts import AccountStore
from linkwizard.gui.window import MainWindow
from linkwizard.stripe_api import Policy, validate_api_base
from linkwizard.vault import Vault

FAST = Policy(connect_timeout=1, read_timeout=1.0, total_timeout=8, initial_delay=0.05, max_delay=0.1)


def services_for(api_base: str, policy: Policy = FAST) -> linking.Services:
    return linking.Services(store=AccountStore(paths.data_dir()), vault=Vault(),
                            api_base=validate_api_base(api_base), policy=policy)


def open_window(qtbot: QtBot, api_base: str, *, verify_at_launch: bool = False,
                policy: Policy = FAST) -> MainWindow:
    window = MainWindow(services_for(api_base, policy), verify_at_launch=verify_at_launch)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load_accounts()
    qtbot.waitUntil(lambda: window.panel.stack.currentWidget() is not window.panel.loading, timeout=5000)
    return window


class UrlCatcher(QObject):
    """Receives what QDesktopServices.openUrl would have opened in a browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())

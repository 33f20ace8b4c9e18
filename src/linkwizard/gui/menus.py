"""The menu bar: the titles from the first paint, their items (with shortcuts) just after it,
or when a menu is first opened, whichever comes first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QMenu

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol

    from PySide6.QtWidgets import QMenuBar

    from linkwizard.gui.background import BackgroundMode
    from linkwizard.gui.team.room import TeamRoom
    from linkwizard.usecases.app_settings import AppSettings

    class MainWindow(Protocol):
        """What the menus need of the window (it is not imported here: it imports this)."""

        accounts_menu: QMenu
        settings_menu: QMenu
        help_menu: QMenu
        team: TeamRoom
        background: BackgroundMode

        def menuBar(self) -> QMenuBar: ...
        def fill_menus(self) -> None: ...
        def start_wizard(self) -> None: ...
        def open_import(self) -> None: ...
        def quit_app(self) -> None: ...
        def open_log_folder(self) -> None: ...
        def show_about(self) -> None: ...

USER_GUIDE_URL = "https://github.com/linkwizard/linkwizard#user-guide"


def titles(window: MainWindow) -> tuple[QMenu, QMenu, QMenu]:
    """The Accounts, Settings and Help menus, empty until `fill`."""
    made = []
    for name, title in (("accountsMenu", QCoreApplication.translate("MainWindow", "&Accounts")),
                        ("settingsMenu", QCoreApplication.translate("MainWindow", "&Settings")),
                        ("helpMenu", QCoreApplication.translate("MainWindow", "&Help"))):
        menu = window.menuBar().addMenu(title)
        menu.setObjectName(name)
        menu.aboutToShow.connect(window.fill_menus)  # opened before they were filled: filled now
        made.append(menu)
    return made[0], made[1], made[2]


def fill(window: MainWindow) -> None:
    """Every item, once."""
    if window.accounts_menu.actions():
        return
    from PySide6.QtGui import QKeySequence

    keys = QKeySequence.StandardKey
    translate = QCoreApplication.translate
    accounts = (
        ("addAccountAction", translate("MainWindow", "&Add account…"), keys.New, window.start_wizard),
        ("importKeysAction", translate("MainWindow", "&Import keys from this computer…"), None, window.open_import),
        ("addFromTeamAction", translate("MainWindow", "Add from &team vault…"), None, window.team.open_add),
        ("teamVaultAction", translate("MainWindow", "Team &vault…"), None, window.team.open_vault),
        None,
        ("quitAction", translate("MainWindow", "&Quit"), keys.Quit, window.quit_app),
    )
    help_items = (
        ("userGuideAction", translate("MainWindow", "&User guide"), keys.HelpContents, open_user_guide),
        ("openLogFolderAction", translate("MainWindow", "Open &log folder"), None, window.open_log_folder),
        None,
        ("aboutAction", translate("MainWindow", "&About linkwizard"), None, window.show_about),
    )
    for toggle_name, toggle_text, switch in (
            ("keepCheckingAction", translate("MainWindow", "Keep checking in the &background"),
             window.background.set_keep_checking),
            ("startAtLoginAction", translate("MainWindow", "Start at &login"), window.background.set_start_at_login)):
        toggle = window.settings_menu.addAction(toggle_text)
        toggle.setObjectName(toggle_name)
        toggle.setCheckable(True)
        toggle.setEnabled(False)  # until the settings are read
        toggle.triggered.connect(switch)
    meaning = window.settings_menu.addAction("")  # what the two mean together (show_settings)
    meaning.setObjectName("settingsMeaningAction")
    meaning.setEnabled(False)
    meaning.setVisible(False)
    for menu, items in ((window.accounts_menu, accounts), (window.help_menu, help_items)):
        for item in items:
            if item is None:
                menu.addSeparator()
                continue
            name, text, shortcut, slot = item
            action = menu.addAction(text, slot)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.setObjectName(name)


def show_settings(window: MainWindow, settings: AppSettings) -> None:
    """The Settings menu's checkmarks, as the settings are."""
    window.fill_menus()
    from linkwizard.usecases.app_settings import together

    states = {"keepCheckingAction": settings.background, "startAtLoginAction": settings.start_at_login}
    for action in window.settings_menu.actions():
        if (on := states.get(action.objectName())) is not None:
            action.setChecked(on)
            action.setEnabled(True)
        elif action.objectName() == "settingsMeaningAction":
            action.setText(QCoreApplication.translate("values", together(settings.background,
                                                                         settings.start_at_login)))
            action.setVisible(True)


def open_user_guide() -> None:
    _open(QUrl(USER_GUIDE_URL))


def open_folder(folder: Path) -> None:
    _open(QUrl.fromLocalFile(str(folder)))


def _open(url: QUrl) -> None:
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(url)

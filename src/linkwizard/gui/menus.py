"""The menu bar: the titles from the first paint, their items (with shortcuts) just after it,
or when a menu is first opened, whichever comes first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QMenu

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.gui.window import MainWindow

USER_GUIDE_URL = "https://github.com/linkwizard/linkwizard#user-guide"


def titles(window: MainWindow) -> tuple[QMenu, QMenu]:
    """The Accounts and Help menus, empty until `fill`."""
    made = []
    for name, title in (("accountsMenu", QCoreApplication.translate("MainWindow", "&Accounts")),
                        ("helpMenu", QCoreApplication.translate("MainWindow", "&Help"))):
        menu = window.menuBar().addMenu(title)
        menu.setObjectName(name)
        menu.aboutToShow.connect(window.fill_menus)  # opened before they were filled: filled now
        made.append(menu)
    return made[0], made[1]


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
        ("addFromTeamAction", translate("MainWindow", "Add from &team vault…"), None, window.open_add_from_team),
        ("teamVaultAction", translate("MainWindow", "Team &vault…"), None, window.open_team_vault),
        None,
        ("quitAction", translate("MainWindow", "&Quit"), keys.Quit, window.close),
    )
    help_items = (
        ("userGuideAction", translate("MainWindow", "&User guide"), keys.HelpContents, open_user_guide),
        ("openLogFolderAction", translate("MainWindow", "Open &log folder"), None, window.open_log_folder),
        None,
        ("aboutAction", translate("MainWindow", "&About linkwizard"), None, window.show_about),
    )
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


def open_user_guide() -> None:
    _open(QUrl(USER_GUIDE_URL))


def open_folder(folder: Path) -> None:
    _open(QUrl.fromLocalFile(str(folder)))


def _open(url: QUrl) -> None:
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(url)

"""The one ordered plan of what the window loads ahead of need, each item in a step of the
event loop of its own (`scheduling.run_in_steps`), so none of it holds the window up when it
is finally used (docs/performance.md has the figures behind each stage).

1. After the first paint: the menus' items, logging, the core's modules one by one, then the
   services and the account list, the icons, Qt's network module, the single instance.
2. While the account list is read: what showing it needs (the list's painter, the details
   pane's modules, PySide6's types for Qt's own widgets).
3. Once it is shown: the collector leaves what lives as long as the window alone; the
   dialogs and the wizard are loaded.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject

from linkwizard.gui.startup.scheduling import building_widget_types, importing, run_in_steps

Step = Callable[[], object]

CORE_MODULES = ("domain.problems", "domain.keys", "domain.permissions", "domain.records", "domain.account",
                "store.accounts", "secrets.os_keyring", "usecases.services", "usecases.linking", "usecases.verifying",
                "gui.controller")
DETAILS_MODULES = ("accounts.permissions_view", "accounts.details", "accounts.actions")


def details_modules() -> list[Step]:
    """What the details pane is made of: loaded while the list is read, or before the pane's
    first showing if that comes sooner (gui/content.py)."""
    return [importing(f"linkwizard.gui.{name}") for name in DETAILS_MODULES]


def after_first_paint(window: QObject, first: list[Step], attach_and_load: Step, last: list[Step]) -> None:
    """Stage 1. `first` and `last` come from the app (the menus' items, logging, icons, the
    single instance)."""
    run_in_steps(window, [*first, *(importing(f"linkwizard.{name}") for name in CORE_MODULES),
                          attach_and_load, *last, importing("PySide6.QtNetwork")])


def while_loading(window: QObject, prepare_list: Step) -> None:
    """Stage 2. `prepare_list`: the side panel's painter for its rows."""
    run_in_steps(window, [importing("PySide6.QtWidgets", "QStyle"), importing("PySide6.QtGui", "QFont"),
                          prepare_list, *details_modules(), *building_widget_types()])


def once_shown(context: QObject) -> None:
    """Stage 3. What is loaded now lives as long as the window: kept out of the collector's
    full passes, which otherwise hold the window up for 15 ms and more with 1,000 accounts."""
    gc.freeze()
    run_in_steps(context, [importing("linkwizard.gui.common.dialogs"), importing("linkwizard.gui.wizard.link_wizard")])

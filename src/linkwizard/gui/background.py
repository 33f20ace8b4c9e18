"""The background mode: whether closing the window leaves linkwizard checking and notifying,
with its tray icon. It is so when started so (`--background`, `watch`, or asked by such a
launch) or set so (*Settings › Keep checking in the background*).

The window asks `keeps_running()` when it closes; Qt ends the app on the last window closed
only when it does not. The checks and the notifications themselves are the Companion's
(gui/companion.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from linkwizard.gui.common.style import app_icon

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.domain.problems import Problem
    from linkwizard.gui.companion import Companion
    from linkwizard.gui.controller import Controller
    from linkwizard.usecases.app_settings import AppSettings


class BackgroundMode(QObject):
    settings_changed = Signal(object)  # app_settings.AppSettings: read, or changed

    def __init__(self, parent: QObject, usable: Callable[[], Controller | None]) -> None:
        super().__init__(parent)
        self._usable = usable  # the controller, or None after the window said why there is none
        self.started_in_background = False
        self.keep_checking = False  # the setting, once read
        self.companion: Companion | None = None  # its tray, once the services are attached
        self._controller: Controller | None = None

    def attach(self, controller: Controller) -> Companion:
        """The notifications, the network and the tray, once there is a controller to check with."""
        from linkwizard.gui.companion import Companion

        self.companion = Companion(self, controller)
        self._controller = controller
        self.read_settings()
        return self.companion

    def read_settings(self) -> None:
        """The settings as they are now (at attach, and after a change that could not be written)."""
        if (controller := self._controller) is None:
            return
        from linkwizard.usecases import app_settings

        config = controller.services.config
        controller.runner.run(lambda: app_settings.read(config), on_success=self._settings)

    def _settings(self, settings: AppSettings) -> None:
        """The settings were read, or changed (here or by the command line)."""
        self.keep_checking = settings.background
        self.changed()
        self.settings_changed.emit(settings)

    def keeps_running(self) -> bool:
        return self.started_in_background or self.keep_checking

    def run_in_background(self) -> None:
        """Started with `--background` (or asked so by such a launch): no window until opened
        from the tray, a notification or a later launch."""
        self.started_in_background = True
        self.changed()

    def changed(self) -> None:
        """Whether the last window closed ends the app, and the tray that says it does not."""
        QApplication.setQuitOnLastWindowClosed(not self.keeps_running())
        if self.companion is None:
            return
        if self.keeps_running():
            self.companion.show_tray(app_icon())
        else:
            self.companion.hide_tray()

    def set_keep_checking(self, on: bool) -> None:
        self._change(background=on)

    def set_start_at_login(self, on: bool) -> None:
        self._change(start_at_login=on)

    def _change(self, background: bool | None = None, start_at_login: bool | None = None) -> None:
        """Change one (off the window's thread); one that cannot be written is a problem, and
        the menu then shows the settings as they are."""
        if (controller := self._usable()) is None:
            return
        from linkwizard.usecases import app_settings

        config = controller.services.config

        def work() -> AppSettings:
            if background is not None:
                app_settings.set_background(background, config)
            if start_at_login is not None:
                app_settings.set_start_at_login(start_at_login, config)
            return app_settings.read(config)

        def failed(found: Problem) -> None:
            controller.problem.emit(found)
            self.read_settings()

        controller.runner.run(work, on_success=self._settings, on_failure=failed)

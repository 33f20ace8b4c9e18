"""The self-test's window check: open the real main window and wait for its first paint."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication

from linkwizard.domain import exit_codes
from linkwizard.gui.app import MissingSystemLibrary, build_services, create_application
from linkwizard.gui.startup.first_paint import FirstPaint
from linkwizard.gui.window import MainWindow
from linkwizard.usecases.selftest import Check


def check_window() -> Check:
    """The self-test's first line: can Qt open and paint the main window here?"""
    ok, detail = show_main_window()
    return Check("Qt platform", ok, detail, exit_codes.OK if ok else exit_codes.WINDOW)


def show_main_window(timeout_ms: int = 10000) -> tuple[bool, str]:
    started = time.perf_counter()
    try:
        app = create_application(["linkwizard"])
    except MissingSystemLibrary as exc:
        return False, str(exc)
    services, problem = build_services()
    window = MainWindow(services, problem, verify_at_launch=False)
    loop = QEventLoop()
    watcher = FirstPaint(window, loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    window.show()
    loop.exec()
    elapsed = (time.perf_counter() - started) * 1000
    window.close()
    app.processEvents()
    platform = QGuiApplication.platformName()
    if not watcher.painted:
        return False, f"{platform}: the main window was not painted within {timeout_ms // 1000} s"
    return True, f"{platform} (main window shown and painted in {elapsed:.0f} ms)"

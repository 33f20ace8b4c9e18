"""The self-test's window check: open the real main window and wait for its first paint."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QGuiApplication


class _Painted(QObject):
    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self.loop = loop
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self.loop.quit)
        return False


def show_main_window(timeout_ms: int = 10000) -> tuple[bool, str]:
    from linkwizard.gui.app import build_services, create_application
    from linkwizard.gui.window import MainWindow

    started = time.perf_counter()
    app = create_application(["linkwizard"])
    services, problem = build_services()
    window = MainWindow(services, problem, verify_at_launch=False)
    loop = QEventLoop()
    watcher = _Painted(loop)
    window.installEventFilter(watcher)
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

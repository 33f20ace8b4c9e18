"""The idle floor of the background mode: a bare PySide6 application with a hidden window and
nothing to do, its event loop running until it is killed. What it costs (CPU time, wake-ups)
over a minute is Qt's own."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()  # made, never shown: as the background mode's window
    window.setWindowTitle("floor")
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())

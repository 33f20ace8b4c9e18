"""The floor for this stack: a bare PySide6 window with a side list and a four-page QWizard."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from linkwizard.gui.startup.probes import quit_after_first_paint


def page(title: str) -> QWizardPage:
    result = QWizardPage()
    result.setTitle(title)
    layout = QVBoxLayout(result)
    layout.addWidget(QLabel(f"{title} text"))
    return result


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    central = QWidget()
    row = QHBoxLayout(central)
    side = QListWidget()
    side.addItems(["One", "Two"])
    row.addWidget(side)
    wizard = QWizard()
    for title in ("Environment", "Find key", "Enter key", "Connect"):
        wizard.addPage(page(title))
    row.addWidget(wizard, 1)
    window.setCentralWidget(central)
    window.resize(980, 640)
    quit_after_first_paint(window)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())

"""A second floor: PySide6 alone building what linkwizard's window shows at its first paint
(menus with standard shortcuts, two banners, a splitter with a list view on its own model and
painted by its own delegate, a loading label, a stacked right side, a status bar), without any
of linkwizard's code. The start-up benchmark sets the app beside it to tell what Qt costs
from what linkwizard adds."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from linkwizard.gui.startup.probes import quit_after_first_paint


class Model(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return None


class Delegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)


class Panel(QWidget):
    add_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.view = QListView()
        self.view.setModel(Model())
        self.view.setItemDelegate(Delegate(self.view))
        stack = QStackedWidget()
        for widget in (QLabel("Loading accounts…"), QLabel("No accounts yet."), self.view):
            stack.addWidget(widget)
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(banner)
        row.addWidget(QLabel(), 1)
        row.addWidget(QPushButton("Review"))
        banner.setVisible(False)
        layout = QVBoxLayout(self)
        for widget in (QLabel("Linked accounts"), banner, stack, QPushButton("Add account")):
            layout.addWidget(widget)


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    menu = window.menuBar().addMenu("&Accounts")
    menu.addAction("&Add account…", QKeySequence.StandardKey.New, lambda: None)
    menu.addAction("&Quit", QKeySequence.StandardKey.Quit, window.close)
    help_menu = window.menuBar().addMenu("&Help")
    help_menu.addAction("&User guide", QKeySequence.StandardKey.HelpContents, lambda: None)
    splitter = QSplitter()
    splitter.addWidget(Panel())
    right = QStackedWidget()
    placeholder = QLabel("Select an account on the left, or add a new one.")
    placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    right.addWidget(placeholder)
    splitter.addWidget(right)
    central = QWidget()
    column = QVBoxLayout(central)
    for _ in range(2):
        banner = QFrame()
        banner.setVisible(False)
        column.addWidget(banner)
    column.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.statusBar()
    window.resize(980, 640)
    quit_after_first_paint(window)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())

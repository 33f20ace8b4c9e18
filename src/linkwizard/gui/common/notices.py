"""A strip across the top of the window that stays while its condition lasts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from linkwizard.gui.common.style import SPACING


class Notice(QLabel):
    """Plain text only (it may quote an address or a server's words); hidden until `say`."""

    def __init__(self, name: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setMargin(SPACING // 2)
        self.setAccessibleName(accessible_name)
        self.setVisible(False)

    def say(self, text: str) -> None:
        if not self.styleSheet():  # styled when first shown: most windows never show one
            name = self.objectName()
            self.setStyleSheet(f"QLabel#{name} {{ background: #9a6700; color: white; font-weight: bold; }}")
        self.setText(text)
        self.setVisible(True)


class ActionNotice(QFrame):
    """A Notice with one button that does something about it (*Log in…*)."""

    def __init__(self, name: str, accessible_name: str, action: str, on_action: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible_name)
        self.label = QLabel()
        self.label.setObjectName(f"{name}Text")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(accessible_name)
        self.button = QPushButton(action)
        self.button.setObjectName(f"{name}Button")
        self.button.setAccessibleName(action.replace("&", ""))
        self.button.clicked.connect(on_action)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING // 2, SPACING // 4, SPACING // 2, SPACING // 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.setVisible(False)

    def say(self, text: str) -> None:
        if not self.styleSheet():
            name = self.objectName()
            self.setStyleSheet(f"QFrame#{name} {{ background: #9a6700; }} "
                               "QLabel { color: white; font-weight: bold; }")
        self.label.setText(text)
        self.setVisible(True)


def under_notices(notices: list[QWidget], body: QWidget) -> QWidget:
    """The window's central widget: its notices across the top, each hidden until it has
    something to say, and the body below them."""
    central = QWidget()
    central.setObjectName("central")
    column = QVBoxLayout(central)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    for notice in notices:
        column.addWidget(notice)
    column.addWidget(body, 1)
    return central

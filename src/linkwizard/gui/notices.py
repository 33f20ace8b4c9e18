"""A strip across the top of the window that stays while its condition lasts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from linkwizard.gui.style import SPACING


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

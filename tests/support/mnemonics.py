"""The keyboard mnemonics (Alt+letter) one window shows at a time, to find letters taken twice."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def shown(window: QWidget) -> dict[str, list[str]]:
    """Each mnemonic letter of what is visible in `window` (menu titles, buttons, labels with a
    buddy, group boxes), with the texts that use it."""
    taken: dict[str, list[str]] = {}

    def add(text: str) -> None:
        if (key := letter(text)) is not None:
            taken.setdefault(key, []).append(text)

    for bar in window.findChildren(QMenuBar):
        if bar.isVisible():
            for action in bar.actions():
                if action.isVisible():
                    add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue  # isVisible: the widget and all its parents are shown
        if (isinstance(widget, QAbstractButton) and widget.isEnabled()) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
    return taken


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in shown(window).items() if len(texts) > 1}

"""Tell assistive technology about a status change (a test running, its result, health)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, urgent: bool = False) -> None:
    """Put `text` in the widget's accessible description and raise the matching event;
    an urgent one (a failure) is an alert, which screen readers speak at once."""
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        kind = QAccessible.Event.Alert if urgent else QAccessible.Event.DescriptionChanged
        QAccessible.updateAccessibility(QAccessibleEvent(widget, kind))

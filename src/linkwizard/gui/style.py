"""Colours and small drawing helpers shared by the panel and the wizard."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from linkwizard.accounts import Health

HEALTH_COLOURS = {
    Health.OK: "#1a7f37",
    Health.NEEDS_ATTENTION: "#c4302b",
    Health.UNREACHABLE: "#b26a00",
    Health.UNKNOWN: "#6e7781",
}
LIVE_COLOUR = "#5b4fe9"
TEST_COLOUR = "#c35a00"  # Stripe's test-mode banner is orange
SPACING = 12


def app_icon() -> QIcon:
    path = resources.files("linkwizard.resources").joinpath("linkwizard.svg")
    return QIcon(str(path))


def is_dark() -> bool:
    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def muted(colour: QColor | None = None) -> QColor:
    """A secondary-text colour readable on the current palette."""
    base = colour or QApplication.palette().color(QPalette.ColorRole.WindowText)
    result = QColor(base)
    result.setAlphaF(0.7)
    return result

"""Colours and small drawing helpers shared by the panel and the wizard."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from linkwizard.accounts import Health

HEALTH_COLOURS = {
    Health.OK: "#116329",
    Health.NEEDS_ATTENTION: "#c4302b",
    Health.UNREACHABLE: "#8a5200",
    Health.UNKNOWN: "#57606a",
}
# Lighter shades for dark palettes, so status text keeps a contrast of at least 4.5:1.
DARK_HEALTH_COLOURS = {
    Health.OK: "#4ac26b",
    Health.NEEDS_ATTENTION: "#ff7b72",
    Health.UNREACHABLE: "#e3a23b",
    Health.UNKNOWN: "#9da5ae",
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


def health_colour(health: Health) -> str:
    """The colour for a health state that reads well on the current palette."""
    return (DARK_HEALTH_COLOURS if is_dark() else HEALTH_COLOURS)[health]


def dark_palette() -> QPalette:
    """A dark palette like the ones desktops hand to Qt; used to check the app reads well in the dark."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#1f2125"),
        (roles.WindowText, "#e6e6e6"),
        (roles.Base, "#17181b"),
        (roles.AlternateBase, "#26282d"),
        (roles.Text, "#e6e6e6"),
        (roles.Button, "#2b2d32"),
        (roles.ButtonText, "#e6e6e6"),
        (roles.Highlight, "#3d6fd6"),
        (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#2b2d32"),
        (roles.ToolTipText, "#e6e6e6"),
        (roles.PlaceholderText, "#8b8f96"),
        (roles.Link, "#7aa7ff"),
        (roles.Mid, "#3a3d43"),
        (roles.Dark, "#121315"),
        (roles.Light, "#3f4248"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7d8188")
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def muted(colour: QColor | None = None) -> QColor:
    """A secondary-text colour readable on the current palette."""
    base = colour or QApplication.palette().color(QPalette.ColorRole.WindowText)
    result = QColor(base)
    result.setAlphaF(0.7)
    return result

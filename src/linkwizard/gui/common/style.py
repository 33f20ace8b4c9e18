"""Colours and small drawing helpers shared by the panel and the wizard."""

from __future__ import annotations

import enum
import os

from PySide6.QtGui import QColor

# QIcon, QPalette and QApplication are imported where used: the window's first paint needs
# only SPACING from here, and each Qt class costs time when first touched.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from PySide6.QtGui import QIcon, QPalette

    from linkwizard.domain.account import Health

# Keyed by Health's values: the window's first paint does not load the core (gui/app.py).
HEALTH_COLOURS = {
    "ok": "#116329",
    "needs_attention": "#c4302b",
    "unreachable": "#8a5200",
    "unknown": "#57606a",
}
# Lighter shades for dark palettes, so status text keeps a contrast of at least 4.5:1.
DARK_HEALTH_COLOURS = {
    "ok": "#4ac26b",
    "needs_attention": "#ff7b72",
    "unreachable": "#e3a23b",
    "unknown": "#9da5ae",
}
LIVE_COLOUR = "#5b4fe9"
TEST_COLOUR = "#c35a00"  # Stripe's test-mode banner is orange
TEAM_COLOUR = "#1a7f64"  # a team account's badge: outlined, beside the environment's
TEAM_COLOUR = "#1a7f64"  # a team account's badge: outlined, beside the environment's
SPACING = 12


# The package's resources folder, found without importlib.resources (slow to load): the
# PyInstaller bundle keeps the same layout (packaging/linkwizard.spec).
_PACKAGE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # from gui/common/
RESOURCES = os.path.join(_PACKAGE, "resources")


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    return QIcon(os.path.join(RESOURCES, "linkwizard.svg"))


def is_dark() -> bool:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    palette = QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class Tone(enum.Enum):
    """What a mark says, whatever it marks: an account's health, a key being typed, a
    permission. Each has the colour of the health state that says the same."""

    GOOD = "ok"
    BAD = "needs_attention"  # refused, invalid, missing
    WARNING = "unreachable"  # worth a look, not wrong
    NEUTRAL = "unknown"

    @classmethod
    def of(cls, health: Health) -> Tone:
        return cls(health.value)


def tone_colour(tone: Tone) -> str:
    """The colour for a tone that reads well on the current palette."""
    return (DARK_HEALTH_COLOURS if is_dark() else HEALTH_COLOURS)[tone.value]


def health_colour(health: Health) -> str:
    """The colour for a health state that reads well on the current palette."""
    return tone_colour(Tone.of(health))


def dark_palette() -> QPalette:
    """A dark palette like the ones desktops hand to Qt; used to check the app reads well in the dark."""
    from PySide6.QtGui import QPalette

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
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    base = colour or QApplication.palette().color(QPalette.ColorRole.WindowText)
    result = QColor(base)
    result.setAlphaF(0.7)
    return result

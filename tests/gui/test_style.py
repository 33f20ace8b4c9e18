"""Status colours stay readable on light and dark palettes (WCAG contrast of 4.5:1 for text)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from linkwizard.domain.account import Health
from linkwizard.gui.common.style import dark_palette, health_colour, is_dark


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    original = qapp.palette()
    qapp.setPalette(dark_palette() if request.param == "dark" else qapp.style().standardPalette())
    yield request.param
    qapp.setPalette(original)


def test_the_palette_fixture_really_switches(palette: str) -> None:
    assert is_dark() is (palette == "dark")


@pytest.mark.parametrize("health", list(Health))
def test_health_colours_are_readable_on_the_window_background(palette: str, health: Health) -> None:
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    assert contrast(QColor(health_colour(health)), background) >= 4.5, (palette, health)


def test_contrast_formula_matches_the_wcag_extremes() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)

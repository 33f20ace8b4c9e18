"""Small pieces every page makes the same way: a named button, a coloured mark."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QProgressBar, QPushButton

from linkwizard.gui.common.style import Tone, tone_colour


def button(name: str, text: str, slot: Callable[[], object], tip: str | None = None,
           accessible: str | None = None) -> QPushButton:
    """A push button with an object name (for tests and style sheets) and an accessible name:
    `accessible`, or the text without the mnemonic's `&` or a trailing `…`."""
    made = QPushButton(text)
    made.setObjectName(name)
    made.setAccessibleName(accessible if accessible is not None else text.replace("&", "").rstrip("…"))
    if tip is not None:
        made.setToolTip(tip)
        made.setAccessibleDescription(tip)
    made.clicked.connect(slot)
    return made


def mark(tone: Tone, symbol: str) -> str:
    """A bold symbol in the colour of its tone, as rich text. The symbol carries the meaning
    too, so it never rests on colour alone."""
    return f'<span style="color:{tone_colour(tone)}; font-weight:bold">{symbol}</span>'


def marked(tone: Tone, symbol: str, text: str) -> str:
    """`mark` followed by rich `text`."""
    return f"{mark(tone, symbol)} {text}"


def plain_tooltip(text: str) -> str:
    """`text` from outside (a file's path, a teammate's words) as a tooltip that shows it as
    written: Qt renders a tooltip that looks like markup as rich text, so it is escaped inside
    rich text of the app's own."""
    return f'<p style="white-space:pre-wrap">{escape(text, quote=False)}</p>'


def busy_bar() -> QProgressBar:
    """A thin busy indicator, hidden until a request is under way."""
    bar = QProgressBar()
    bar.setRange(0, 0)  # busy: the answer comes when it comes
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.setVisible(False)
    return bar

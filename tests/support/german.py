"""Is the window German? The English fragments of every translated string, and a check that
none of them is visible (tests/gui/test_german.py, test_import_page.py)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget, QWizard

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "linkwizard_de.ts"


def normalise(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").replace("&", "")
    return " ".join(text.split())


def english_fragments() -> set[str]:
    """Pieces of every translated English source long enough to be unmistakable."""
    fragments = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.findtext("translation") or ""
        if not translation or normalise(source) == normalise(translation):
            continue
        for piece in re.split(r"%[sd]|\{\w+\}", normalise(source)):
            piece = piece.strip(" .,:;()“”")
            if len(piece) >= 12:
                fragments.add(piece)
    return fragments


FRAGMENTS = english_fragments()


def visible_texts(*roots: QWidget) -> list[str]:
    texts = []
    for root in roots:
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            texts += [widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()]
            if isinstance(widget, QLabel | QAbstractButton):
                texts.append(widget.text())
            if isinstance(widget, QWizard) and widget.currentPage() is not None:
                texts += [widget.currentPage().title(), widget.currentPage().subTitle()]
            if isinstance(widget, QMessageBox):
                texts += [widget.text(), widget.informativeText()]
        texts += [action.text() for action in root.findChildren(QAction)]
    return [normalise(t) for t in texts if t]


def assert_german(where: str, *roots: QWidget) -> None:
    english = sorted({f for text in visible_texts(*roots) for f in FRAGMENTS if f in text})
    assert english == [], f"{where}: English text still visible: {english}"

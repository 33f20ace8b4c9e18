"""Fixtures for every GUI test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from linkwizard.gui.app import install_translations
from support.gui_helpers import UrlCatcher


@pytest.fixture(autouse=True)
def urls() -> Iterator[UrlCatcher]:
    """No test ever opens a real browser: https URLs land here instead."""
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")  # type: ignore[arg-type]  # the stub says bytes; PySide6 takes str
    yield catcher
    QDesktopServices.unsetUrlHandler("https")


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The app's and Qt's German translations, removed again afterwards (they are global)."""
    original = QLocale()
    install_translations(qapp, "de")
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(original)

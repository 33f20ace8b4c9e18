"""Fixtures for every GUI test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from gui_helpers import UrlCatcher
from PySide6.QtGui import QDesktopServices


@pytest.fixture(autouse=True)
def urls() -> Iterator[UrlCatcher]:
    """No test ever opens a real browser: https URLs land here instead."""
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("https")

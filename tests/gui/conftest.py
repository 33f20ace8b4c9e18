"""Fixtures for every GUI test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QDesktopServices

from support.gui_helpers import UrlCatcher


@pytest.fixture(autouse=True)
def urls() -> Iterator[UrlCatcher]:
    """No test ever opens a real browser: https URLs land here instead."""
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")  # type: ignore[arg-type]  # the stub says bytes; PySide6 takes str
    yield catcher
    QDesktopServices.unsetUrlHandler("https")

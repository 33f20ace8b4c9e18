"""What the end-to-end tests share: a real X server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from support.x11 import xvfb


@pytest.fixture
def display() -> Iterator[str]:
    with xvfb() as name:
        yield name

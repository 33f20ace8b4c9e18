"""Where linkwizard keeps its files. Keys are never among them."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "linkwizard"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))

"""Where linkwizard keeps its files. Keys are never among them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "linkwizard"


def data_dir() -> Path:
    if _uses_xdg():
        return xdg("XDG_DATA_HOME", ".local/share") / APP
    import platformdirs

    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def log_dir() -> Path:
    if _uses_xdg():
        return xdg("XDG_STATE_HOME", ".local/state") / APP / "log"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def _uses_xdg() -> bool:
    """Linux and the BSDs follow the XDG base directories, exactly as platformdirs reads them;
    computing them here keeps platformdirs (and its imports) off the start-up path."""
    return not sys.platform.startswith(("win32", "darwin", "cygwin")) and "ANDROID_DATA" not in os.environ


def xdg(variable: str, default: str) -> Path:
    value = os.environ.get(variable, "").strip()
    return Path(value) if value else Path(os.path.expanduser("~")) / default

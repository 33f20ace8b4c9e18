"""The system libraries Qt's platform plugin needs, asked for before Qt is: without one, Qt
aborts the process (SIGABRT, exit 134) with a message that names another library. A pip or
pipx install on Debian 12 without `libxcb-icccm4` did exactly that while `libxcb-cursor0`,
the one Qt's message names, was installed.

Nothing here imports Qt: it loads each library as Qt's plugin would (by its soname), and says
which one is missing and the Debian/Ubuntu package that brings it."""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path
from typing import NamedTuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

# What each platform plugin links against beyond Qt's own libraries (objdump -p of
# PySide6/Qt/plugins/platforms/libqxcb.so and libQt6XcbQpa.so.6; libqwayland.so and
# libQt6WaylandClient.so.6), with the Debian and Ubuntu package of each.
PLATFORM_LIBRARIES: Mapping[str, tuple[tuple[str, str], ...]] = {
    "xcb": (
        ("libxcb.so.1", "libxcb1"), ("libX11.so.6", "libx11-6"), ("libX11-xcb.so.1", "libx11-xcb1"),
        ("libxkbcommon.so.0", "libxkbcommon0"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"), ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"), ("libxcb-util.so.1", "libxcb-util1"),
        ("libxcb-image.so.0", "libxcb-image0"), ("libxcb-randr.so.0", "libxcb-randr0"),
        ("libxcb-render.so.0", "libxcb-render0"), ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libxcb-shape.so.0", "libxcb-shape0"), ("libxcb-shm.so.0", "libxcb-shm0"),
        ("libxcb-sync.so.1", "libxcb-sync1"), ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
        ("libxcb-xkb.so.1", "libxcb-xkb1"), ("libGL.so.1", "libgl1"), ("libglib-2.0.so.0", "libglib2.0-0"),
    ),
    "wayland": (
        ("libwayland-client.so.0", "libwayland-client0"), ("libwayland-cursor.so.0", "libwayland-cursor0"),
        ("libwayland-egl.so.1", "libwayland-egl1"), ("libxkbcommon.so.0", "libxkbcommon0"),
        ("libGL.so.1", "libgl1"), ("libglib-2.0.so.0", "libglib2.0-0"),
    ),
}


class MissingLibrary(NamedTuple):  # not a dataclass: this runs before the first paint, which loads none
    platform: str
    library: str
    package: str

    def sentence(self) -> str:
        return (f"linkwizard cannot open its window: the system library {self.library}, which Qt's "
                f"{self.platform} platform needs, is missing or cannot be loaded. Install it with: "
                f"sudo apt install {self.package}")


def platform_for(environ: Mapping[str, str]) -> str | None:
    """The platform Qt will try first here, as Qt chooses it; None off Linux, or for one that
    needs no system library (offscreen, minimal)."""
    if not sys.platform.startswith("linux"):
        return None
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        first = asked.split(";")[0].split(":")[0].strip()
        return first if first in PLATFORM_LIBRARIES else None
    if environ.get("XDG_SESSION_TYPE") == "wayland" and environ.get("WAYLAND_DISPLAY"):
        return None  # Qt tries Wayland, then falls back to X11 by itself: nothing to name first
    return "xcb" if environ.get("DISPLAY") else None


def missing(environ: Mapping[str, str] | None = None, bundled: Iterable[Path] = ()) -> MissingLibrary | None:
    """The first library the platform plugin would fail to load, or None. A library that
    ships with the app (`bundled`: PySide6's own folder, a frozen build's) counts as there."""
    platform = platform_for(os.environ if environ is None else environ)
    if platform is None:
        return None
    folders = list(bundled)
    for library, package in PLATFORM_LIBRARIES[platform]:
        if any((folder / library).exists() for folder in folders):
            continue
        try:
            ctypes.CDLL(library)
        except OSError:
            return MissingLibrary(platform, library, package)
    return None

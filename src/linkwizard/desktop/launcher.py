"""The stable command that starts linkwizard, and how to write it in a desktop entry."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from pathlib import Path

DEB_COMMAND = Path("/usr/bin/linkwizard")  # the .deb's command: a link to /opt/linkwizard/linkwizard


def launcher() -> str:
    """What a menu entry or a login item starts: the .deb's /usr/bin/linkwizard when this is
    the installed bundle; the bundle's own program when it is the unpacked tarball (a folder
    the person chose, so it stays); else linkwizard-gui next to this Python (a venv, pipx)."""
    if getattr(sys, "frozen", False):
        own = Path(sys.executable).resolve()
        try:
            if DEB_COMMAND.resolve() == own:
                return str(DEB_COMMAND)
        except OSError:
            pass
        return str(own)
    beside = Path(sys.executable).with_name("linkwizard-gui")
    return str(beside) if beside.exists() else "linkwizard-gui"


def exec_value(program: str, *arguments: str) -> str:
    """`program` as the value of an Exec key, by the Desktop Entry spec: always quoted; `"`,
    `` ` ``, `$` and `\\` escaped inside the quotes; then backslashes doubled again (the string
    type's own escape, which readers undo first); `%` doubled (field codes). `arguments` must
    be plain words. Raises ValueError for control characters, which no quoting makes safe (a
    newline would start a new key)."""
    if any(unicodedata.category(ch) in ("Cc", "Zl", "Zp") for ch in program):
        raise ValueError("control character in the program's path")
    if not all(re.fullmatch(r"[A-Za-z0-9_=-]+", argument) for argument in arguments):
        raise ValueError("an argument that is not a plain word")
    quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", program) + '"'
    return " ".join([quoted.replace("\\", "\\\\").replace("%", "%%"), *arguments])


def in_flatpak() -> bool:
    """Inside a Flatpak sandbox: its session is reached through the portals."""
    return os.path.exists("/.flatpak-info")

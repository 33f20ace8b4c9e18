"""A pip or pipx install on a system without one of the libraries Qt's xcb plugin needs: the
self-test and the window's start name the library and its package and exit 1, where Qt alone
aborts (exit 134) naming another library. The library is hidden by a library path that
shadows it with a file that cannot be loaded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from support.desktop import X11Desktop


@pytest.mark.parametrize(("library", "package"), [("libxcb-icccm.so.4", "libxcb-icccm4"),
                                                  ("libxcb-keysyms.so.1", "libxcb-keysyms1")])
def test_a_missing_library_is_named_with_its_package(x11: X11Desktop, tmp_path: Path, api_base: str,
                                                     library: str, package: str) -> None:
    (tmp_path / library).write_bytes(b"")  # found first, and not a library
    env = x11.app_env(LD_LIBRARY_PATH=str(tmp_path))
    for argv in (["--self-test"], []):
        done = subprocess.run([sys.executable, "-m", "linkwizard", *argv], env=env, capture_output=True, text=True,
                              timeout=120, check=False)
        said = done.stdout + done.stderr
        assert done.returncode == 1, (argv, done.returncode, said)
        assert library in said, said
        assert f"sudo apt install {package}" in said, said
        assert "xcb-cursor0" not in said  # Qt's own message, which names the wrong library

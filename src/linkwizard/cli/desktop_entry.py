"""Put linkwizard in this user's application menu (and take it out again), the XDG way.

Files go under $XDG_DATA_HOME (default ~/.local/share): the desktop entry in
`applications/`, the icon in `icons/hicolor/<size>/apps/`, the AppStream metainfo in
`metainfo/`. The desktop entry starts the `linkwizard-gui` next to this Python.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

from linkwizard import APP_ID
from linkwizard.desktop.launcher import exec_value, launcher
from linkwizard.domain import exit_codes
from linkwizard.store.paths import xdg

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return xdg("XDG_DATA_HOME", ".local/share")


def targets() -> dict[str, Path]:
    """Every file the entry consists of, by a short name."""
    home = data_home()
    files = {
        "desktop": home / "applications" / f"{APP_ID}.desktop",
        "metainfo": home / "metainfo" / f"{APP_ID}.metainfo.xml",
        "svg": home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
    }
    for size in SIZES:
        files[f"png{size}"] = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    return files


def render(program: str) -> str:
    """The desktop entry that starts `program`."""
    template = resources.files("linkwizard.resources").joinpath(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    return template.replace("Exec=linkwizard-gui", f"Exec={exec_value(program)}")


def install(program: str | None = None) -> int:
    source = resources.files("linkwizard.resources")
    files = targets()
    try:
        desktop = render(program or launcher())
    except ValueError:
        print("linkwizard: its path contains a control character, which a desktop entry cannot hold. "
              "Move linkwizard to a folder whose name has none, then try again.", file=sys.stderr)
        return exit_codes.USAGE
    writes: dict[Path, bytes] = {
        files["desktop"]: desktop.encode("utf-8"),
        files["metainfo"]: source.joinpath(f"{APP_ID}.metainfo.xml").read_bytes(),
        files["svg"]: source.joinpath("linkwizard.svg").read_bytes(),
    }
    for size in SIZES:
        writes[files[f"png{size}"]] = source.joinpath("icons").joinpath(f"linkwizard-{size}.png").read_bytes()
    try:
        for path, content in writes.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    except OSError as exc:
        print(f"linkwizard: could not write {exc.filename}: {exc.strerror}.", file=sys.stderr)
        return exit_codes.STORAGE
    _refresh(data_home())
    print(f"Added linkwizard to the application menu:\n  {files['desktop']}\n  icons under "
          f"{data_home() / 'icons' / 'hicolor'}\nRemove it again with: linkwizard --uninstall-desktop-entry")
    return exit_codes.OK


def uninstall() -> int:
    removed = 0
    for path in targets().values():
        try:
            path.unlink()
            removed += 1
        except FileNotFoundError:
            pass
        except OSError as exc:
            print(f"linkwizard: could not remove {path}: {exc.strerror}.", file=sys.stderr)
            return exit_codes.STORAGE
    _refresh(data_home())
    print("Removed linkwizard from the application menu." if removed else "linkwizard was not in the menu.")
    return exit_codes.OK


def _refresh(home: Path) -> None:
    """Let menus notice now rather than at the next login; both tools are optional."""
    for command in (["update-desktop-database", "-q", str(home / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(home / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env=dict(os.environ))

"""Render the SVG app icon to the PNG sizes desktops and bundles need, and from those PNGs the
Windows `.ico` and macOS `.icns` the release builds use (all committed, like the screenshots;
run again after changing the SVG): `.venv/bin/python scripts/make_icons.py`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "src" / "linkwizard" / "resources"
PACKAGING_ICONS = ROOT / "packaging" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows Explorer and the taskbar ask for
ICNS_SIZES = (16, 32, 64, 128, 256, 512)  # the sizes an .icns holds (with @2x from the larger ones)


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(RESOURCES / "linkwizard.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = RESOURCES / "icons" / f"linkwizard-{size}.png"
        target.parent.mkdir(exist_ok=True)
        image.save(str(target))
        print(target.relative_to(ROOT))
    del app
    write_platform_icons()
    return 0


def write_platform_icons() -> None:
    """`.ico` and `.icns` from the rendered PNGs, each size from its own rendering."""
    from PIL import Image

    PACKAGING_ICONS.mkdir(exist_ok=True)
    pngs = {size: Image.open(RESOURCES / "icons" / f"linkwizard-{size}.png").convert("RGBA") for size in SIZES}
    largest = pngs[max(ICO_SIZES)]
    largest.save(PACKAGING_ICONS / "linkwizard.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[pngs[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    pngs[512].save(PACKAGING_ICONS / "linkwizard.icns", format="ICNS",
                   append_images=[pngs[s] for s in ICNS_SIZES if s != 512])
    for name in ("linkwizard.ico", "linkwizard.icns"):
        print((PACKAGING_ICONS / name).relative_to(ROOT))


if __name__ == "__main__":
    sys.exit(main())

"""Render the SVG app icon to the PNG sizes desktops and bundles need (committed, like the
screenshots; run again after changing the SVG): `.venv/bin/python scripts/make_icons.py`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

RESOURCES = Path(__file__).resolve().parent.parent / "src" / "linkwizard" / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


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
        print(target.relative_to(RESOURCES.parent.parent.parent))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The README's screenshots come from scripts/screenshots.py with fixed keys and a fixed clock:
regenerating them changes no byte while the screens stay the same, and a changed screen
fails here until its pictures are regenerated (scripts/screenshots.sh)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_regenerating_the_screenshots_changes_no_byte(tmp_path: Path) -> None:
    home = tmp_path / "screenshots-home"
    home.mkdir()
    out = tmp_path / "images"
    env = dict(os.environ, HOME=str(home), TZ="UTC", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "scripts/screenshots.py", "--out", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    committed = sorted(p.name for p in (ROOT / "docs" / "images").glob("*.png"))
    made = sorted(p.name for p in out.glob("*.png"))
    assert made == committed
    changed = [name for name in made if (out / name).read_bytes() != (ROOT / "docs" / "images" / name).read_bytes()]
    assert changed == [], f"run scripts/screenshots.sh and look at them: {changed}"

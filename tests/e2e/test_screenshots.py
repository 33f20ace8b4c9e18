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


@pytest.mark.slow
def test_other_fonts_on_the_machine_change_no_byte(tmp_path: Path) -> None:
    """ImageMagick installed with its recommended packages brings Noto Sans Mono, which Qt
    would prefer for monospaced text. Here it is made visible to the screenshot run alone (a
    private mount namespace puts it in /usr/local/share/fonts; nothing is installed), and the
    pictures are still the committed bytes: the script pins its fonts."""
    if os.geteuid() != 0:
        pytest.skip("a private mount namespace needs root (CI runs as root)")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    subprocess.run(["apt-get", "download", "fonts-noto-mono"], cwd=tmp_path, check=True, capture_output=True,
                   timeout=300)
    [package] = tmp_path.glob("fonts-noto-mono_*.deb")
    subprocess.run(["dpkg", "-x", str(package), str(tmp_path / "x")], check=True, timeout=60)
    for font in (tmp_path / "x").rglob("NotoSansMono-*.ttf"):
        font.rename(fonts / font.name)
    assert list(fonts.glob("*.ttf")), "the package holds Noto Sans Mono"
    home = tmp_path / "screenshots-home"
    home.mkdir()
    out = tmp_path / "images"
    run = (f"mount --bind {fonts} /usr/local/share/fonts && "
           f'exec {sys.executable} scripts/screenshots.py --out {out}')
    env = dict(os.environ, HOME=str(home), TZ="UTC", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(["unshare", "--mount", "--propagation", "private", "bash", "-c", run], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    changed = [p.name for p in sorted(out.glob("*.png"))
               if p.read_bytes() != (ROOT / "docs" / "images" / p.name).read_bytes()]
    assert len(list(out.glob("*.png"))) > 10
    assert changed == []

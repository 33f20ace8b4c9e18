"""The PyInstaller bundle builds and passes its own self-test (offscreen, real keyring)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from sandbox import Home

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_self_test(home: Home) -> None:
    built = subprocess.run([str(ROOT / "packaging" / "build.sh")], cwd=ROOT, capture_output=True, text=True,
                           timeout=900, check=False)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    assert "bundle size:" in built.stdout and "tarball size:" in built.stdout
    sums = (ROOT / "dist" / "SHA256SUMS").read_text()
    assert "linkwizard-" in sums and "-linux-x86_64.tar.gz" in sums
    again = subprocess.run([str(ROOT / "packaging" / "build.sh")], cwd=ROOT, capture_output=True, text=True,
                           timeout=900, check=False)
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr[-3000:]
    assert (ROOT / "dist" / "SHA256SUMS").read_text() == sums  # reproducible: the same bytes twice
    binary = ROOT / "dist" / "linkwizard" / "linkwizard"
    bundled = ROOT / "dist" / "linkwizard" / "_internal" / "PySide6"
    assert not list(bundled.rglob("*QtQml*")) and not list(bundled.rglob("libqgtk3*"))
    done = subprocess.run([str(binary), "--self-test"], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("ok  ") == 3 and "ready to use" in done.stdout

"""The scripts' own promises: a keyring they start is stopped by its pid when they end."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_scripts_keyring_is_stopped_by_its_pid(tmp_path: Path) -> None:
    script = ('. scripts/lib/keyring.sh; start_keyring secret; echo "$keyring_pid"; '
              'cat "/proc/$keyring_pid/comm"; stop_keyring')
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env=dict(os.environ, HOME=str(tmp_path)), check=True)
    pid, name = done.stdout.split()[:2]
    assert name.startswith("gnome-keyring")
    for _ in range(50):
        if not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]:
            break
        subprocess.run(["sleep", "0.1"], check=True)
    else:
        raise AssertionError(f"gnome-keyring-daemon {pid} is still running")

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


def test_a_keyring_of_the_runs_home_on_another_bus_is_stopped_too(tmp_path: Path) -> None:
    """A daemon whose pid start_keyring never learned (started on another bus, e.g. a test's
    own, with the run's HOME) outlives the session unless stop_keyring finds it by its HOME:
    the test command then leaves nothing of the run behind."""
    script = ('. scripts/lib/keyring.sh; start_keyring secret; '
              'other=$(dbus-daemon --session --fork --print-address=1 --print-pid=1 | tr "\\n" " "); '
              'set -- $other; '
              'printf secret | DBUS_SESSION_BUS_ADDRESS=$1 gnome-keyring-daemon --unlock --components=secrets '
              '>/dev/null; echo "$2"; stop_keyring')
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env=dict(os.environ, HOME=str(tmp_path)), check=True)
    other_bus = done.stdout.split()[-1]
    try:
        for _ in range(50):
            left = [pid for pid in _keyring_daemons() if f"HOME={tmp_path}" in _environment(pid)]
            if not left:
                break
            subprocess.run(["sleep", "0.1"], check=True)
        else:
            for pid in left:
                os.kill(int(pid), 15)
            raise AssertionError(f"gnome-keyring-daemon {left} of the run's HOME is still running")
    finally:
        os.kill(int(other_bus), 15)


def _keyring_daemons() -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and (proc / "comm").read_text().strip() == "gnome-keyring-d" \
                    and "Z" not in (proc / "stat").read_text().split()[2]:
                found.append(proc.name)
        except OSError:
            continue
    return found


def _environment(pid: str) -> list[str]:
    try:
        return Path(f"/proc/{pid}/environ").read_bytes().decode(errors="replace").split("\0")
    except OSError:
        return []

"""The single-instance socket cannot be squatted or knocked on by another user (security
review, finding 3): a foreign socket or folder never silences a launch."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from linkwizard.gui.startup.single_instance import SingleInstance, ask_running_instance, server_name
from linkwizard.store import paths
from support.gui_helpers import knock_from_a_thread
from support.sandbox import Home

NOBODY = 65534
needs_root = pytest.mark.skipif(os.geteuid() != 0, reason="acting as another user needs root")


def launch(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Start the app; it quits after its first paint (the start-up benchmark's end point)."""
    return subprocess.run([sys.executable, "-m", "linkwizard"], capture_output=True, text=True, timeout=60,
                          env=dict(env, LINKWIZARD_EXIT_AFTER_FIRST_PAINT="1"), check=False)


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder in the shared /tmp that other users can reach, like /tmp itself."""
    folder = Path(tempfile.mkdtemp(prefix="lw-shared-", dir="/tmp"))
    os.chmod(folder, 0o1777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_socket_lives_in_the_runtime_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    name = server_name(paths.data_dir())
    assert name is not None
    assert Path(name).parent == runtime


def test_without_a_runtime_folder_a_private_one_is_made(monkeypatch: pytest.MonkeyPatch, shared_tmp: Path) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(shared_tmp))
    name = server_name(paths.data_dir())
    assert name is not None
    folder = Path(name).parent
    assert folder == shared_tmp / f"linkwizard-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert folder.stat().st_uid == os.getuid()


@needs_root
def test_a_squatted_fallback_folder_never_silences_the_launch(shared_tmp: Path, home: Home) -> None:
    """Another user made /tmp/linkwizard-<uid> first and listens in it."""
    squatted = shared_tmp / f"linkwizard-{os.getuid()}"
    squatted.mkdir(mode=0o777)
    os.chown(squatted, NOBODY, NOBODY)
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    env["TMPDIR"] = str(shared_tmp)
    done = launch(env)
    assert done.returncode == 0, done.stderr
    assert "already open" not in done.stdout
    log = (home.log_dir / "linkwizard.log").read_text()
    assert "not a private folder" in log


@needs_root
def test_a_foreign_socket_in_place_is_ignored(home: Home, tmp_path: Path) -> None:
    """A socket file of another user's, with a listener that takes the knock and says nothing."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime))
    code = ("from linkwizard.store import paths; from linkwizard.gui.startup.single_instance import server_name; "
            "print(server_name(paths.data_dir()))")
    name = subprocess.run([sys.executable, "-c", code],
                          env=env, capture_output=True, text=True, check=True).stdout.strip()
    with socket.socket(socket.AF_UNIX) as squatter:
        squatter.bind(name)
        squatter.listen()
        os.chown(name, NOBODY, NOBODY)
        assert not ask_running_instance(name)  # refused before connecting: not ours
        os.chown(name, os.getuid(), os.getgid())
        squatter.settimeout(5)
        assert not ask_running_instance(name)  # ours, but no linkwizard answer: not silenced
        done = launch(env)
    assert done.returncode == 0, done.stderr
    assert "already open" not in done.stdout


@needs_root
def test_a_knock_from_another_user_is_ignored(qtbot: QtBot, shared_tmp: Path) -> None:
    name = str(shared_tmp / "linkwizard-knock")
    instance = SingleInstance(name)
    assert instance.listen()
    os.chmod(name, 0o777)  # even if the socket were reachable, the peer's uid is checked
    knocked: list[bool] = []
    instance.activated.connect(lambda: knocked.append(True))
    knock = ("import socket, sys\ns = socket.socket(socket.AF_UNIX)\ns.settimeout(2)\ns.connect(sys.argv[1])\n"
             "try:\n    s.sendall(b'activate\\n')\n    print(s.recv(3))\n"
             "except OSError:\n    print('hung up on')\n")  # the listener may drop the call first
    try:
        # the system's Python: another user may not be able to read this checkout's virtualenv
        python = shutil.which("python3", path="/usr/bin:/bin") or sys.executable
        with subprocess.Popen(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups",
                               python, "-c", knock, name], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) as other:
            qtbot.waitUntil(lambda: other.poll() is not None, timeout=10000)
            out, err = other.communicate()
        assert other.returncode == 0, err
        assert "ok" not in out
        qtbot.wait(200)  # a negative check: an accepted knock would have arrived by now
        assert knocked == []
        with qtbot.waitSignal(instance.activated, timeout=5000):  # the same knock from this user works
            assert knock_from_a_thread(qtbot, name)
    finally:
        instance.close()


"""`team login --method oidc` against a real OpenBao whose OIDC auth method trusts a real
OpenID provider (oauth2-mock-server): the browser goes out and comes back to
http://localhost:8250/oidc/callback, a forged callback is refused, and Ctrl+C stops the wait."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from support.sandbox import Cli
from support.team_vault import TeamVault

BROWSER = Path(__file__).resolve().parents[1] / "support" / "oidc_browser.py"


def test_oidc_login_in_the_browser(cli: Cli, oidc_vault: TeamVault, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "browser.json"
    monkeypatch.setenv("BROWSER", f"{sys.executable} {BROWSER} %s")
    monkeypatch.setenv("OIDC_BROWSER_LOG", str(log))
    assert cli("team", "setup", "--address", oidc_vault.address, "--mount", oidc_vault.mount).code == 0
    login = cli("team", "login", "--method", "oidc", timeout=120)
    assert login.code == 0, login.stderr
    assert "Finish the login in your browser" in login.stderr
    seen = json.loads(log.read_text())
    assert seen["redirect_uri"] == "http://localhost:8250/oidc/callback"
    assert seen["forged"] == 400  # a callback with another state is refused
    assert seen["followed"] == 200
    assert "You are logged in" not in seen["page"]  # said before the vault judged the code
    assert "Logged in to the team vault as oidc-" in login.stdout
    status = json.loads(cli("team", "status", "--json").stdout)
    assert status["logged_in"] is True
    assert f"{oidc_vault.mount}-oidc" in status["policies"]


def test_ctrl_c_stops_waiting_for_the_browser(cli: Cli, oidc_vault: TeamVault) -> None:
    assert cli("team", "setup", "--address", oidc_vault.address, "--mount", oidc_vault.mount).code == 0
    env = dict(os.environ, BROWSER="true")  # a browser that never comes back
    # Ctrl+C as a terminal delivers it: a run started in the background of a script (`cmd &`)
    # inherits SIGINT ignored, and the login would rightly ignore it too.
    waiting = subprocess.Popen([sys.executable, "-m", "linkwizard", "team", "login", "--method", "oidc"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", 8250), timeout=1):
                break
        except OSError:
            time.sleep(0.1)
    time.sleep(0.5)
    started = time.monotonic()
    waiting.send_signal(signal.SIGINT)
    try:
        _, err = waiting.communicate(timeout=30)
    finally:  # a login left waiting would hold port 8250 for the next tests
        if waiting.poll() is None:
            waiting.kill()
            waiting.communicate()
    assert time.monotonic() - started < 3
    assert waiting.returncode == 130, err
    assert "cancelled" in err
    with pytest.raises(ConnectionRefusedError):  # the listener is gone
        socket.create_connection(("127.0.0.1", 8250), timeout=1).close()


def test_a_code_the_vault_refuses_gets_a_neutral_page_and_no_traceback(
        cli: Cli, oidc_vault: TeamVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The right state with a code the vault never issued (someone who read the browser's
    command line): the login fails, the browser is not told it worked, and a connection left
    open to the listener ends without a traceback."""
    log = tmp_path / "browser.json"
    monkeypatch.setenv("BROWSER", f"{sys.executable} {BROWSER} %s")
    monkeypatch.setenv("OIDC_BROWSER_LOG", str(log))
    monkeypatch.setenv("OIDC_BROWSER_MODE", "bad-code")
    monkeypatch.setenv("OIDC_BROWSER_IDLE", "1")
    assert cli("team", "setup", "--address", oidc_vault.address, "--mount", oidc_vault.mount).code == 0
    login = cli("team", "login", "--method", "oidc", timeout=120)
    assert login.code != 0
    assert "refused the login" in login.stderr, login.stderr
    assert "Traceback" not in login.stderr
    assert "Task was destroyed" not in login.stderr
    page = json.loads(log.read_text())["page"]
    assert "You are logged in" not in page
    assert "says whether the login worked" in page


def test_the_login_refuses_when_ipv6_localhost_is_taken(cli: Cli, oidc_vault: TeamVault) -> None:
    """localhost may be ::1 for the browser: someone else's listener there would get the code."""
    try:
        squatter = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        squatter.bind(("::1", 8250))
    except OSError:
        pytest.skip("this machine has no IPv6 loopback")
    squatter.listen()
    try:
        assert cli("team", "setup", "--address", oidc_vault.address, "--mount", oidc_vault.mount).code == 0
        login = cli("team", "login", "--method", "oidc", timeout=60)
    finally:
        squatter.close()
    assert login.code == 6, login.stderr
    assert "Port 8250 on this computer is in use" in login.stderr

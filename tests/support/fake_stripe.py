"""A stand-in for api.stripe.com: a real HTTP server on 127.0.0.1 replaying Stripe's shapes.

Bodies and headers follow Stripe's documented formats (docs.stripe.com/api/errors,
/api/pagination, /api/balance, /api/accounts) and error texts quoted in public issues
(see ../shared/research/stripe-keys-and-errors.md). Faults (delays, resets, stalls, HTML
and oversized bodies) are scripted per key and per path.
"""

from __future__ import annotations

import json
import random
import secrets
import socket
import string
import struct
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

_ALNUM = string.ascii_letters + string.digits
_choice = secrets.choice


def use_seed(seed: int) -> None:
    """Make key bodies from a seeded generator instead of the system's, so a run is repeatable
    (scripts/screenshots.py: the same screens give the same bytes). Tests never call it."""
    global _choice
    _choice = random.Random(seed).choice


def make_key(kind: str = "sk", mode: str = "test", length: int = 24) -> str:
    """A fresh, obviously fake key, assembled at run time (no key literal in the sources)."""
    body = "LwFake" + "".join(_choice(_ALNUM) for _ in range(length - 6))
    return f"{kind}_{mode}_{body}"


def make_org_key(length: int = 32) -> str:
    """A fresh, obviously fake organization key, with `_` in its body as the key check allows."""
    body = "live_LwFake" + "".join(_choice(_ALNUM) for _ in range(length - 11))
    return f"sk_org_{body[:18]}_{body[18:]}"


def masked(key: str) -> str:
    """How Stripe echoes a key in its error messages."""
    prefix = key[: key.index("_", 3) + 1]
    return prefix + "*" * (len(key) - len(prefix) - 4) + key[-4:]


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON-able, or bytes sent as they are
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # before the status line
    fault: str | None = None  # "reset", "reset_body", "stall_body", "close"
    content_type: str = "application/json"


def error_body(message: str, type_: str = "invalid_request_error", code: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"message": message, "type": type_}
    if code:
        error["code"] = code
        error["doc_url"] = f"https://stripe.com/docs/error-codes/{code.replace('_', '-')}"
    return {"error": error}


def customers_list() -> Reply:
    return empty_list("/v1/customers")


def empty_list(path: str) -> Reply:
    return Reply(body={"object": "list", "data": [], "has_more": False, "url": path})


# What a restricted key needs to read each list endpoint, written down independently of the
# app's own table so a wrong mapping there fails the tests (Stripe's 403 names these).
READ_PERMISSIONS = {
    "/v1/customers": "rak_customer_read", "/v1/charges": "rak_charge_read",
    "/v1/payment_intents": "rak_payment_intent_read", "/v1/refunds": "rak_refund_read",
    "/v1/disputes": "rak_dispute_read", "/v1/invoices": "rak_invoice_read",
    "/v1/subscriptions": "rak_subscription_read", "/v1/products": "rak_product_read",
    "/v1/prices": "rak_plan_read", "/v1/payouts": "rak_payout_read", "/v1/balance": "rak_balance_read",
    "/v1/events": "rak_event_read", "/v1/checkout/sessions": "rak_checkout_session_read",
}


def balance(livemode: bool) -> Reply:
    amounts = [{"amount": 0, "currency": "usd", "source_types": {"card": 0}}]
    return Reply(body={"object": "balance", "available": amounts, "connect_reserved": amounts,
                       "livemode": livemode, "pending": amounts})


def account(account_id: str, name: str | None) -> Reply:
    return Reply(body={
        "id": account_id, "object": "account", "type": "standard", "country": "US",
        "default_currency": "usd", "charges_enabled": True,
        "business_profile": {"name": name, "url": None},
        "settings": {"dashboard": {"display_name": name, "timezone": "Etc/UTC"}},
    })


def invalid_key(key: str) -> Reply:
    return Reply(401, error_body(f"Invalid API Key provided: {masked(key)}"))


def expired_key(key: str) -> Reply:
    return Reply(401, error_body(f"Expired API Key provided: {masked(key)}", code="api_key_expired"))


def missing_permission(key: str, permission: str = "rak_customer_read",
                       account_id: str = "acct_1LwFakeAcct0001") -> Reply:
    return Reply(403, error_body(
        f"The provided key '{masked(key)}' does not have the required permissions for this endpoint "
        f"on account '{account_id}'. Having the '{permission}' permission would allow this request "
        "to continue."))


def rate_limited(**headers: str) -> Reply:
    return Reply(429, error_body("Request rate limit exceeded. Learn more about rate limits here "
                                 "https://stripe.com/docs/rate-limits.", code="rate_limit"),
                 headers=dict(headers))


def server_error(status: int = 500, **headers: str) -> Reply:
    return Reply(status, error_body("An unknown error occurred", type_="api_error"), headers=dict(headers))


def conflict(**headers: str) -> Reply:
    return Reply(409, error_body("There is currently another in-progress request using this "
                                 "Stripe token (probably a retry). Please try again later.",
                                 type_="invalid_request_error", code="lock_timeout"),
                 headers=dict(headers))


def captive_portal() -> Reply:
    html = b"<html><head><title>Hotel Wi-Fi</title></head><body>Please sign in</body></html>"
    return Reply(200, html, content_type="text/html; charset=utf-8")


def no_access_to_account(key: str, account_id: str) -> Reply:
    """A Stripe-Context (or Stripe-Account) naming an account the key may not act on."""
    return Reply(403, error_body(
        f"The provided key '{masked(key)}' does not have access to account '{account_id}' (or that account "
        "does not exist). Application access may have been revoked.", code="account_invalid"))


def context_required() -> Reply:
    """An organization key without Stripe-Context (docs.stripe.com/keys/organization-api-keys says
    the header is required; the wording here is an assumption, see docs/stripe-notes.md)."""
    return Reply(400, error_body("Requests made with an organization API key must include a Stripe-Context "
                                 "header naming the account to act on."))


def version_required() -> Reply:
    return Reply(400, error_body("Requests made with an organization API key must include a Stripe-Version "
                                 "header."))


@dataclass
class Recorded:
    path: str
    query: str
    authorization: str | None
    user_agent: str | None
    accept_encoding: str | None = None
    stripe_version: str | None = None
    stripe_context: str | None = None


class _Server(ThreadingHTTPServer):
    # http.server listens with a backlog of 5; parallel clients beyond that would wait for a
    # SYN retry (a second) that real Stripe never causes.
    request_queue_size = 128


class FakeStripe:
    """Per-key scripted replies. Unknown keys get Stripe's real 401 for an invalid key."""

    def __init__(self, accept_any_key: bool = False) -> None:
        self.accept_any_key = accept_any_key  # every well-formed key works (the benchmark's server)
        self._routes: dict[str, dict[str, list[Reply]]] = {}
        # Keys that act on other accounts: by key, the tables of the accounts each may name.
        self._contexts: dict[str, dict[str, dict[str, list[Reply]]]] = {}
        self._organization_keys: set[str] = set()
        self._lock = threading.Lock()
        self.requests: list[Recorded] = []
        self.in_flight = 0
        self.latency = 0.0  # added before every answer, like the distance to Stripe
        self.max_in_flight = 0  # the most requests the server was answering at once
        self._stop = threading.Event()
        handler = _handler_for(self)
        self._server = _Server(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        # A client that hangs up (cancel, timeout) is part of the script, not an error to print.
        self._server.handle_error = lambda request, client_address: None  # type: ignore[method-assign]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def behind_tls(self) -> Any:
        """Serve over real TLS with a certificate from a new private authority (a trustme.CA,
        returned; nobody trusts it unless a test says so). Call before start()."""
        import ssl

        import trustme

        authority = trustme.CA()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        authority.issue_cert("127.0.0.1").configure_cert(context)
        self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        return authority

    @property
    def https_url(self) -> str:
        return self.url.replace("http://", "https://")

    def start(self) -> FakeStripe:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._server.shutdown()
        self._server.server_close()

    # scripting ----------------------------------------------------------------------
    def add_key(self, key: str, *, account_id: str | None = None,
                display_name: str | None = "Rocket Rides", livemode: bool | None = None,
                can_read: set[str] | None = None, **routes: Reply | list[Reply]) -> str:
        """A working key; `routes` override paths, e.g. customers=[server_error(), ...].

        `can_read` lists the paths (like "/v1/invoices") a restricted key may read; every
        other read endpoint answers Stripe's 403 naming the permission. None: all of them.
        """
        table = _table_for(key, account_id, display_name, livemode, can_read, routes)
        with self._lock:
            self._routes[key] = table
        return key

    def add_organization_key(self, key: str, accounts: dict[str, str | None], livemode: bool = False) -> str:
        """An sk_org key of an organization with these accounts (id: display name). Every
        request must carry Stripe-Version and a Stripe-Context naming one of them."""
        with self._lock:
            self._organization_keys.add(key)
            self._contexts[key] = {account_id: _table_for(key, account_id, name, livemode, None, {})
                                   for account_id, name in accounts.items()}
        return key

    def add_connected_accounts(self, key: str, accounts: dict[str, str | None]) -> None:
        """A platform's key (added with add_key) may act on these connected accounts."""
        live = "_live_" in key
        with self._lock:
            self._contexts[key] = {account_id: _table_for(key, account_id, name, live, None, {})
                                   for account_id, name in accounts.items()}

    def count(self, path: str = "/v1/customers") -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    def reset_counts(self) -> None:
        with self._lock:
            self.requests.clear()

    def _reply_for(self, path: str, authorization: str | None, context: str | None = None,
                   version: str | None = None) -> Reply:
        if not authorization:
            return Reply(401, error_body(
                "You did not provide an API key. You need to provide your API key in the "
                "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY')."))
        key = authorization.removeprefix("Bearer ").strip()
        with self._lock:
            if key in self._organization_keys and not version:
                return version_required()
            if key in self._organization_keys and not context:
                return context_required()
            if context:
                target = context.rsplit("/", 1)[-1]
                known = self._contexts.get(key, {})
                if key not in self._routes and key not in self._organization_keys:
                    return invalid_key(key)
                if target not in known:
                    return no_access_to_account(key, target)
                script = known[target].get(path)
                if script is None:
                    return Reply(404, error_body(f"Unrecognized request URL (GET: {path})."))
                return script.pop(0) if len(script) > 1 else script[0]
            table = self._routes.get(key)
            if table is None and self.accept_any_key and key.startswith(("sk_", "rk_")):
                table = self._routes[key] = _table_for(key, None, "Rocket Rides", None, None, {})
            if table is None:
                return invalid_key(key)
            script = table.get(path)
            if script is None:
                return Reply(404, error_body(f"Unrecognized request URL (GET: {path}).",
                                             ))
            return script.pop(0) if len(script) > 1 else script[0]

    def wait(self, seconds: float) -> None:
        self._stop.wait(seconds)


@dataclass
class Cancelled:
    """What `cancel_while_waiting` saw: what the work raised, how many requests were waiting
    at the server when it was cancelled, and how long it took to stop after that."""

    raised: list[BaseException]
    in_flight: int
    seconds: float


def cancel_while_waiting(fake: FakeStripe, work: Any, cancel: Any, timeout: float = 10) -> Cancelled:
    """Run `work()` in a thread until a request of it waits at `fake`, then `cancel.cancel()`."""
    import time

    raised: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # the cancellation, as a LinkwizardError
            raised.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    deadline = time.monotonic() + timeout
    while fake.in_flight == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    waiting = fake.in_flight
    started = time.monotonic()
    cancel.cancel()
    worker.join(timeout)
    assert not worker.is_alive()
    return Cancelled(raised, waiting, time.monotonic() - started)


def _table_for(key: str, account_id: str | None, display_name: str | None, livemode: bool | None,
               can_read: set[str] | None, routes: dict[str, Reply | list[Reply]]) -> dict[str, list[Reply]]:
    """The scripted answers for one key, by path."""
    live = ("_live_" in key) if livemode is None else livemode
    restricted = key.startswith(("rk_", "rkcs_"))
    if account_id is None:  # each key its own Stripe account unless a test says otherwise
        account_id = "acct_1LwFake" + "".join(_choice(_ALNUM) for _ in range(8))
    table: dict[str, list[Reply]] = {path: [empty_list(path)] for path in READ_PERMISSIONS}
    table["/v1/balance"] = [balance(live)]
    table["/v1/account"] = [missing_permission(key, "rak_accounts_kyc_basic_read", account_id)
                            if restricted else account(account_id, display_name)]
    if can_read is not None:
        for path, permission in READ_PERMISSIONS.items():
            if path not in can_read:
                table[path] = [missing_permission(key, permission, account_id)]
    for name, reply in routes.items():
        table["/v1/" + name.replace("__", "/")] = reply if isinstance(reply, list) else [reply]
    return table


def _handler_for(fake: FakeStripe) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Answers go out at once, as from Stripe's servers (nginx's tcp_nodelay is on by
        # default). With Nagle's algorithm the body, written after the headers, waited for
        # the client's delayed ACK: 40 ms more on every answer of a kept-alive connection.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            authorization = self.headers.get("Authorization")
            with fake._lock:
                fake.requests.append(Recorded(parts.path, parts.query, authorization,
                                              self.headers.get("User-Agent"), self.headers.get("Accept-Encoding"),
                                              self.headers.get("Stripe-Version"), self.headers.get("Stripe-Context")))
            reply = fake._reply_for(parts.path, authorization, self.headers.get("Stripe-Context"),
                                    self.headers.get("Stripe-Version"))
            with fake._lock:
                fake.in_flight += 1
                fake.max_in_flight = max(fake.max_in_flight, fake.in_flight)
            try:
                if reply.delay or fake.latency:
                    fake.wait(reply.delay + fake.latency)
            finally:
                # In flight until its answer starts: the client may send its next request as
                # soon as it has read this one's, before this thread would get here again.
                with fake._lock:
                    fake.in_flight -= 1
            self._answer(reply)

        def _answer(self, reply: Reply) -> None:
            if reply.fault == "reset":
                self._reset()
                return
            raw = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(raw)))
            self.send_header("Request-Id", "req_" + "".join(_choice("0123456789abcdef") for _ in range(14)))
            self.send_header("Stripe-Version", "2024-06-20")
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if reply.fault in ("stall_body", "reset_body"):
                self.wfile.write(raw[: len(raw) // 2])
                self.wfile.flush()
                if reply.fault == "stall_body":
                    fake.wait(30)
                self._reset()
                return
            self.wfile.write(raw)

        def _reset(self) -> None:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()

    return Handler


def main() -> None:
    """Serve a fake Stripe that accepts any well-formed key, in its own process (benchmarks
    use it so that the server's threads do not share the measured process's GIL)."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    server = FakeStripe(accept_any_key=True).start()
    server.latency = args.latency
    print(server.url, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()

"""The team vault's HTTP API (OpenBao, or HashiCorp Vault): a thin client on httpx.

Why not hvac (docs/team-vault.md has the whole argument): every job here must stop within a
second of Cancel, which hvac's blocking `requests` calls cannot; and the bounds every answer
gets from Stripe (1 MiB, identity encoding, the system trust store, no proxy for loopback,
time-outs) come from `net.transport`, shared with the Stripe client.

Every failure becomes a `LinkwizardError` whose Problem names what happened in plain words;
no token and no secret is ever in a message, a log line or an exception. The API:
https://openbao.org/api-docs/secret/kv/kv-v2/ and https://openbao.org/api-docs/system/health/
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, quote, urljoin, urlsplit

from linkwizard.domain import moments, untrusted
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, LinkwizardError, Problem, ProblemKind, problem
from linkwizard.net import http, transport
from linkwizard.net.failures import Failure, failure_of
from linkwizard.net.http import httpx
from linkwizard.net.retry import RetryPolicy
from linkwizard.team import kv
from linkwizard.team.settings import Settings

# sys/health answers with its state in the status code:
# https://openbao.org/api-docs/system/health/
HEALTH_STATES = {200: "active", 429: "standby", 472: "disaster recovery secondary",
                 473: "performance standby", 501: "not initialised", 503: "sealed"}
CAS_MISMATCH = "check-and-set parameter did not match the current version"
SOMEONE = QT_TRANSLATE_NOOP("values", "someone")  # an entry that does not say who wrote it
SOME_TIME = QT_TRANSLATE_NOOP("values", "an unknown time")
A_TEAMMATE = QT_TRANSLATE_NOOP("values", "a teammate")  # a writer's name that is not plainly a name
YOU = QT_TRANSLATE_NOOP("values", "you")  # the writer is the person logged in here
# What a refusal says the policy does not allow ("Your vault policy does not allow …").
DOING_LOOKING_UP_YOUR_LOGIN = QT_TRANSLATE_NOOP("values", "looking up your login")
DOING_RENEWING_YOUR_LOGIN = QT_TRANSLATE_NOOP("values", "renewing your login")
DOING_LOGGING_OUT = QT_TRANSLATE_NOOP("values", "logging out")
DOING_READING_ITS_OWN_CAPABILITIES = QT_TRANSLATE_NOOP("values", "reading its own capabilities")
DOING_SEEING_THE_MOUNT = QT_TRANSLATE_NOOP("values", "seeing the mount")
DOING_LOGGING_IN = QT_TRANSLATE_NOOP("values", "logging in")
DOING_STARTING_THE_BROWSER_LOGIN = QT_TRANSLATE_NOOP("values", "starting the browser login")
DOING_FINISHING_THE_BROWSER_LOGIN = QT_TRANSLATE_NOOP("values", "finishing the browser login")
DOING_WRITING_HERE = QT_TRANSLATE_NOOP("values", "writing here")
DOING_READING_HERE = QT_TRANSLATE_NOOP("values", "reading here")
DOING_LISTING_THE_TEAM_S_KEYS = QT_TRANSLATE_NOOP("values", "listing the team's keys")
DOING_DELETING_HERE = QT_TRANSLATE_NOOP("values", "deleting here")


@dataclass(frozen=True)
class Policy(RetryPolicy):
    """The vault's time limits (`kv`'s, which exec's direct reader uses too) and retries: of
    reads only, a write is never sent twice."""

    connect_timeout: float = kv.CONNECT_TIMEOUT
    read_timeout: float = kv.READ_TIMEOUT
    total_timeout: float = 30.0
    max_retries: int = 2
    initial_delay: float = 0.3
    max_delay: float = 5.0


@dataclass(frozen=True)
class Health:
    status: int
    state: str  # HEALTH_STATES' words
    version: str | None

    @property
    def serves(self) -> bool:
        """An unsealed, initialised node of the primary cluster (active or standby)."""
        return self.status in (200, 429, 473)


@dataclass(frozen=True)
class Login:
    """A token just issued: the token, and what the vault said of its lifetime."""

    token: str = field(repr=False)
    ttl: int  # seconds; 0: does not expire
    renewable: bool


@dataclass(frozen=True)
class TokenInfo:
    display_name: str
    policies: tuple[str, ...]
    ttl: int  # seconds left; 0: does not expire
    renewable: bool
    creation_ttl: int


@dataclass(frozen=True)
class Entry:
    """An entry's metadata, as `team list` shows it; never the secret."""

    name: str
    version: int
    updated_at: str | None
    deleted: bool  # the current version is soft-deleted or destroyed
    about: Mapping[str, str]  # custom_metadata: environment, key_hint, linked_by, ...

    @property
    def updated_by(self) -> str:
        return writer(self.about)


def writer(about: Mapping[str, str]) -> str:
    """Who wrote the current version, as the metadata says: a teammate's computer wrote it, so
    a name that is not plainly a name is *a teammate* (domain.untrusted.teammate)."""
    written = about.get("updated_by") or about.get("linked_by")
    if not written:
        return SOMEONE
    return untrusted.teammate(written) or A_TEAMMATE


@dataclass(frozen=True)
class Secret:
    key: str = field(repr=False)
    version: int
    about: Mapping[str, str]
    updated_at: str | None


class Conflict(LinkwizardError):
    """A check-and-set write found another version than expected; `entry` is what is there now."""

    def __init__(self, found: Problem, entry: Entry | None) -> None:
        super().__init__(found)
        self.entry = entry


class Session:
    """One pooled connection to the vault for one piece of work: `async with Session(...)`."""

    def __init__(self, settings: Settings, token: str | None = None, policy: Policy = Policy()) -> None:
        self.settings = settings
        self._token = token
        self.policy = policy
        self._base = settings.address
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Session:
        loopback = transport.is_loopback_url(self._base)
        headers = kv.headers(self.settings)  # the token goes with each call that needs it
        try:
            trust = transport.trust_context(self.settings.ca_cert)
        except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
            raise LinkwizardError(problem(ProblemKind.TEAM_TLS, detail=f"CA file unusable: {type(exc).__name__}")) \
                from None
        self._client = http.make_client(self.policy, headers, trust, loopback=loopback, connections=16)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    # the API ------------------------------------------------------------------------
    async def health(self) -> Health:
        reply = await self._call("GET", "sys/health", authenticated=False, accept=tuple(HEALTH_STATES))
        body = reply.body if isinstance(reply.body, dict) else {}
        return Health(reply.status, HEALTH_STATES.get(reply.status, "unknown"),
                      untrusted.plain_text(_text(body.get("version"))))

    async def require_serving(self) -> Health:
        found = await self.health()
        if not found.serves:
            raise LinkwizardError(health_problem(found.status, self._base))
        return found

    async def lookup_self(self) -> TokenInfo:
        data = _data(await self._call("GET", "auth/token/lookup-self", action=DOING_LOOKING_UP_YOUR_LOGIN))
        policies = data.get("policies")
        return TokenInfo(
            display_name=untrusted.plain_text(_text(data.get("display_name"))) or "token",
            policies=tuple(untrusted.plain_text(p) or "?" for p in policies if isinstance(p, str))
            if isinstance(policies, list) else (),
            ttl=_int(data.get("ttl")), renewable=data.get("renewable") is True,
            creation_ttl=_int(data.get("creation_ttl")))

    async def renew_self(self) -> Login:
        reply = await self._call("POST", "auth/token/renew-self", body={}, action=DOING_RENEWING_YOUR_LOGIN)
        return _login(reply, self._token)

    async def revoke_self(self) -> None:
        await self._call("POST", "auth/token/revoke-self", body={}, action=DOING_LOGGING_OUT, accept=(204, 200, 403))

    async def capabilities(self, paths: list[str]) -> dict[str, frozenset[str]]:
        """What the token may do on each path (sys/capabilities-self)."""
        full = [f"{self.settings.mount}/{p}" for p in paths]
        data = _body(await self._call("POST", "sys/capabilities-self", body={"paths": full},
                                      action=DOING_READING_ITS_OWN_CAPABILITIES))
        found: dict[str, frozenset[str]] = {}
        for path, asked in zip(paths, full, strict=True):
            value = data.get(asked, data.get("capabilities") if len(full) == 1 else None)
            found[path] = frozenset(v for v in value if isinstance(v, str)) if isinstance(value, list) else frozenset()
        return found

    async def mount_version(self) -> str | None:
        """The mount's KV version ("2"), or None when it is not a KV mount at all."""
        reply = await self._call("GET", f"sys/internal/ui/mounts/{quote(self.settings.mount)}",
                                 action=DOING_SEEING_THE_MOUNT, accept=(200, 400, 404))
        data = _data(reply) if reply.status == 200 else {}
        options = data.get("options")
        if data.get("type") not in ("kv", "generic") or not isinstance(options, dict):
            return None
        version = options.get("version")
        return version if isinstance(version, str) else "1"

    async def login_userpass(self, username: str, password: str) -> Login:
        path = f"auth/userpass/login/{quote(username, safe='')}"
        return _login(await self._call("POST", path, body={"password": password}, authenticated=False,
                                       action=DOING_LOGGING_IN, login=True), None)

    async def login_approle(self, role_id: str, secret_id: str) -> Login:
        return _login(await self._call("POST", "auth/approle/login", body={"role_id": role_id, "secret_id": secret_id},
                                       authenticated=False, action=DOING_LOGGING_IN, login=True), None)

    async def oidc_auth_url(self, role: str | None, redirect_uri: str, nonce: str) -> str:
        body = {"redirect_uri": redirect_uri, "client_nonce": nonce, "role": role or ""}
        data = _data(await self._call("POST", "auth/oidc/oidc/auth_url", body=body, authenticated=False,
                                      action=DOING_STARTING_THE_BROWSER_LOGIN, login=True))
        url = data.get("auth_url")
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            raise LinkwizardError(problem(ProblemKind.TEAM_LOGIN_REFUSED, detail="no auth_url (is the role right?)"))
        return url

    async def oidc_callback(self, state: str, code: str, nonce: str) -> Login:
        params = {"state": state, "code": code, "client_nonce": nonce}
        return _login(await self._call("GET", "auth/oidc/oidc/callback", params=params, authenticated=False,
                                       action=DOING_FINISHING_THE_BROWSER_LOGIN, login=True), None)

    async def write(self, name: str, key: str, cas: int) -> int:
        """Write the key as a new version with check-and-set `cas` (0: only if there is no
        entry); its version. Conflict when another version is there."""
        path = self._data_path(name)
        reply = await self._call("POST", path, body={"options": {"cas": cas}, "data": {kv.SECRET_FIELD: key}},
                                 action=DOING_WRITING_HERE, accept=(200, 204, 400))
        if reply.status == 400:
            if CAS_MISMATCH in _errors(reply.body):
                entry = await self.entry(name)
                raise Conflict(problem(ProblemKind.TEAM_CONFLICT, detail=f"cas {cas}",
                                       values=written(entry)), entry)
            raise LinkwizardError(problem(ProblemKind.TEAM_UNEXPECTED, status=400, detail="write refused"))
        version = _data(reply).get("version")
        if not isinstance(version, int):
            raise LinkwizardError(problem(ProblemKind.TEAM_UNEXPECTED, detail="write without a version"))
        return version

    async def set_about(self, name: str, about: Mapping[str, str]) -> None:
        """The entry's custom_metadata (never a secret): who wrote it, for which account."""
        await self._call("POST", self._metadata_path(name), body={"custom_metadata": dict(about)},
                         action=DOING_WRITING_HERE, accept=(200, 204))

    async def read(self, name: str, consistent: bool = False) -> Secret:
        """The current version's key. TEAM_ENTRY_GONE when deleted, destroyed or never there.
        `consistent`: right after a write, ask the active node (a standby may lag)."""
        reply = await self._call("GET", self._data_path(name), action=DOING_READING_HERE, accept=(200, 404),
                                 consistent=consistent)
        data = _data(reply)
        metadata = _dict(data.get("metadata"))
        secret = data.get("data")
        key = secret.get(kv.SECRET_FIELD) if isinstance(secret, dict) else None
        if reply.status == 404 or not isinstance(key, str) or not key:
            raise LinkwizardError(problem(ProblemKind.TEAM_ENTRY_GONE, values={"path": self.shown_path(name)},
                                          detail="deleted" if metadata.get("deletion_time") else "not found"))
        return Secret(key=key, version=_int(metadata.get("version")), about=_about(metadata.get("custom_metadata")),
                      updated_at=_text(metadata.get("created_time")))

    async def entry(self, name: str) -> Entry | None:
        """The entry's metadata, or None when there is none."""
        reply = await self._call("GET", self._metadata_path(name), action=DOING_READING_HERE, accept=(200, 404))
        if reply.status == 404:
            return None
        return _entry_from(name, _data(reply))

    async def entries(self, page: int = 250) -> list[Entry] | None:
        """Every entry under the prefix with its metadata, a page of `page` at a time: OpenBao's
        detailed-metadata list, one request where `names` and `entry` take one per entry. None
        where the server has no such list (HashiCorp Vault) or the policy does not grant it."""
        found: list[Entry] = []
        after = ""
        while True:
            params = {"limit": str(page), **({"after": after} if after else {})}
            reply = await self._call("LIST", f"{self.settings.mount}/detailed-metadata/{self.settings.prefix}/",
                                     params=params, action=DOING_LISTING_THE_TEAM_S_KEYS, accept=(200, 403, 404, 405))
            if reply.status in (403, 405) or (reply.status == 404 and "unsupported path" in _errors(reply.body)):
                return None
            data = _data(reply)
            raw_keys = data.get("keys")
            keys: list[Any] = raw_keys if isinstance(raw_keys, list) else []
            info = _dict(data.get("key_info"))
            names = [k for k in keys if isinstance(k, str) and k and not k.endswith("/") and _safe_name(k)]
            found += [_entry_from(name, _dict(info.get(name))) for name in names]
            if len(keys) < page:
                return found
            after = str(keys[-1])

    async def names(self) -> list[str]:
        """Every entry name under the prefix (sub-folders are skipped); [] when there are none."""
        reply = await self._call("LIST", f"{self.settings.mount}/metadata/{self.settings.prefix}/",
                                 action=DOING_LISTING_THE_TEAM_S_KEYS, accept=(200, 404))
        if reply.status == 404:
            return []
        keys = _data(reply).get("keys")
        if not isinstance(keys, list):
            return []
        return [k for k in keys if isinstance(k, str) and k and not k.endswith("/") and _safe_name(k)]

    async def delete_latest(self, name: str) -> None:
        """Soft-delete the current version (it can be undeleted; the history stays)."""
        await self._call("DELETE", self._data_path(name), action=DOING_DELETING_HERE, accept=(200, 204, 404))

    async def delete_entry(self, name: str) -> None:
        """Remove the entry with every version and its metadata (a half-written new entry)."""
        await self._call("DELETE", self._metadata_path(name), action=DOING_DELETING_HERE, accept=(200, 204, 404))

    def shown_path(self, name: str) -> str:
        return f"{self.settings.mount}/{self.settings.entry_path(name)}"

    # plumbing ----------------------------------------------------------------------
    def _data_path(self, name: str) -> str:
        return kv.data_path(self.settings, name)

    def _metadata_path(self, name: str) -> str:
        return kv.metadata_path(self.settings, name)

    async def _call(self, method: str, path: str, *, body: Any = None, params: dict[str, str] | None = None,
                    authenticated: bool = True, action: str = "this", accept: tuple[int, ...] = (200, 204),
                    consistent: bool = False, login: bool = False) -> transport.Reply:
        """One request with the vault's rules: the token in X-Vault-Token, reads retried on a
        transient failure, a redirect followed only on the configured server, and every refusal
        turned into its own Problem."""
        assert self._client is not None, "use `async with Session(...)`"
        headers: dict[str, str] = {}
        if authenticated:
            if not self._token:
                raise LinkwizardError(problem(ProblemKind.TEAM_NOT_LOGGED_IN, detail="no token"))
            headers["X-Vault-Token"] = self._token
        if consistent:  # read-after-write on a cluster whose standbys answer reads
            headers["X-Vault-Inconsistent"] = "forward-active-node"
        idempotent = method in ("GET", "LIST")
        attempt = 0
        try:
            async with asyncio.timeout(self.policy.total_timeout):
                while True:
                    try:
                        reply = await self._send(method, path, body, params, headers)
                    except LinkwizardError as exc:
                        if not idempotent or attempt >= self.policy.max_retries \
                                or exc.problem.kind is not ProblemKind.TEAM_UNREACHABLE:
                            raise
                    else:
                        if reply.status in accept:
                            return reply
                        if not (idempotent and reply.status in (500, 502, 503, 504)) \
                                or attempt >= self.policy.max_retries:
                            raise await self._refusal(reply, path, action, authenticated, login)
                    attempt += 1
                    await asyncio.sleep(self.policy.delay(attempt))
        except TimeoutError:
            raise LinkwizardError(problem(ProblemKind.TEAM_UNREACHABLE, values={"address": self._base},
                                          detail="total time limit reached")) from None

    async def _send(self, method: str, path: str, body: Any, params: dict[str, str] | None,
                    headers: dict[str, str]) -> transport.Reply:
        assert self._client is not None
        base = self._base
        url = f"{base}/v1/{path}"
        for _hop in range(3):
            try:
                async with self._client.stream(method, url, json=body, params=params, headers=headers) as response:
                    if response.status_code in (301, 302, 303, 307, 308) and response.headers.get("location"):
                        location = urljoin(url, response.headers["location"])
                        self._same_server(location)
                        url = location
                        continue
                    raw = await transport.read_body(response)
                    status = response.status_code
            except transport.BodyRefused as exc:
                raise LinkwizardError(problem(ProblemKind.TEAM_UNEXPECTED, detail=str(exc))) from None
            except httpx.HTTPError as exc:
                raise LinkwizardError(_transport_problem(exc, base)) from None
            if not raw.strip():
                return transport.Reply(status, None)
            try:
                parsed = json.loads(raw)
            except (ValueError, RecursionError):
                raise LinkwizardError(problem(ProblemKind.TEAM_UNEXPECTED, status=status,
                                              detail="not JSON")) from None
            return transport.Reply(status, parsed)
        raise LinkwizardError(problem(ProblemKind.TEAM_REDIRECT_REFUSED, detail="too many redirects"))

    def _same_server(self, location: str) -> str:
        """The base address of a redirect's target when it is the configured server itself (the
        same scheme, host and port); else TEAM_REDIRECT_REFUSED. Another port on the same host
        is another server (a second local user may listen there), https never falls back to
        http, and no other host ever gets the token, a login's secret or a key being written."""
        try:
            target, configured = urlsplit(location), urlsplit(self._base)
            same = (target.scheme.lower(), (target.hostname or "").lower(), _port(target)) == \
                (configured.scheme.lower(), (configured.hostname or "").lower(), _port(configured))
        except ValueError:
            same = False
        if not same:
            raise LinkwizardError(problem(ProblemKind.TEAM_REDIRECT_REFUSED,
                                          detail="redirect to another address than the configured one"))
        return self._base

    async def _refusal(self, reply: transport.Reply, path: str, action: str, authenticated: bool,
                       login: bool) -> LinkwizardError:
        status = reply.status
        errors = _errors(reply.body)
        if status == 503 and "sealed" in errors:
            return LinkwizardError(problem(ProblemKind.TEAM_SEALED, status=status))
        if status in HEALTH_STATES and status not in (200, 429) and path == "sys/health":
            return LinkwizardError(health_problem(status, self._base))
        if login and status in (400, 401, 403):
            return LinkwizardError(problem(ProblemKind.TEAM_LOGIN_REFUSED, status=status))
        if status == 403 and authenticated:
            if path != "auth/token/lookup-self" and await self._token_works():
                return LinkwizardError(problem(ProblemKind.TEAM_FORBIDDEN, status=status, detail=path,
                                               values={"action": action,
                                                       "path": f"{self.settings.mount}/{self.settings.prefix}"}))
            return LinkwizardError(problem(ProblemKind.TEAM_LOGIN_EXPIRED, status=status))
        if status >= 500 or status == 429:
            return LinkwizardError(problem(ProblemKind.TEAM_UNREACHABLE, status=status,
                                           values={"address": self._base}, detail=f"HTTP {status}"))
        return LinkwizardError(problem(ProblemKind.TEAM_UNEXPECTED, status=status, detail=f"HTTP {status}"))

    async def _token_works(self) -> bool:
        try:
            reply = await self._send("GET", "auth/token/lookup-self", None, None, {"X-Vault-Token": self._token or ""})
        except LinkwizardError:
            return True  # cannot tell: say what the vault said first
        return reply.status == 200


def health_problem(status: int, address: str) -> Problem:
    if status == 503:
        return problem(ProblemKind.TEAM_SEALED, status=status)
    if status == 501:
        return problem(ProblemKind.TEAM_NOT_INITIALISED, status=status)
    if status in (472, 473):
        role = QT_TRANSLATE_NOOP("values", "Disaster recovery secondary") if status == 472 \
            else QT_TRANSLATE_NOOP("values", "Performance standby")
        return problem(ProblemKind.TEAM_SECONDARY, status=status, values={"role": role})
    return problem(ProblemKind.TEAM_UNEXPECTED, status=status, detail=f"sys/health {status}")


def _transport_problem(exc: httpx.HTTPError, address: str) -> Problem:
    """Stripe's distinctions, in the team vault's words: the certificate, a proxy, the name
    lookup; anything else is the vault that cannot be reached."""
    failure = failure_of(exc, address)
    kind = {Failure.TLS: ProblemKind.TEAM_TLS, Failure.PROXY: ProblemKind.TEAM_PROXY,
            Failure.DNS: ProblemKind.TEAM_DNS}.get(failure, ProblemKind.TEAM_UNREACHABLE)
    return problem(kind, values={"address": address}, detail=f"{failure.value}: {type(exc).__name__}")


def _entry_from(name: str, data: dict[str, Any]) -> Entry:
    version = _int(data.get("current_version"))
    current = _dict(_dict(data.get("versions")).get(str(version)))
    deleted = bool(current.get("deletion_time")) or current.get("destroyed") is True
    return Entry(name=name, version=version, updated_at=_text(data.get("updated_time")), deleted=deleted,
                 about=_about(data.get("custom_metadata")))


def _port(address: SplitResult) -> int:
    """The port an address reaches, its scheme's default when it names none."""
    return address.port or {"https": 443, "http": 80}.get(address.scheme.lower(), 0)


def written(entry: Entry | None, me: str | None = None) -> dict[str, str]:
    """Who wrote the entry's current version and when, for a problem's text: the time local
    and to the minute, and *you* when the writer is this login (`me`)."""
    if entry is None:
        return {"by": SOMEONE, "at": SOME_TIME, "version": "?"}
    by = YOU if me and entry.updated_by == me else entry.updated_by
    return {"by": by, "at": moments.to_the_minute(entry.updated_at) if entry.updated_at else SOME_TIME,
            "version": str(entry.version)}


def _login(reply: transport.Reply, previous: str | None) -> Login:
    auth = reply.body.get("auth") if isinstance(reply.body, dict) else None
    token = auth.get("client_token") if isinstance(auth, dict) else None
    if not isinstance(token, str) or not token or not token.isprintable() or len(token) > 4096:
        raise LinkwizardError(problem(ProblemKind.TEAM_UNEXPECTED, detail="no client_token in the answer"))
    assert isinstance(auth, dict)
    return Login(token=token, ttl=_int(auth.get("lease_duration")), renewable=auth.get("renewable") is True)


def _body(reply: transport.Reply) -> dict[str, Any]:
    return reply.body if isinstance(reply.body, dict) else {}


def _data(reply: transport.Reply) -> dict[str, Any]:
    return _dict(_body(reply).get("data"))


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _errors(body: Any) -> str:
    """The vault's error texts, lower case, for matching only (never shown: they may echo input)."""
    errors = body.get("errors") if isinstance(body, dict) else None
    return " ".join(e for e in errors if isinstance(e, str)).lower() if isinstance(errors, list) else ""


def _about(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {k: untrusted.plain_text(v) or "" for k, v in value.items()
            if isinstance(k, str) and isinstance(v, str) and len(k) < 64 and len(v) < 512}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _safe_name(name: str) -> bool:
    return len(name) <= 128 and all(c.isprintable() for c in name)

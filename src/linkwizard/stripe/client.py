"""Talking to Stripe: the connection test, identity lookups, error mapping and retries.

Outcomes are values (`ConnectionResult` with an optional `Problem`); no httpx exception
escapes. Stripe's raw error messages are never passed on: they echo part of the key.
"""

from __future__ import annotations

import asyncio
import json
import re
import ssl
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from linkwizard.domain import untrusted
from linkwizard.domain.account import STRIPE_EXPIRED_CODE
from linkwizard.domain.keys import Environment, KeyKind
from linkwizard.domain.permissions import RESOURCES, Access, PermissionCheck, Resource
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, LinkwizardError, Problem, ProblemKind, problem
from linkwizard.domain.redaction import redact
from linkwizard.net import http, transport
from linkwizard.net.failures import Failure, failure_of
from linkwizard.net.http import httpx
from linkwizard.net.retry import RetryPolicy
from linkwizard.stripe.base import API_VERSION, is_loopback_base, refuse_live_key_elsewhere

# The 13 probe requests go out 7 at a time: two round trips, and never more than 13
# requests for the key within a second, under Stripe's test-mode limit of 25 per second.
PROBE_CONCURRENCY = 7
_RAK = re.compile(r"'(rak_[a-z0-9_]+)'")
# Stripe's 403 for a restricted key names the account: "... for this endpoint on account 'acct_...'".
_NAMED_ACCOUNT = re.compile(r"on account '(acct_[A-Za-z0-9]+)'")


@dataclass(frozen=True)
class Policy(RetryPolicy):
    """Stripe's time limits and retries: the defaults follow Stripe's own SDKs."""

    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    total_timeout: float = 40.0
    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 5.0


@dataclass(frozen=True)
class ConnectionResult:
    """What the connection test found. `problem` is None on success."""

    problem: Problem | None
    request_id: str | None = None
    stripe_account_id: str | None = None
    display_name: str | None = None
    livemode: bool | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


def make_client(api_base: str, policy: Policy = Policy(), connections: int = 10,
                trust: ssl.SSLContext | None = None) -> httpx.AsyncClient:
    """One pooled client per batch of work (or per lane of one: `verifying.verify`). TLS
    verification is always on; `trust` shares one context between a batch's clients.

    Trust: the operating system's certificate store (through `truststore`), plus the file in
    SSL_CERT_FILE when one is set. Proxies from HTTPS_PROXY/NO_PROXY are honoured, except for
    a loopback API base: a request to this computer never goes through a proxy.
    """
    headers = {"User-Agent": transport.USER_AGENT, "Accept": "application/json", "Accept-Encoding": "identity",
               "Stripe-Version": API_VERSION}
    return http.make_client(policy, headers, trust or transport.trust_context(), loopback=is_loopback_base(api_base),
                            base_url=api_base, connections=max(10, connections))


async def test_connection(client: httpx.AsyncClient, key: str, kind: KeyKind,
                          environment: Environment, policy: Policy = Policy(),
                          identity: bool = True, context: str | None = None) -> ConnectionResult:
    """The connection test: list one customer, then identity best-effort in parallel.

    `identity=False` (re-checking a key whose account is known) stops after the first request.
    `context`: the account the key acts on (Stripe-Context), sent with every request.
    """
    try:
        async with asyncio.timeout(policy.total_timeout):
            reply = await _get(client, "/v1/customers", key, policy, params={"limit": "1"}, context=context)
            if isinstance(reply, Problem):
                return ConnectionResult(reply, request_id=reply.request_id)
            if not _is_list(reply.body):
                return ConnectionResult(problem(
                    ProblemKind.UNEXPECTED_RESPONSE, status=reply.status,
                    request_id=reply.request_id, detail="JSON without a list object"))
            if not identity:
                return ConnectionResult(None, reply.request_id)
            found = await _identity(client, key, kind, policy, context)
    except TimeoutError:
        return ConnectionResult(problem(ProblemKind.TIMEOUT, detail="total time limit reached"))
    account_id, display_name, livemode = found
    if livemode is not None and livemode != (environment is Environment.PRODUCTION):
        reported = Environment.PRODUCTION if livemode else Environment.TEST
        return ConnectionResult(problem(
            ProblemKind.MODE_MISMATCH,
            advice=QT_TRANSLATE_NOOP("problems", "Stripe says this key works in {reported}, but you chose "
                                     "{chosen}. Link it under {reported} instead."),
            values={"reported": reported.label, "chosen": environment.label},
            request_id=reply.request_id, detail=f"balance livemode={livemode}"))
    return ConnectionResult(None, reply.request_id, account_id, display_name, livemode)


async def probe_permissions(client: httpx.AsyncClient, key: str, policy: Policy = Policy(),
                            known_readable: frozenset[str] = frozenset(),
                            context: str | None = None) -> tuple[PermissionCheck, ...] | Problem:
    """Which resources the key can read, by listing one item of each (read-only, never a write).

    A resource is `read`, `none` (Stripe's 403, with the `rak_` permission it names) or
    `unknown` (network or Stripe trouble). A key Stripe rejects outright (401) is a Problem.
    Resources in `known_readable` (customers, right after the connection test) are not asked again.
    """
    gate = asyncio.Semaphore(PROBE_CONCURRENCY)
    quick = replace(policy, max_retries=1)

    async def one(resource: Resource) -> PermissionCheck | Problem:
        if resource.name in known_readable:
            return PermissionCheck(resource.name, Access.READ)
        async with gate:
            reply = await _get(client, resource.path, key, quick,
                               params={"limit": "1"} if resource.is_list else None, context=context)
        if isinstance(reply, transport.Reply):
            shaped = _is_list(reply.body) if resource.is_list else (
                isinstance(reply.body, dict) and reply.body.get("object") == "balance")
            return PermissionCheck(resource.name, Access.READ if shaped else Access.UNKNOWN)
        if reply.kind in (ProblemKind.INVALID_KEY, ProblemKind.EXPIRED_KEY, ProblemKind.LIVE_KEY_ELSEWHERE,
                          ProblemKind.CONTEXT_REFUSED, ProblemKind.CONTEXT_REQUIRED):
            return reply
        if reply.kind is ProblemKind.MISSING_PERMISSION:
            return PermissionCheck(resource.name, Access.NONE, reply.permission)
        return PermissionCheck(resource.name, Access.UNKNOWN)

    tasks = [asyncio.ensure_future(one(resource)) for resource in RESOURCES]
    try:
        done, _ = await asyncio.wait(tasks, timeout=policy.total_timeout)
    finally:  # on time-out or cancel, stop what is still running before returning
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    checks: list[PermissionCheck] = []
    for resource, task in zip(RESOURCES, tasks, strict=True):
        result = task.result() if task in done else PermissionCheck(resource.name, Access.UNKNOWN)
        if isinstance(result, Problem):
            return result
        checks.append(result)
    return tuple(checks)


async def _identity(client: httpx.AsyncClient, key: str, kind: KeyKind, policy: Policy,
                    context: str | None = None) -> tuple[str | None, str | None, bool | None]:
    """Account id, display name and livemode; anything odd is ignored, never fatal.

    A restricted key cannot read /v1/account, but Stripe's 403 names the account; an id is
    taken from it only when the message names exactly one (never a guess).
    """
    quick = replace(policy, max_retries=0)
    account, balance = await asyncio.gather(_get(client, "/v1/account", key, quick, context=context),
                                            _get(client, "/v1/balance", key, quick, context=context))
    account_id = display_name = None
    if isinstance(account, transport.Reply) and isinstance(account.body, dict):
        account_id = untrusted.account_id(account.body.get("id"))
        display_name = _display_name(account.body)
    elif isinstance(account, Problem) and account.kind is ProblemKind.MISSING_PERMISSION:
        account_id = account.stripe_account
    livemode = None
    if isinstance(balance, transport.Reply) and isinstance(balance.body, dict):
        value = balance.body.get("livemode")
        livemode = value if isinstance(value, bool) else None
    return account_id, display_name, livemode


def _display_name(account: dict[str, Any]) -> str | None:
    for section, name in (("settings", "dashboard"), ("business_profile", None)):
        node = account.get(section)
        if name is not None and isinstance(node, dict):
            node = node.get(name)
        if isinstance(node, dict):
            value = untrusted.plain_text(node.get("display_name" if name else "name"))
            if value:
                return value
    return None


def _is_list(body: Any) -> bool:
    return isinstance(body, dict) and body.get("object") == "list" and isinstance(body.get("data"), list)


async def _get(client: httpx.AsyncClient, path: str, key: str, policy: Policy,
               params: Mapping[str, str] | None = None, context: str | None = None) -> transport.Reply | Problem:
    """GET with Stripe's retry rules. Returns a parsed 2xx reply or a Problem."""
    try:  # the one gate every request passes: a live key goes to Stripe only
        refuse_live_key_elsewhere(key, str(client.base_url))
    except LinkwizardError as exc:
        return exc.problem
    headers = {"Authorization": f"Bearer {key}"}
    if context:
        headers["Stripe-Context"] = context
    attempt = 0
    while True:
        retry_hint: str | None = None
        try:
            async with client.stream("GET", path, params=params, headers=headers) as response:
                retry_hint = response.headers.get("stripe-should-retry")
                outcome = await _read(response, context)
        except httpx.HTTPError as exc:
            outcome = _transport_problem(exc, str(client.base_url))
        retry = _should_retry(outcome, retry_hint)
        if not retry or attempt >= policy.max_retries:
            return outcome
        attempt += 1
        await asyncio.sleep(policy.delay(attempt))


async def _read(response: httpx.Response, context: str | None = None) -> transport.Reply | Problem:
    """The body, bounded before and after decoding, then parsed; anything odd is a Problem."""
    request_id = untrusted.request_id(response.headers.get("request-id"))

    def unexpected(detail: str) -> Problem:
        return problem(ProblemKind.UNEXPECTED_RESPONSE, status=response.status_code,
                       request_id=request_id, detail=detail)

    try:
        raw = await transport.read_body(response)
    except transport.BodyRefused as exc:
        return unexpected(str(exc))
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):  # RecursionError: a few hundred thousand nested brackets
        body = None
    status = response.status_code
    if 200 <= status < 300 and body is not None:
        return transport.Reply(status, body, request_id)
    return _status_problem(status, body, request_id, response.headers.get("content-type", ""), context)


def _status_problem(status: int, body: Any, request_id: str | None, content_type: str,
                    context: str | None = None) -> Problem:
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        kind = ProblemKind.STRIPE_ERROR if status >= 500 else ProblemKind.UNEXPECTED_RESPONSE
        shape = re.sub(r"[^A-Za-z0-9/.+-]", "", content_type.split(";")[0])[:60] or "no content type"
        return problem(kind, status=status, request_id=request_id, detail=f"non-Stripe body ({shape})")
    code = untrusted.code(error.get("code"))
    message = _str_or_none(error.get("message")) or ""
    error_type = untrusted.code(error.get("type")) or "unknown"

    def found(kind: ProblemKind, **wording: Any) -> Problem:
        return problem(kind, status=status, stripe_code=code, request_id=request_id,
                       detail=f"error type {error_type}", **wording)

    if status == 401:
        return found(ProblemKind.EXPIRED_KEY if code == STRIPE_EXPIRED_CODE else ProblemKind.INVALID_KEY)
    if context and (code == "account_invalid" or "does not have access to account" in message):
        return found(ProblemKind.CONTEXT_REFUSED, values={"context": context})
    if status == 400 and "stripe-context" in message.lower():
        return found(ProblemKind.CONTEXT_REQUIRED)
    if status == 403:
        return _permission_problem(message, found)
    if status == 429 or code == "rate_limit":
        return found(ProblemKind.RATE_LIMITED)
    if status >= 500 or status == 409:
        return found(ProblemKind.STRIPE_ERROR)
    return found(ProblemKind.UNEXPECTED_RESPONSE)


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _permission_problem(message: str, found: Callable[..., Problem]) -> Problem:
    """Name the missing `rak_` permission; only that name leaves Stripe's message."""
    named = _RAK.search(message)
    accounts = set(_NAMED_ACCOUNT.findall(message))
    account = untrusted.account_id(accounts.pop()) if len(accounts) == 1 else None
    if named:
        permission = named.group(1)
        return found(ProblemKind.MISSING_PERMISSION, stripe_account=account,
                     title=QT_TRANSLATE_NOOP("problems", "The key lacks a permission the connection test needs"),
                     advice=QT_TRANSLATE_NOOP("problems", "Edit the restricted key in the Dashboard and grant "
                                              "{label} ({permission}), then try again."),
                     values={"label": permission_label(permission), "permission": permission},
                     permission=permission)
    if "ip address" in message.lower():
        return found(ProblemKind.MISSING_PERMISSION,
                     title=QT_TRANSLATE_NOOP("problems", "The key is limited to other IP addresses"),
                     advice=QT_TRANSLATE_NOOP("problems", "This key only works from allowed IP addresses. Add this "
                                              "computer's address to the key in the Dashboard, or use another key."))
    return found(ProblemKind.MISSING_PERMISSION, stripe_account=account)


def permission_label(permission: str) -> str:
    """`rak_customer_read` -> `Customer: Read` (a readable form for messages)."""
    words = permission.removeprefix("rak_").split("_")
    if words and words[-1] in ("read", "write"):
        access = words.pop().capitalize()
        return f"{' '.join(words).capitalize()}: {access}"
    return " ".join(words).capitalize()


def _should_retry(outcome: transport.Reply | Problem, hint: str | None) -> bool:
    if isinstance(outcome, transport.Reply):
        return False
    if hint == "false":
        return False
    if hint == "true":
        return True
    if outcome.status is None:  # transport trouble; TLS and proxy failures will not heal
        return outcome.kind in (ProblemKind.CONNECTION_FAILED, ProblemKind.TIMEOUT)
    return outcome.status == 409 or outcome.status >= 500 or outcome.stripe_code == "lock_timeout"


_FAILURE_PROBLEMS = {
    Failure.PROXY: ProblemKind.PROXY_FAILURE,
    Failure.TIMEOUT: ProblemKind.TIMEOUT,
    Failure.TLS: ProblemKind.TLS_FAILURE,
    Failure.DNS: ProblemKind.DNS_FAILURE,
    Failure.CONNECTION: ProblemKind.CONNECTION_FAILED,
    Failure.BAD_URL: ProblemKind.API_BASE_REFUSED,
    Failure.DROPPED: ProblemKind.CONNECTION_FAILED,
}


def _transport_problem(exc: httpx.HTTPError, url: str) -> Problem:
    detail = untrusted.plain_text(redact(f"{type(exc).__name__}: {exc}"), limit=300) or type(exc).__name__
    failure = failure_of(exc, url)
    return problem(_FAILURE_PROBLEMS[failure],
                   detail=f"connection dropped ({detail})" if failure is Failure.DROPPED else detail)



"""The keys in the team vault: its status, the entries, reading and writing a key (how linking,
verifying and `exec` reach it), and the team's own commands, add and share."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from linkwizard import __version__
from linkwizard.domain.account import (
    Account,
    KeyLocation,
    clean_name,
    new_from_test,
    now_iso,
)
from linkwizard.domain.keys import Environment, check_key, check_stored, environment_of
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, LinkwizardError, Problem, ProblemKind, problem
from linkwizard.domain.team_login import LoginMethod
from linkwizard.team import vault as team_api
from linkwizard.team.settings import Settings
from linkwizard.team.vault import TokenInfo
from linkwizard.usecases.cancellation import CancelToken, run_cancellable
from linkwizard.usecases.services import Services
from linkwizard.usecases.team.local import (
    name_in_vault,
    settings_of,
    team_settings,
)
from linkwizard.usecases.team.local import stored_login as _stored_login
from linkwizard.usecases.team.session import in_session, renew, require_login
from linkwizard.usecases.testing import test_and_probe

T = TypeVar("T")

LIST_CONCURRENCY = 16
WRITE_CAPABILITIES = frozenset({"create", "update", "root"})


# status --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Status:
    settings: Settings
    health: team_api.Health | None
    reachable_problem: Problem | None
    token: TokenInfo | None
    login_problem: Problem | None
    seconds_left: int | None  # None: never expires (or not logged in)
    capabilities: frozenset[str]
    method: LoginMethod | None = None  # how this person logged in
    may_write: bool | None = None  # the key and its metadata both (None: not known, e.g. not logged in)


def status(services: Services, cancel: CancelToken | None = None) -> Status:
    settings = team_settings(services)
    stored = _stored_login(services, settings)

    async def work() -> Status:
        health: team_api.Health | None = None
        reach: Problem | None = None
        info: TokenInfo | None = None
        login_problem: Problem | None = None
        caps: frozenset[str] = frozenset()
        writes = False
        async with team_api.Session(settings, stored.token if stored else None) as session:
            try:
                health = await session.health()
                if not health.serves:
                    reach = team_api.health_problem(health.status, settings.address)
            except LinkwizardError as exc:
                reach = exc.problem
            if stored is None:
                login_problem = problem(ProblemKind.TEAM_NOT_LOGGED_IN)
            elif stored.expired:
                login_problem = problem(ProblemKind.TEAM_LOGIN_EXPIRED, detail="token past its expiry")
            elif reach is None:
                try:
                    info = await session.lookup_self()
                    data, metadata = f"data/{settings.prefix}/*", f"metadata/{settings.prefix}/*"
                    found = await session.capabilities([data, metadata])
                    caps = found.get(data, frozenset())
                    writes = bool(caps & WRITE_CAPABILITIES) and bool(found.get(metadata, frozenset())
                                                                     & WRITE_CAPABILITIES)
                except LinkwizardError as exc:
                    login_problem = exc.problem
        left = info.ttl if info is not None and info.ttl else None
        return Status(settings, health, reach, info, login_problem, left, caps,
                      stored.method if stored is not None else None, may_write=writes if info is not None else None)

    return run_cancellable(work, cancel)


# entries -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Listed:
    entry: team_api.Entry
    linked_as: str | None  # the local account's name, when it is linked on this computer


def list_entries(services: Services, cancel: CancelToken | None = None) -> list[Listed]:
    """Every Stripe key under the prefix, from metadata only (the secrets are never read)."""
    settings = team_settings(services)

    async def work(session: team_api.Session) -> list[team_api.Entry]:
        listed = await session.entries()
        if listed is not None:
            return listed  # entries without linkwizard's metadata too: listed as having no details
        names = await session.names()
        gate = asyncio.Semaphore(LIST_CONCURRENCY)

        async def one(name: str) -> team_api.Entry | None:
            async with gate:
                return await session.entry(name)

        found = await asyncio.gather(*(one(name) for name in names))
        return [entry for entry in found if entry is not None]

    entries = in_session(services, work, cancel, settings)
    linked = {a.team_path: a.name for a in services.store.load()
              if a.in_team_vault and a.team_address == settings.address and a.team_mount == settings.mount}
    return [Listed(e, linked.get(settings.entry_path(e.name))) for e in sorted(entries, key=lambda e: e.name)]


def about_key(account: Account, by: str, linked_by: str | None = None) -> dict[str, str]:
    """An entry's custom_metadata for `account` (never the key)."""
    values = {"environment": account.environment.value, "key_kind": account.key_kind.value,
              "key_hint": account.key_hint, "stripe_account_id": account.stripe_account_id or "",
              "display_name": account.display_name or "", "stripe_context": account.stripe_context or "",
              "linked_by": linked_by or by, "updated_by": by, "linkwizard_version": __version__}
    return {k: v for k, v in values.items() if v}


def who(services: Services, settings: Settings) -> str:
    stored = _stored_login(services, settings)
    return stored.display_name if stored else team_api.SOMEONE


def entry_name(account_name: str) -> str:
    """The entry's name under the prefix: the account's name, with / (a folder) replaced."""
    return account_name.replace("/", "-")


def check_may_write(services: Services, settings: Settings, name: str, must_be_new: bool,
                    cancel: CancelToken | None = None) -> None:
    """Before any request to Stripe: the token may write `name`, and (for a new entry) there is
    none yet. TEAM_FORBIDDEN "writing here", or TEAM_ENTRY_EXISTS saying who wrote it and when."""
    async def work(session: team_api.Session) -> None:
        # Both halves of a write: the key (data) and what it is (metadata). Only one allowed
        # would leave a key in the vault that nobody sees listed (the desktop walk's TRIP 4).
        data, metadata = f"data/{settings.entry_path(name)}", f"metadata/{settings.entry_path(name)}"
        caps = await session.capabilities([data, metadata])
        for path in (data, metadata):
            if not (caps.get(path, frozenset()) & WRITE_CAPABILITIES):
                raise LinkwizardError(problem(ProblemKind.TEAM_FORBIDDEN, values={
                    "action": QT_TRANSLATE_NOOP("values", "writing here"), "path": session.shown_path(name)},
                    detail=f"no create/update capability on {path.split('/')[0]}"))
        if must_be_new:
            found = await session.entry(name)
            if found is not None:
                raise exists_problem(name, found, who(services, settings))

    in_session(services, work, cancel, settings)


def exists_problem(name: str, entry: team_api.Entry, me: str | None) -> LinkwizardError:
    written = team_api.written(entry, me)
    return LinkwizardError(problem(ProblemKind.TEAM_ENTRY_EXISTS, values={
        "name": name, "by": written["by"], "at": written["at"]}, detail=f"version {entry.version}"))


def write_key(services: Services, settings: Settings, name: str, key: str, cas: int, about: dict[str, str],
              cancel: CancelToken | None = None) -> int:
    """Write `key` with check-and-set `cas`, record `about`, read it back from the active node
    and compare; the new version. A new entry (cas 0) that exists is TEAM_ENTRY_EXISTS."""
    async def work(session: team_api.Session) -> int:
        try:
            version = await session.write(name, key, cas)
        except team_api.Conflict as conflict:
            me = who(services, settings)
            if cas == 0 and conflict.entry is not None:
                raise exists_problem(name, conflict.entry, me) from None
            raise LinkwizardError(problem(ProblemKind.TEAM_CONFLICT, detail=f"cas {cas}",
                                          values=team_api.written(conflict.entry, me))) from None
        try:
            await session.set_about(name, about)
            back = await session.read(name, consistent=True)
        except LinkwizardError:
            if cas == 0:  # a new entry without its metadata is invisible yet holds the name: removed
                with contextlib.suppress(LinkwizardError):
                    await session.delete_entry(name)
            raise
        if back.key != key:
            raise LinkwizardError(problem(ProblemKind.TEAM_READBACK_DIFFERS, detail=f"version {back.version}"))
        return version

    return in_session(services, work, cancel, settings)


def place(settings: Settings, name: str, version: int) -> dict[str, Any]:
    """The record fields of a key kept at `name` in this vault."""
    return {"store": KeyLocation.TEAM, "team_address": settings.address, "team_mount": settings.mount,
            "team_path": settings.entry_path(name), "team_version": version}


@dataclass(frozen=True)
class Read:
    key: str
    version: int
    by: str = ""  # who wrote this version, as its metadata says (team_api.writer)
    at: str | None = None  # when it was written


def read_keys(services: Services, accounts: Iterable[Account],
              on_read: Callable[[str, Read | Problem], None] = lambda account_id, found: None,
              ) -> Callable[[], Awaitable[dict[str, Read | Problem]]]:
    """A coroutine factory reading each team account's key (one request each, concurrently),
    for use inside a running event loop (verify). Problems per account, never raised;
    `on_read` hears each as soon as it is read, so its check can start at once."""
    chosen = list(accounts)

    async def work() -> dict[str, Read | Problem]:
        found: dict[str, Read | Problem] = {}
        by_vault: dict[Settings, list[Account]] = {}
        for account in chosen:
            try:
                settings = settings_of(account, services)
            except LinkwizardError as exc:
                found[account.id] = exc.problem
                on_read(account.id, exc.problem)
                continue
            by_vault.setdefault(settings, []).append(account)
        gate = asyncio.Semaphore(LIST_CONCURRENCY)
        for settings, group in by_vault.items():
            try:
                stored = require_login(services, settings)
            except LinkwizardError as exc:
                for account in group:
                    found[account.id] = exc.problem
                    on_read(account.id, exc.problem)
                continue
            async with team_api.Session(settings, stored.token) as session:
                if stored.due_for_renewal:
                    await renew(services, settings, session, stored)

                async def one(account: Account, session: team_api.Session = session) -> None:
                    async with gate:
                        found[account.id] = await _read_one(session, account)
                    on_read(account.id, found[account.id])

                await asyncio.gather(*(one(a) for a in group))
        return found

    return work


async def _read_one(session: team_api.Session, account: Account) -> Read | Problem:
    try:
        secret = await session.read(name_in_vault(account))
    except LinkwizardError as exc:
        return exc.problem
    found = check_stored(secret.key, account.environment)
    if found.problem is not None and found.problem.kind is ProblemKind.KEY_WRONG_ENVIRONMENT \
            and found.environment is not None:  # swapped for a key of the other environment: never used
        return problem(ProblemKind.TEAM_KEY_OTHER_ENVIRONMENT, values={
            "name": account.name, "linked": account.environment.label, "found": found.environment.label},
            detail=f"team entry {account.team_path} version {secret.version}")
    if found.problem is not None:
        return problem(ProblemKind.KEY_DAMAGED, detail=f"team entry {account.team_path}")
    return Read(secret.key, secret.version, team_api.writer(secret.about), secret.updated_at)


def read_key(services: Services, account: Account, cancel: CancelToken | None = None) -> Read:
    """One team account's key, read now (one round trip)."""
    found = run_cancellable(read_keys(services, [account]), cancel)[account.id]
    if isinstance(found, Problem):
        raise LinkwizardError(found)
    return found


# add and share ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Added:
    name: str
    account: Account | None
    problem: Problem | None


def add(services: Services, names: list[str] | None, offline_copy: bool = False,
        cancel: CancelToken | None = None) -> list[Added]:
    """Link team entries on this computer: each is read once, given the Stripe connection test
    (usecases/testing.py), and its record saved. The key stays in the vault; with
    `offline_copy` the last good key is also kept in the OS keyring."""
    settings = team_settings(services)
    listed = {item.entry.name: item for item in list_entries(services, cancel)}
    wanted = list(listed) if names is None else names
    results: list[Added] = []
    for name in wanted:
        item = listed.get(name)
        if item is None:
            results.append(Added(name, None, problem(ProblemKind.TEAM_ENTRY_GONE, values={
                "path": f"{settings.mount}/{settings.entry_path(name)}"}, detail="not under the prefix")))
            continue
        if item.linked_as is not None:
            existing = services.store.find(item.linked_as)
            results.append(Added(name, existing, None))
            continue
        try:
            results.append(Added(name, _add_one(services, settings, item.entry, offline_copy, cancel), None))
        except LinkwizardError as exc:
            if exc.problem.kind is ProblemKind.CANCELLED:
                raise
            results.append(Added(name, None, exc.problem))
    return results


def _add_one(services: Services, settings: Settings, entry: team_api.Entry, offline_copy: bool,
             cancel: CancelToken | None) -> Account:
    async def work(session: team_api.Session) -> team_api.Secret:
        return await session.read(entry.name)

    secret = in_session(services, work, cancel, settings)
    # The key's own prefix decides; the entry's metadata only for a key without one (sk_org_).
    environment = environment_of(secret.key) or next(
        (e for e in Environment if e.value == entry.about.get("environment")), Environment.TEST)
    check = check_key(secret.key, environment)
    if check.problem is not None or check.kind is None:
        raise LinkwizardError(check.problem or problem(ProblemKind.KEY_DAMAGED, detail="team entry"))
    if check.key != secret.key:  # what verify and exec would refuse later: refused now, nothing kept
        raise LinkwizardError(problem(ProblemKind.TEAM_KEY_NOT_CLEAN, detail=f"team entry {entry.name}"))
    context = entry.about.get("stripe_context") or None
    tested = test_and_probe(check.key, check.kind, environment, services, cancel, context=context)
    stamp = now_iso()
    name = clean_name(entry.name)
    services.store.check_name_free(name)
    account = new_from_test(
        stamp, name=name, environment=environment, kind=check.kind, hint=check.hint,
        stripe_account_id=tested.result.stripe_account_id or entry.about.get("stripe_account_id"),
        display_name=tested.result.display_name, permissions=tested.permissions,
        stripe_context=context, offline_copy=offline_copy, **place(settings, entry.name, secret.version))
    with services.store.locked():
        services.store.check_name_free(name)
        if offline_copy:
            services.keyring.store(account.id, check.key)
        return services.store.add(account)

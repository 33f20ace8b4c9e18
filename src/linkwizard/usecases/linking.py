"""Link a key: a new account, or a new key for a linked one. `link(LinkRequest)` is the one
entry for both front ends; nothing is saved unless Stripe accepted the key.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, replace

from linkwizard.domain.account import (
    Account,
    KeyLocation,
    clean_name,
    default_name,
    new_from_test,
    now_iso,
    with_tested_key,
)
from linkwizard.domain.keys import Environment, KeyCheck, KeyKind, check_context, check_key
from linkwizard.domain.permissions import with_required
from linkwizard.domain.problems import QT_TRANSLATE_NOOP, LinkwizardError, ProblemKind, problem
from linkwizard.usecases.cancellation import CancelToken
from linkwizard.usecases.keys import store_for
from linkwizard.usecases.services import OnStage, Services, Stage, no_stage
from linkwizard.usecases.testing import Tested, test_and_probe

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.team.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LinkRequest:
    """Everything a front end asks for when it links a key, in one value.

    `replacing`: the id of the account whose key this replaces (a rotation), or None for a new
    account. `allow_other_account`: when replacing, accept a key of a different Stripe
    account; when linking, accept a Stripe account that is already linked under another key.
    `scopes`: what the person asked a restricted key to read (None: the secret-key path).
    """

    key: str
    environment: Environment
    name: str | None = None
    scopes: tuple[str, ...] | None = None
    replacing: str | None = None
    allow_other_account: bool = False
    key_expires_at: str | None = None  # YYYY-MM-DD, when the key's source says (the Stripe CLI's config)
    stripe_context: str | None = None  # the account to act on: required for sk_org keys, else a connected one
    store: KeyLocation = KeyLocation.KEYRING  # where a new account's key goes

    def __repr__(self) -> str:  # the dataclass repr would print the key
        return (f"LinkRequest(environment={self.environment.value}, name={self.name!r}, scopes={self.scopes}, "
                f"replacing={self.replacing}, allow_other_account={self.allow_other_account}, "
                f"stripe_context={self.stripe_context}, store={self.store.value})")


def link(request: LinkRequest, services: Services, cancel: CancelToken | None = None,
         on_stage: OnStage = no_stage) -> Account:
    """A new account, or a new key for `request.replacing`: the only way either front end links."""
    if request.replacing is None:
        return _connect(request.key, request.environment, request.name, services, cancel, on_stage,
                       requested_scopes=request.scopes, allow_same_account=request.allow_other_account,
                       key_expires_at=request.key_expires_at, stripe_context=request.stripe_context,
                       store=request.store)
    return _replace_key(request.replacing, request.key, services, request.allow_other_account, cancel, on_stage,
                       environment=request.environment, name=request.name)


def _preflight(raw_key: str, environment: Environment, name: str | None,
              services: Services, stripe_context: str | None = None) -> tuple[KeyCheck, str, str | None]:
    """Everything that can refuse a link without a request: key, context, name, keyring."""
    check = check_key(raw_key, environment)
    if check.problem is not None and not (stripe_context and check.problem.kind is ProblemKind.KEY_PUBLISHABLE):
        raise LinkwizardError(check.problem)
    context = check_context(stripe_context, check.key)
    accounts = services.store.load()
    final_name = clean_name(name) if name else default_name(environment, [a.name for a in accounts])
    services.store.check_name_free(final_name, accounts)
    services.keyring.ensure_available()
    return check, final_name, context


class AlreadyLinked(LinkwizardError):
    """The key, or the Stripe account in this environment, is linked already."""

    def __init__(self, existing: Account, same_key: bool) -> None:
        title = (QT_TRANSLATE_NOOP("problems", "This key is already linked as \u201c{name}\u201d") if same_key
                 else QT_TRANSLATE_NOOP("problems", "This Stripe account is already linked as \u201c{name}\u201d"))
        super().__init__(problem(ProblemKind.ALREADY_LINKED, title=title, values={"name": existing.name},
                                 detail=f"existing account {existing.id}", account_id=existing.id))
        self.existing = existing
        self.same_key = same_key


def _connect(raw_key: str, environment: Environment, name: str | None, services: Services,
            cancel: CancelToken | None = None, on_stage: OnStage = no_stage,
            requested_scopes: tuple[str, ...] | None = None, allow_same_account: bool = False,
            key_expires_at: str | None = None, stripe_context: str | None = None,
             store: KeyLocation = KeyLocation.KEYRING) -> Account:
    """Pre-flight, connection test, permission probe, then save. Nothing is saved unless the
    test passes; a key linked already is refused as `AlreadyLinked`, and so is a Stripe
    account linked already under another key unless `allow_same_account`.

    `store=KeyLocation.TEAM`: before any request to Stripe, the team vault must let this login write the
    entry, and hold none of that name; the key is then written with cas=0 (never over
    another) and read back, and the record points there."""
    on_stage(Stage.CHECKING)
    check, final_name, context = _preflight(raw_key, environment, name, services, stripe_context)
    kind = check.kind
    assert kind is not None
    refuse_same_key(check.key, check.hint, environment, services, context=context)
    settings = None
    if store is KeyLocation.TEAM:
        from linkwizard.usecases import team  # httpx, only for a team account

        settings = team.team_settings(services)
        team.check_may_write(services, settings, team.entry_name(final_name), must_be_new=True, cancel=cancel)
    tested = test_and_probe(check.key, kind, environment, services, cancel, on_stage, context)
    result = tested.result
    if result.stripe_account_id and not allow_same_account:
        for other in services.store.load():
            if other.environment is environment and other.stripe_account_id == result.stripe_account_id:
                raise AlreadyLinked(other, same_key=False)
    on_stage(Stage.SAVING)
    stamp = now_iso()
    account = new_from_test(
        stamp, name=final_name, environment=environment, kind=kind, hint=check.hint,
        stripe_account_id=result.stripe_account_id, display_name=result.display_name,
        permissions=tested.permissions,
        requested_scopes=with_required(requested_scopes) if requested_scopes is not None else None,
        key_expires_at=key_expires_at, stripe_context=context)
    if settings is not None:
        return save_new_in_team(account, check.key, services, settings, cancel)
    return save_new(account, check.key, services)


def save_new_in_team(account: Account, key: str, services: Services, settings: Settings,
                     cancel: CancelToken | None = None, linked_by: str | None = None) -> Account:
    """The key into the team vault (cas=0, read back), then the record that points there. If
    the record cannot be written, the new entry is deleted again."""
    from linkwizard.usecases import team

    name = team.entry_name(account.name)
    by = team.who(services, settings)
    with services.store.locked():
        services.store.check_name_free(account.name)
        version = team.write_key(services, settings, name, key, 0, team.about_key(account, by, linked_by), cancel)
        try:
            return services.store.add(replace(account, **team.place(settings, name, version)))
        except BaseException:
            with contextlib.suppress(LinkwizardError):
                team.in_session(services, lambda session: session.delete_latest(name), settings=settings)
            raise


def save_new(account: Account, key: str, services: Services) -> Account:
    """Keyring first, record second, under the account list's lock; the keyring entry is
    undone if the record cannot be written (a name taken meanwhile, a full disk)."""
    with services.store.locked():
        services.store.check_name_free(account.name)
        services.keyring.store(account.id, key)
        try:
            return services.store.add(account)
        except BaseException:
            with contextlib.suppress(LinkwizardError):
                services.keyring.delete(account.id)
            raise


def _replace_key(ref: str, raw_key: str, services: Services, allow_other_account: bool = False,
                cancel: CancelToken | None = None, on_stage: OnStage = no_stage,
                environment: Environment | None = None, name: str | None = None) -> Account:
    """Rotate an account's key. The new key must pass the test first; the keyring entry is
    swapped only then, so a failed attempt leaves the old key in place and working.

    `environment`, when given, must be the account's (a rotation never moves an account to
    the other environment); `name`, when given and different, renames it in the same save.
    """
    on_stage(Stage.CHECKING)
    account = services.store.find(ref)
    if environment is not None and environment is not account.environment:
        raise LinkwizardError(problem(
            ProblemKind.KEY_WRONG_ENVIRONMENT,
            title=QT_TRANSLATE_NOOP("problems", "\u201c{name}\u201d is a {linked} account"),
            advice=QT_TRANSLATE_NOOP("problems", "A new key keeps the account's environment. Link a {chosen} key as "
                                     "a new account instead."),
            values={"name": account.name, "linked": account.environment.label, "chosen": environment.label},
            detail="replace across environments"))
    new_name = clean_name(name) if name and " ".join(name.split()) != account.name else None
    if new_name is not None:
        services.store.check_name_free(new_name, except_id=account.id)
    check = check_key(raw_key, account.environment)
    if check.problem is not None:
        raise LinkwizardError(check.problem)
    kind = check.kind
    assert kind is not None
    services.keyring.ensure_available()
    settings = None
    if account.in_team_vault:  # refused before Stripe sees the key when this login may not write
        from linkwizard.usecases import team

        settings = team.settings_of(account, services)
        team.check_may_write(services, settings, team.name_in_vault(account), must_be_new=False, cancel=cancel)
    context = check_context(account.stripe_context, check.key)
    refuse_same_key(check.key, check.hint, account.environment, services, except_id=account.id, context=context)
    tested = test_and_probe(check.key, kind, account.environment, services, cancel, on_stage, context)
    found_id = tested.result.stripe_account_id
    if found_id and account.stripe_account_id and found_id != account.stripe_account_id \
            and not allow_other_account:
        raise LinkwizardError(problem(
            ProblemKind.OTHER_STRIPE_ACCOUNT,
            title=QT_TRANSLATE_NOOP("problems", "This key belongs to {found}, not {linked}"),
            values={"found": found_id, "linked": account.stripe_account_id},
            detail=f"replacing the key of {account.id}"))
    on_stage(Stage.SAVING)
    stamp = now_iso()
    if settings is not None:
        return _replace_in_team(account, check.key, kind, check.hint, tested, settings, services, new_name, cancel)
    old_key = _old_key(account, services)
    services.keyring.store(account.id, check.key)

    def swap(stored: Account) -> Account:
        return with_tested_key(stored, stamp, kind=kind, hint=check.hint, stripe_account_id=found_id,
                               display_name=tested.result.display_name, permissions=tested.permissions,
                               name=new_name or stored.name)

    try:
        return services.store.update(account.id, swap)
    except BaseException:
        if old_key is not None:  # the record still describes the old key: put it back
            with contextlib.suppress(LinkwizardError):
                services.keyring.store(account.id, old_key)
        raise



def _replace_in_team(account: Account, key: str, kind: KeyKind, hint: str, tested: Tested, settings: Settings,
                     services: Services, new_name: str | None, cancel: CancelToken | None) -> Account:
    """The next version with cas = the version this computer last saw: a teammate's change in
    between is TEAM_CONFLICT, and nothing is written."""
    stamp = now_iso()
    changed = replace(account, key_kind=kind, key_hint=hint, display_name=tested.result.display_name
                      or account.display_name, stripe_account_id=tested.result.stripe_account_id
                      or account.stripe_account_id)
    from linkwizard.usecases import team

    by = team.who(services, settings)
    version = team.write_key(services, settings, team.name_in_vault(account), key, account.team_version or 0,
                             team.about_key(changed, by, linked_by=None), cancel)
    if account.offline_copy:
        with contextlib.suppress(LinkwizardError):
            services.keyring.store(account.id, key)

    def swap(stored: Account) -> Account:
        return with_tested_key(stored, stamp, kind=kind, hint=hint, stripe_account_id=changed.stripe_account_id,
                               display_name=changed.display_name, permissions=tested.permissions,
                               name=new_name or stored.name, team_version=version)

    return services.store.update(account.id, swap)


def refuse_same_key(key: str, hint: str, environment: Environment, services: Services,
                     except_id: str | None = None, context: str | None = None) -> None:
    """The same key (acting on the same account) linked twice; only accounts with the same
    hint have their key read, wherever it lives (the keyring or the team vault). One key with
    two contexts is two accounts."""
    for other in services.store.load():
        if other.id == except_id or other.environment is not environment or other.key_hint != hint \
                or other.stripe_context != context:
            continue
        try:
            if store_for(other, services).load(other) == key:
                raise AlreadyLinked(other, same_key=True)
        except AlreadyLinked:
            raise
        except LinkwizardError:
            continue  # its key is missing or unreadable: not a twin we can prove


def _old_key(account: Account, services: Services) -> str | None:
    try:
        return store_for(account, services).load(account)
    except LinkwizardError:
        return None  # the old key is already gone; nothing to restore on failure


def share(ref: str, services: Services, keep_local: bool = False, cancel: CancelToken | None = None) -> Account:
    """Move a keyring account's key into the team vault: written with cas=0 (never over a
    teammate's entry), read back and compared, and only then the record points there and the
    keyring copy goes (`keep_local` keeps it, as the offline copy)."""
    from linkwizard.usecases import team

    account = services.store.find(ref)
    if account.in_team_vault:
        raise LinkwizardError(problem(
            ProblemKind.USAGE, title=QT_TRANSLATE_NOOP("problems", "\u201c{name}\u201d is in the team vault already"),
            values={"name": account.name}, detail="share of a team account"))
    key = services.keyring.load(account.id)
    settings = team.team_settings(services)
    name = team.entry_name(account.name)
    team.check_may_write(services, settings, name, must_be_new=True, cancel=cancel)
    by = team.who(services, settings)
    version = team.write_key(services, settings, name, key, 0, team.about_key(account, by), cancel)
    moved = services.store.update(account.id, lambda stored: replace(
        stored, offline_copy=keep_local, **team.place(settings, name, version)))
    if not keep_local:
        services.keyring.delete(account.id)
    return moved

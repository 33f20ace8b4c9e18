"""`exec`: which key goes into the command's environment, from where, and what the command
then sees. The command line parses the arguments, prints the warnings and runs the command.

No request goes to Stripe for an ordinary key: the API base plays no part unless a team
account's key is a version this computer has not tested yet (keys.InTeamVault proves it).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from linkwizard.domain.account import Account
from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.secrets import injection
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.usecases.keys import InTeamVault, store_for
from linkwizard.usecases.services import Services

run_masked = injection.run_masked  # the command, its output with every form of the keys masked


@dataclass(frozen=True)
class Prepared:
    """What the command is run with: its environment, the keys in it (to mask), and what the
    person must be told first (an offline copy used because the vault cannot be reached)."""

    environment: dict[str, str]
    keys: tuple[str, ...]
    warnings: tuple[str, ...]


def refused(message: str) -> LinkwizardError:
    """A refusal before anything runs (exit 2)."""
    return LinkwizardError(problem(ProblemKind.USAGE, title=message[0].upper() + message[1:]))


def extra_grant(spec: str) -> tuple[str, str]:
    """--env VAR=ACCOUNT, checked (the argument is not repeated: it might be a pasted key)."""
    variable, sep, name = spec.partition("=")
    if not sep or not name.strip() or not (variable.isascii() and variable.isidentifier()):
        raise refused("--env takes VAR=ACCOUNT: a variable name, =, and the name of a linked account, "
                      "e.g. --env STRIPE_OTHER_KEY=\"Shop (Live)\"")
    if (refusal := injection.refused_variable(variable)) is not None:
        raise refused(refusal)
    return variable, name


def prepare(name: str, extra: list[tuple[str, str]], *, allow_nested: bool = False, keep_env: tuple[str, ...] = (),
            parent: Mapping[str, str] | None = None) -> Prepared:
    """The environment for `exec NAME [--env VAR=OTHER]…`: each account's key from where it
    lives (the keyring; the team vault, or its offline copy when the vault is away), and
    nothing else of this app's: the team vault's credentials stay out unless named in `keep_env`."""
    parent = os.environ if parent is None else parent
    services = Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(), api_base="")
    account = services.store.find(name)
    others = [(variable, services.store.find(other)) for variable, other in extra]
    for granted in (account, *(other for _, other in others)):  # every account whose key goes in
        if (refusal := injection.nested_refusal(parent, granted.name, allow_nested)) is not None:
            raise refused(refusal)
    warnings: list[str] = []
    grants = [injection.Grant(injection.KEY_VARIABLES, account.name, _key(account, services, warnings))]
    grants += [injection.Grant((variable,), other.name, _key(other, services, warnings)) for variable, other in others]
    environment = injection.child_environment(parent, grants, account.name, account.stripe_context, keep=keep_env)
    return Prepared(environment, tuple(g.key for g in grants), tuple(warnings))


def _key(account: Account, services: Services, warnings: list[str]) -> str:
    """The command never runs without its key: a vault that cannot be reached is exit 5,
    unless the account was added with --offline-copy, whose copy is then used, and said."""
    source = store_for(account, services, use_offline_copy=True)
    key = source.load(account)
    if isinstance(source, InTeamVault) and source.warning:
        warnings.append(source.warning)
    return key

"""`exec`: run a command with an account's key in its environment, masked in its output."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from linkwizard.cli.output import usage_error
from linkwizard.domain import exit_codes
from linkwizard.domain.account import Account
from linkwizard.domain.untrusted import for_terminal
from linkwizard.secrets import injection
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.usecases.keys import InTeamVault
from linkwizard.usecases.services import Services


def cmd_exec(args: argparse.Namespace) -> int:
    command = list(args.argv)
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        raise usage_error("name the command to run after --, e.g. linkwizard exec NAME -- python report.py")
    extra = [_env_grant(spec) for spec in args.env]
    # No request goes to Stripe: the API base (LINKWIZARD_API_BASE) plays no part here.
    store, keyring = AccountStore(paths.data_dir()), OSKeyring()
    account = store.find(args.name)
    others = [(variable, store.find(name)) for variable, name in extra]
    for granted in (account, *(other for _, other in others)):  # every account whose key goes in
        refusal = injection.nested_refusal(os.environ, granted.name, args.allow_nested)
        if refusal is not None:
            raise usage_error(refusal)
    grants = [injection.Grant(injection.KEY_VARIABLES, account.name, _key(account, store, keyring))]
    for variable, other in others:
        grants.append(injection.Grant((variable,), other.name, _key(other, store, keyring)))
    environment = injection.child_environment(os.environ, grants, account.name, account.stripe_context,
                                              keep=args.keep_env)
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        if not args.no_masking:
            return injection.run_masked(command, environment, [g.key for g in grants])
        if os.name == "posix":
            os.execvpe(command[0], command, environment)
        return subprocess.run(command, env=environment, check=False).returncode
    except FileNotFoundError:
        print(f"linkwizard: command not found: {for_terminal(command[0])}. Check its name or PATH.", file=sys.stderr)
        return exit_codes.NOT_FOUND
    except PermissionError:
        print(f"linkwizard: {for_terminal(command[0])} cannot be run (permission denied).", file=sys.stderr)
        return exit_codes.NOT_EXECUTABLE


def _key(account: Account, store: AccountStore, keyring: OSKeyring) -> str:
    """From the keyring; a team account's from the vault (one round trip), or exit 5 when the
    vault cannot be reached: the command never runs without its key. An account added with
    --offline-copy then uses the copy, and says so."""
    if not account.in_team_vault:
        return keyring.load(account.id)
    source = InTeamVault(Services(store=store, keyring=keyring, api_base=""), use_offline_copy=True)
    key = source.load(account)
    if source.warning:
        print(f"linkwizard: warning: {for_terminal(source.warning)}.", file=sys.stderr)
    return key


def _env_grant(spec: str) -> tuple[str, str]:
    """--env VAR=ACCOUNT, checked (the argument is not repeated: it might be a pasted key)."""
    variable, sep, name = spec.partition("=")
    if not sep or not name.strip() or not (variable.isascii() and variable.isidentifier()):
        raise usage_error("--env takes VAR=ACCOUNT: a variable name, =, and the name of a linked account, "
                     "e.g. --env STRIPE_OTHER_KEY=\"Shop (Live)\"")
    refusal = injection.refused_variable(variable)
    if refusal is not None:
        raise usage_error(refusal)
    return variable, name

"""`connect`, `replace-key` and `key-recipe`: give linkwizard a key, or make one in Stripe."""

from __future__ import annotations

import argparse
import json
import shlex
import sys

from linkwizard.cli.output import fail, print_permissions, public, read_key
from linkwizard.domain import exit_codes
from linkwizard.domain.account import KeyLocation
from linkwizard.domain.keys import Environment
from linkwizard.domain.permissions import create_key_url, recipe_permissions, with_required
from linkwizard.domain.problems import LinkwizardError, ProblemKind
from linkwizard.domain.untrusted import for_terminal
from linkwizard.usecases.linking import AlreadyLinked, LinkRequest, link
from linkwizard.usecases.services import Services


def cmd_connect(args: argparse.Namespace) -> int:
    services = Services.for_this_computer()
    request = LinkRequest(read_key(), Environment(args.environment), args.name, stripe_context=args.stripe_context,
                          store=KeyLocation(args.store))
    try:
        account = link(request, services)
    except AlreadyLinked as exc:
        fail(exc.problem)
        print(f"  To give it this key: linkwizard replace-key {for_terminal(shlex.quote(exc.existing.name))}",
              file=sys.stderr)
        return exit_codes.USAGE
    if args.json:
        print(json.dumps(public(account), indent=2))
    else:
        who = f", Stripe account {account.stripe_account_id}" if account.stripe_account_id else ""
        if account.stripe_context:
            who += f", acting on {account.stripe_context}"
        named = f" ({account.display_name})" if account.display_name else ""
        print(for_terminal(f"Linked \u201c{account.name}\u201d: {account.environment.label}, "
                           f"{account.key_kind.value} key {account.key_hint}{who}{named}."))
        if account.in_team_vault:
            print(for_terminal(f"The key is in the team vault at {account.team_mount}/{account.team_path} "
                               f"(version {account.team_version}), not in this computer's keyring."))
        print_permissions(account)
    return exit_codes.OK


def cmd_replace_key(args: argparse.Namespace) -> int:
    services = Services.for_this_computer()
    linked = services.store.find(args.name)  # an unknown name is refused before the key is read
    request = LinkRequest(read_key(), linked.environment, replacing=linked.id,
                          allow_other_account=args.allow_other_account)
    try:
        account = link(request, services)
    except LinkwizardError as exc:
        code = fail(exc.problem)
        if exc.problem.kind is ProblemKind.OTHER_STRIPE_ACCOUNT:
            print("  If that is what you want, run it again with --allow-other-account.", file=sys.stderr)
        return code
    if args.json:
        print(json.dumps(public(account), indent=2))
    elif account.in_team_vault:
        print(f"Replaced the key of \u201c{for_terminal(account.name)}\u201d in the team vault: now "
              f"{account.key_kind.value} key {account.key_hint}, version {account.team_version}. Teammates pick it "
              "up with their next verify; revoke the old key in the Dashboard when nothing uses it.")
    else:
        print(f"Replaced the key of \u201c{for_terminal(account.name)}\u201d: now {account.key_kind.value} key "
              f"{account.key_hint}. The old key is no longer stored; revoke it in the Dashboard "
              "when nothing uses it.")
        print_permissions(account)
    return exit_codes.OK


def cmd_key_recipe(args: argparse.Namespace) -> int:
    environment = Environment(args.environment)
    url = create_key_url(environment, args.name, args.scope)
    if args.json:
        print(json.dumps({"url": url, "environment": environment.value, "name": args.name,
                          "scopes": list(with_required(args.scope)),
                          "permissions": list(recipe_permissions(args.scope))}, indent=2))
    else:
        print(url)
    return exit_codes.OK

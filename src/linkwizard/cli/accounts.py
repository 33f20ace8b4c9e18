"""`accounts`, `verify`, `rename`, `remove` and `permissions`: the linked accounts."""

from __future__ import annotations

import argparse
import json
import sys

from linkwizard.cli.output import print_permissions, public, usage_error
from linkwizard.domain import exit_codes, moments
from linkwizard.domain.account import Account
from linkwizard.domain.untrusted import for_terminal
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.usecases import managing, verifying
from linkwizard.usecases.services import Services


def cmd_accounts(args: argparse.Namespace) -> int:
    accounts = AccountStore(paths.data_dir()).load()
    if args.json:
        print(json.dumps([public(a) for a in accounts], indent=2))
    elif not accounts:
        print("No linked accounts. Link one with: linkwizard connect --environment test", file=sys.stderr)
    else:
        _print_table(accounts)
    return exit_codes.OK


def _print_table(accounts: list[Account]) -> None:
    header = ("NAME", "ENVIRONMENT", "STATUS", "KEY", "STRIPE ACCOUNT", "LAST VERIFIED")
    rows = [header] + [(
        for_terminal(a.name), a.environment.label, _status_words(a), a.key_hint,
        a.stripe_account_id or "-", moments.to_the_minute(a.last_verified_at) if a.last_verified_at else "never")
        for a in accounts]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _status_words(account: Account) -> str:
    words = account.status.label.lower()
    if (note := account.expiry_note()) is None:
        return words
    template, value = note
    return f"{words}, {template[0].lower()}{template[1:].replace('%1', value)}"


def cmd_verify(args: argparse.Namespace) -> int:
    if args.all and args.names:
        raise usage_error("give account names or --all, not both")
    services = Services.for_this_computer()
    accounts = [services.store.find(n) for n in args.names] if args.names else services.store.load()
    if not accounts:
        print("No linked accounts to verify.", file=sys.stderr)
        return exit_codes.OK
    # asked for: paused accounts are checked too
    results = verifying.verify(accounts, services, concurrency=verifying.BULK_CONCURRENCY)
    if args.json:
        print(json.dumps([public(r.account) for r in results], indent=2))
    code = exit_codes.OK
    for result in results:
        if not args.json:
            print(f"{for_terminal(result.account.name)}: {result.account.status.label.lower()}")
            if result.picked_up is not None:
                kind = (f" It is a {result.account.key_kind.value} key now, no longer a "
                        f"{result.kind_before.value} key." if result.kind_before is not None else "")
                print(f"  A teammate replaced the key in the team vault: version {result.picked_up} "
                      f"({result.account.key_hint}) was tested and is used from now on.{kind}")
        if result.problem is not None:
            print(for_terminal(f"linkwizard: {result.account.name}: {result.problem.message()}"), file=sys.stderr)
            code = code or exit_codes.BY_CATEGORY[result.problem.category]
    return code


def cmd_rename(args: argparse.Namespace) -> int:
    account = managing.rename(args.name, args.new_name, Services.for_this_computer())
    print(f"Renamed to \u201c{for_terminal(account.name)}\u201d.")
    return exit_codes.OK


def cmd_remove(args: argparse.Namespace) -> int:
    services = Services.for_this_computer()
    account = services.store.find(args.name)
    if not args.yes:
        if not sys.stdin.isatty():
            raise usage_error("add --yes to remove an account without a question")
        what = ("and delete its latest version from the team vault" if args.from_team and account.in_team_vault
                else "from this computer (the key stays in the team vault)" if account.in_team_vault
                else "and delete its key from the keyring")
        answer = input(f"Remove \u201c{for_terminal(account.name)}\u201d {what}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was removed.", file=sys.stderr)
            return exit_codes.OK
    managing.remove(account.id, services, from_team=args.from_team)
    if account.in_team_vault and not args.from_team:
        print(f"Removed \u201c{for_terminal(account.name)}\u201d from this computer; the key stays in the team vault "
              "(--from-team deletes it there too).")
    else:
        print(f"Removed \u201c{for_terminal(account.name)}\u201d.")
    return exit_codes.OK


def cmd_permissions(args: argparse.Namespace) -> int:
    account = managing.check_permissions(args.name, Services.for_this_computer())
    checks = account.permissions or ()
    if args.json:
        print(json.dumps([check.to_json() for check in checks], indent=2))
    else:
        print_permissions(account)
    return exit_codes.OK

"""The command line: the same core as the window, for terminals and scripts.

Exit codes (DESIGN "Command line"): 0 ok; 2 usage or refused before any request;
3 Stripe rejected the key; 4 missing permission; 5 Stripe unreachable or failing;
6 local storage problem. Never imports Qt, and imports httpx only for commands that
send requests.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from linkwizard import __version__, exit_codes
from linkwizard.accounts import Account, AccountStore
from linkwizard.keys import Environment, KeyKind
from linkwizard.permissions import SCOPES
from linkwizard.problems import Category, LinkwizardError, Problem, ProblemKind
from linkwizard.records import PUBLIC_FIELDS
from linkwizard.untrusted import for_terminal
from linkwizard.vault import Vault

TYPE_CHECKING = False  # typing is not imported at run time: it is slow to load
if TYPE_CHECKING:
    from typing import Any, NoReturn, TextIO

EXIT_OK = exit_codes.OK
EXIT_USAGE = exit_codes.USAGE
EXIT_CODES = exit_codes.BY_CATEGORY
MAX_KEY_INPUT = 64 * 1024
STATUS_WORDS = {"ok": "OK", "needs_attention": "needs attention", "unreachable": "unreachable",
                "unknown": "not checked"}


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a plain sentence, as every other refusal does."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"linkwizard: {message}. Run `{self.prog} --help` for the options.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="linkwizard", description="Link Stripe accounts to this computer by API key.")
    parser.add_argument("--version", action="version", version=f"linkwizard {__version__}")
    parser.add_argument("--verbose", action="store_true", help="also print the log to stderr")
    parser.add_argument("--self-test", action="store_true",
                        help="check that the window, the keyring and the data folder work, then exit")
    parser.add_argument("--lang", metavar="LANG", help="the app's language, e.g. de or en (default: the system's)")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="add linkwizard to this user's application menu, with its icon")
    parser.add_argument("--uninstall-desktop-entry", action="store_true",
                        help="remove what --install-desktop-entry added")
    common = _Parser(add_help=False)
    common.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS,
                        help="also print the log to stderr")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    connect = commands.add_parser("connect", parents=[common], help="link an account; the key is read from stdin")
    connect.add_argument("--environment", required=True, choices=[e.value for e in Environment])
    connect.add_argument("--name", help="a name for the account (default: Stripe (Test) ...)")
    connect.add_argument("--stripe-context", metavar="ACCOUNT",
                         help="the account the key acts on (acct_...): required for organization keys "
                              "(sk_org_), or a connected account of a platform's key")
    connect.add_argument("--json", action="store_true", help="print the account as JSON")

    listing = commands.add_parser("accounts", parents=[common], help="list linked accounts (never the keys)")
    listing.add_argument("--json", action="store_true")

    verify = commands.add_parser("verify", parents=[common], help="test stored keys against Stripe")
    verify.add_argument("names", nargs="*", metavar="NAME")
    verify.add_argument("--all", action="store_true", help="every linked account (the default)")
    verify.add_argument("--json", action="store_true")

    rename = commands.add_parser("rename", parents=[common], help="rename an account")
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW_NAME")

    remove = commands.add_parser("remove", parents=[common], help="remove an account and delete its key")
    remove.add_argument("name", metavar="NAME")
    remove.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    probe = commands.add_parser("permissions", parents=[common],
                                help="check which Stripe resources an account's key can read")
    probe.add_argument("name", metavar="NAME")
    probe.add_argument("--json", action="store_true",
                       help="print an array of {resource, access, permission}")

    rotate = commands.add_parser("replace-key", parents=[common],
                                 help="give an account a new key (read from stdin); the old one stays "
                                      "until the new one passes the test")
    rotate.add_argument("name", metavar="NAME")
    rotate.add_argument("--allow-other-account", action="store_true",
                        help="accept a key that belongs to a different Stripe account")
    rotate.add_argument("--json", action="store_true", help="print the account as JSON")

    recipe = commands.add_parser(
        "key-recipe", parents=[common],
        help="print the link to Stripe's prefilled Create restricted key form for read-only access")
    recipe.add_argument("--environment", required=True, choices=[e.value for e in Environment])
    recipe.add_argument("--name", default="linkwizard", help="the key's name in the Dashboard")
    recipe.add_argument("--scope", action="append", default=[], choices=[s.name for s in SCOPES],
                        metavar="SCOPE", help="what the key may read (repeatable; customers is always "
                        f"included): {', '.join(s.name for s in SCOPES)}")
    recipe.add_argument("--json", action="store_true", help="print the URL, name, scopes and permissions")

    run = commands.add_parser(
        "exec", parents=[common], help="run COMMAND with the account's key in STRIPE_API_KEY and STRIPE_SECRET_KEY",
        usage="linkwizard exec [--no-masking] [--allow-nested] [--env VAR=ACCOUNT ...] NAME -- COMMAND [ARG ...]")
    run.add_argument("--no-masking", action="store_true",
                     help="do not replace the key with its hint in the command's output")
    run.add_argument("--allow-nested", action="store_true",
                     help="run even inside another linkwizard exec for a different account")
    run.add_argument("--env", action="append", default=[], metavar="VAR=ACCOUNT",
                     help="also put ACCOUNT's key in VAR (repeatable)")
    run.add_argument("name", metavar="NAME")
    run.add_argument("argv", nargs=argparse.REMAINDER, metavar="COMMAND")
    from linkwizard.cli_import import add_parser as add_import

    add_import(commands, common)
    return parser


# Commands that only read the account list or print a link: they log nothing, so they skip
# setting up the log (and loading the logging package) to answer as fast as `python` starts.
QUIET_COMMANDS = frozenset({"accounts", "key-recipe"})


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def wants_window(args: argparse.Namespace) -> bool:
    """No command and no one-off action: the person wants the app itself."""
    return args.command is None and not (args.self_test or args.install_desktop_entry
                                         or args.uninstall_desktop_entry)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line alone (linkwizard.entry decides when the window opens instead)."""
    return run(parse(sys.argv[1:] if argv is None else argv))


def run(args: argparse.Namespace) -> int:
    from linkwizard.crash_safety import forbid_core_dumps

    forbid_core_dumps(holds_keys=args.command not in QUIET_COMMANDS)
    if args.self_test:  # it opens the window, so linkwizard.entry runs it: the core never imports Qt
        raise SystemExit("linkwizard: run the self-test with the linkwizard command (linkwizard.entry).")
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from linkwizard import desktop_entry

        return desktop_entry.install() if args.install_desktop_entry else desktop_entry.uninstall()
    if args.command is None:
        build_parser().print_help(sys.stderr)
        return EXIT_USAGE
    from linkwizard import paths

    if args.command not in QUIET_COMMANDS or args.verbose:
        from linkwizard.logs import setup_logging

        setup_logging(paths.log_dir(), verbose=args.verbose)
    store = AccountStore(paths.data_dir())
    try:
        return int(_COMMANDS[args.command](args, store, Vault()))
    except LinkwizardError as exc:
        return fail(exc.problem)
    except KeyboardInterrupt:
        print("linkwizard: cancelled; nothing was changed.", file=sys.stderr)
        return EXIT_CODES[Category.CANCELLED]


def fail(found: Problem, stream: TextIO | None = None) -> int:
    out = stream or sys.stderr
    print(f"linkwizard: {for_terminal(found.message())}", file=out)
    if found.request_id:
        print(f"  Stripe request id: {for_terminal(found.request_id)}", file=out)
    return EXIT_CODES[found.category]


def public(account: Account) -> dict[str, Any]:
    data = account.to_json()
    return {name: data[name] for name in PUBLIC_FIELDS}


def _services(store: AccountStore, vault: Vault) -> Any:
    from linkwizard.api_base import api_base_from_env
    from linkwizard.linking import Services

    return Services(store=store, vault=vault, api_base=api_base_from_env())


def cmd_connect(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    from linkwizard import linking

    services = _services(store, vault)
    raw = _read_key()
    try:
        account = linking.connect(raw, Environment(args.environment), args.name, services,
                                  stripe_context=args.stripe_context)
    except linking.AlreadyLinked as exc:
        fail(exc.problem)
        import shlex

        print(f"  To give it this key: linkwizard replace-key {for_terminal(shlex.quote(exc.existing.name))}",
              file=sys.stderr)
        return EXIT_USAGE
    if args.json:
        print(json.dumps(public(account), indent=2))
    else:
        who = f", Stripe account {account.stripe_account_id}" if account.stripe_account_id else ""
        if account.stripe_context:
            who += f", acting on {account.stripe_context}"
        named = f" ({account.display_name})" if account.display_name else ""
        print(for_terminal(f"Linked \u201c{account.name}\u201d: {account.environment.label}, "
                           f"{account.key_kind.value} key {account.key_hint}{who}{named}."))
        _print_permissions(account)
    return EXIT_OK


def cmd_replace_key(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    from linkwizard import linking

    services = _services(store, vault)
    store.find(args.name)  # an unknown name is refused before the key is read
    try:
        account = linking.replace_key(args.name, _read_key(), services,
                                      allow_other_account=args.allow_other_account)
    except LinkwizardError as exc:
        code = fail(exc.problem)
        if exc.problem.kind is ProblemKind.OTHER_STRIPE_ACCOUNT:
            print("  If that is what you want, run it again with --allow-other-account.", file=sys.stderr)
        return code
    if args.json:
        print(json.dumps(public(account), indent=2))
    else:
        print(f"Replaced the key of \u201c{for_terminal(account.name)}\u201d: now {account.key_kind.value} key "
              f"{account.key_hint}. The old key is no longer stored; revoke it in the Dashboard "
              "when nothing uses it.")
        _print_permissions(account)
    return EXIT_OK


def cmd_permissions(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    from linkwizard import linking

    account = linking.check_permissions(args.name, _services(store, vault))
    checks = account.permissions or ()
    if args.json:
        print(json.dumps([check.to_json() for check in checks], indent=2))
    else:
        _print_permissions(account)
    return EXIT_OK


def cmd_key_recipe(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    from linkwizard.permissions import create_key_url, recipe_permissions, with_required

    environment = Environment(args.environment)
    url = create_key_url(environment, args.name, args.scope)
    if args.json:
        print(json.dumps({"url": url, "environment": environment.value, "name": args.name,
                          "scopes": list(with_required(args.scope)),
                          "permissions": list(recipe_permissions(args.scope))}, indent=2))
    else:
        print(url)
    return EXIT_OK


def _print_permissions(account: Account) -> None:
    from linkwizard.permissions import BY_NAME, FULL_ACCESS_NOTE, Access

    if account.permissions is None:
        return
    marks = {Access.READ: "read", Access.NONE: "no access", Access.UNKNOWN: "unknown (network trouble)"}
    print("Can read:")
    width = max(len(BY_NAME[c.resource].label) for c in account.permissions)
    for check in account.permissions:
        needs = f" - needs {check.permission}" if check.access is Access.NONE and check.permission else ""
        print(f"  {BY_NAME[check.resource].label.ljust(width)}  {marks[check.access]}{needs}")
    if account.key_kind is KeyKind.SECRET:
        print(f"Note: {FULL_ACCESS_NOTE}")


def _read_key() -> str:
    if sys.stdin is None:
        return ""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("Stripe API key (typing is hidden): ")
    return sys.stdin.read(MAX_KEY_INPUT)


def cmd_accounts(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    accounts = store.load()
    if args.json:
        print(json.dumps([public(a) for a in accounts], indent=2))
    elif not accounts:
        print("No linked accounts. Link one with: linkwizard connect --environment test", file=sys.stderr)
    else:
        _print_table(accounts)
    return EXIT_OK


def _print_table(accounts: list[Account]) -> None:
    header = ("NAME", "ENVIRONMENT", "STATUS", "KEY", "STRIPE ACCOUNT", "LAST VERIFIED")
    rows = [header] + [(
        for_terminal(a.name), a.environment.label, _status_words(a), a.key_hint,
        a.stripe_account_id or "-", a.last_verified_at or "never") for a in accounts]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())


def _status_words(account: Account) -> str:
    note = account.expiry_note()
    return f"{STATUS_WORDS[account.status.value]}, {note}" if note else STATUS_WORDS[account.status.value]


def cmd_verify(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    from linkwizard import linking

    if args.all and args.names:
        raise _usage("give account names or --all, not both")
    services = _services(store, vault)
    accounts = [store.find(n) for n in args.names] if args.names else store.load()
    if not accounts:
        print("No linked accounts to verify.", file=sys.stderr)
        return EXIT_OK
    # asked for: paused accounts are checked too
    results = linking.verify(accounts, services, concurrency=linking.BULK_CONCURRENCY)
    if args.json:
        print(json.dumps([public(r.account) for r in results], indent=2))
    code = EXIT_OK
    for result in results:
        if not args.json:
            print(f"{for_terminal(result.account.name)}: {STATUS_WORDS[result.account.status.value]}")
        if result.problem is not None:
            print(for_terminal(f"linkwizard: {result.account.name}: {result.problem.message()}"), file=sys.stderr)
            code = code or EXIT_CODES[result.problem.category]
    return code


def cmd_rename(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    from linkwizard import linking

    account = linking.rename(args.name, args.new_name, _services(store, vault))
    print(f"Renamed to \u201c{for_terminal(account.name)}\u201d.")
    return EXIT_OK


def cmd_remove(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    account = store.find(args.name)
    if not args.yes:
        if not sys.stdin.isatty():
            raise _usage("add --yes to remove an account without a question")
        answer = input(f"Remove \u201c{for_terminal(account.name)}\u201d and delete its key from the keyring? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was removed.", file=sys.stderr)
            return EXIT_OK
    from linkwizard import linking

    linking.remove(account.id, _services(store, vault))
    print(f"Removed \u201c{for_terminal(account.name)}\u201d.")
    return EXIT_OK


def cmd_exec(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    from linkwizard import injection

    command = list(args.argv)
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        raise _usage("name the command to run after --, e.g. linkwizard exec NAME -- python report.py")
    extra = [_env_grant(spec) for spec in args.env]
    account = store.find(args.name)
    others = [(variable, store.find(name)) for variable, name in extra]
    for granted in (account, *(other for _, other in others)):  # every account whose key goes in
        refusal = injection.nested_refusal(os.environ, granted.name, args.allow_nested)
        if refusal is not None:
            raise _usage(refusal)
    grants = [injection.Grant(injection.KEY_VARIABLES, account.name, vault.load(account.id))]
    for variable, other in others:
        grants.append(injection.Grant((variable,), other.name, vault.load(other.id)))
    environment = injection.child_environment(os.environ, grants, account.name, account.stripe_context)
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        if not args.no_masking:
            return injection.run_masked(command, environment, [g.key for g in grants])
        if os.name == "posix":
            os.execvpe(command[0], command, environment)
        import subprocess

        return subprocess.run(command, env=environment, check=False).returncode
    except FileNotFoundError:
        print(f"linkwizard: command not found: {for_terminal(command[0])}. Check its name or PATH.", file=sys.stderr)
        return exit_codes.NOT_FOUND
    except PermissionError:
        print(f"linkwizard: {for_terminal(command[0])} cannot be run (permission denied).", file=sys.stderr)
        return exit_codes.NOT_EXECUTABLE


def _env_grant(spec: str) -> tuple[str, str]:
    """--env VAR=ACCOUNT, checked (the argument is not repeated: it might be a pasted key)."""
    from linkwizard.injection import refused_variable

    variable, sep, name = spec.partition("=")
    if not sep or not name.strip() or not (variable.isascii() and variable.isidentifier()):
        raise _usage("--env takes VAR=ACCOUNT: a variable name, =, and the name of a linked account, "
                     "e.g. --env STRIPE_OTHER_KEY=\"Shop (Live)\"")
    refusal = refused_variable(variable)
    if refusal is not None:
        raise _usage(refusal)
    return variable, name


def _usage(message: str) -> LinkwizardError:
    from linkwizard.problems import ProblemKind, problem

    return LinkwizardError(problem(ProblemKind.USAGE, title=message[0].upper() + message[1:]))


def cmd_import(args: argparse.Namespace, store: AccountStore, vault: Vault) -> int:
    from linkwizard import cli_import

    return cli_import.cmd_import(args, store, vault, _services(store, vault))


_COMMANDS = {
    "connect": cmd_connect,
    "accounts": cmd_accounts,
    "verify": cmd_verify,
    "rename": cmd_rename,
    "remove": cmd_remove,
    "exec": cmd_exec,
    "permissions": cmd_permissions,
    "replace-key": cmd_replace_key,
    "key-recipe": cmd_key_recipe,
    "import": cmd_import,
}

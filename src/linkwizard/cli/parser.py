"""The command line's parser: every command and option, and the exit-code table in `--help`."""

from __future__ import annotations

import argparse
import sys

from linkwizard import __version__
from linkwizard.domain import exit_codes, launch
from linkwizard.domain.account import KeyLocation
from linkwizard.domain.keys import Environment
from linkwizard.domain.permissions import SCOPES
from linkwizard.domain.team_login import LoginMethod

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Any, NoReturn


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and a plain sentence, as every other refusal does."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(exit_codes.USAGE, f"linkwizard: {message}. Run `{self.prog} --help` for the options.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="linkwizard", description="Link Stripe accounts to this computer by API key.",
                     epilog=f"exit codes:\n{exit_codes.as_text()}",
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"linkwizard {__version__}")
    parser.add_argument("--verbose", action="store_true", help="also print the log to stderr")
    parser.add_argument("--self-test", action="store_true",
                        help="check that the window, the keyring and the data folder work, then exit")
    parser.add_argument(launch.LANG, metavar="LANG", help="the app's language, e.g. de or en (default: the system's)")
    parser.add_argument(launch.BACKGROUND, action="store_true",
                        help="start without a window: keep checking the accounts and notify when one needs "
                             "attention (the same as `linkwizard watch`)")
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
    connect.add_argument("--store", choices=[s.value for s in KeyLocation], default=KeyLocation.KEYRING.value,
                         help="where the key is kept: this computer's keyring (the default), or the team vault "
                              "(set up with `linkwizard team setup`)")
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
    remove.add_argument("--from-team", action="store_true",
                        help="for a team account: also delete the entry's latest version in the team vault "
                             "(it can be undeleted there); without it only this computer's record goes")

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
        usage="linkwizard exec [--no-masking] [--allow-nested] [--env VAR=ACCOUNT ...] [--keep-env NAME ...] "
              "NAME -- COMMAND [ARG ...]")
    run.add_argument("--no-masking", action="store_true",
                     help="do not replace the key with its hint in the command's output")
    run.add_argument("--allow-nested", action="store_true",
                     help="run even inside another linkwizard exec for a different account")
    run.add_argument("--env", action="append", default=[], metavar="VAR=ACCOUNT",
                     help="also put ACCOUNT's key in VAR (repeatable)")
    run.add_argument("--keep-env", action="append", default=[], metavar="NAME",
                     help="pass NAME on to the command although it is a team vault credential "
                          "(VAULT_TOKEN, BAO_TOKEN, VAULT_ROLE_ID, VAULT_SECRET_ID, BAO_ROLE_ID, BAO_SECRET_ID), "
                          "which the command does not get otherwise (repeatable)")
    run.add_argument("name", metavar="NAME")
    run.add_argument("argv", nargs=argparse.REMAINDER, metavar="COMMAND")
    _add_import(commands, common)
    _add_team(commands, common)
    _add_session(commands, common)
    return parser


# Commands that only read the account list or print a link: they log nothing, so they skip
# setting up the log (and loading the logging package) to answer as fast as `python` starts.
QUIET_COMMANDS = frozenset({"accounts", "key-recipe"})


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def _add_import(commands: Any, common: argparse.ArgumentParser) -> None:
    found = commands.add_parser(
        "import", parents=[common], help="find Stripe keys kept in plaintext on this computer and link them",
        usage="linkwizard import --scan [--dotenv PATH ...] [--json]\n"
              "       linkwizard import [--all | --pick N ...] [--dotenv PATH ...] [--retire-plaintext] [--json]")
    found.add_argument("--scan", action="store_true", help="only list what was found, with numbers for --pick")
    found.add_argument("--all", action="store_true", help="import every importable key found")
    found.add_argument("--pick", action="extend", nargs="+", type=int, default=[], metavar="N",
                       help="import the keys with these numbers (from --scan)")
    found.add_argument("--dotenv", action="append", default=[], metavar="PATH",
                       help="also search this .env file (repeatable)")
    found.add_argument("--stripe-config", metavar="PATH",
                       help="the Stripe CLI config to read, as its --config flag (default: "
                            "$XDG_CONFIG_HOME/stripe/config.toml or ~/.config/stripe/config.toml)")
    found.add_argument("--retire-plaintext", action="store_true",
                       help="after a key is linked, replace its plaintext copy with a hint")
    found.add_argument("--json", action="store_true")


def _add_session(commands: Any, common: argparse.ArgumentParser) -> None:
    commands.add_parser("watch", parents=[common],
                        help="keep checking the accounts without a window, and notify when one needs attention; "
                             "starting linkwizard again opens its window")
    login = commands.add_parser("autostart", parents=[common],
                                help="start linkwizard in the background when you log in",
                                description="on: write the login item (~/.config/autostart/linkwizard.desktop; "
                                            "inside Flatpak, ask the Background portal); off: remove it; status: "
                                            "say whether it is there.")
    login.add_argument("action", choices=("on", "off", "status"))
    login.add_argument("--json", action="store_true")
    settings = commands.add_parser("settings", parents=[common], help="show the app's settings")
    settings.add_argument("--json", action="store_true")


def _add_team(commands: Any, common: argparse.ArgumentParser) -> None:
    team = commands.add_parser("team", parents=[common], help="keep keys in your team's OpenBao or Vault")
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True, parser_class=_Parser)
    setup = actions.add_parser("setup", parents=[common], help="say where the team vault is (checks it answers)")
    setup.add_argument("--address", help="the vault's address, https://... (default: $VAULT_ADDR or $BAO_ADDR)")
    setup.add_argument("--mount", help="the KV version 2 mount (default: secret)")
    setup.add_argument("--prefix", help="the path under the mount where Stripe keys go (default: stripe)")
    setup.add_argument("--namespace", help="the namespace (default: $VAULT_NAMESPACE or $BAO_NAMESPACE)")
    setup.add_argument("--ca-cert", metavar="FILE", help="a PEM file of your team's CA (default: $VAULT_CACERT)")
    login = actions.add_parser("login", parents=[common], help="log in; the token is kept in your keyring",
                               description="token: read from $VAULT_TOKEN or $BAO_TOKEN, else from stdin "
                                           "(never from the command line). userpass: the password is asked for "
                                           "without echo, or read from stdin's first line. approle: from "
                                           "$VAULT_ROLE_ID and $VAULT_SECRET_ID. oidc: in your browser; it "
                                           "comes back to http://localhost:8250/oidc/callback.")
    login.add_argument("--method", choices=[m.value for m in LoginMethod], default=LoginMethod.TOKEN.value)
    login.add_argument("--username", help="for --method userpass")
    login.add_argument("--role", help="for --method oidc: the vault's OIDC role (default: the mount's default role)")
    login.add_argument("--callback-port", type=int, default=8250, metavar="PORT",
                       help="for --method oidc: the loopback port the browser comes back to (default: 8250)")
    status = actions.add_parser("status", parents=[common],
                                help="the vault, your login, its time left and what it may do")
    status.add_argument("--json", action="store_true")
    actions.add_parser("logout", parents=[common], help="revoke the token and remove it from your keyring")
    policy = actions.add_parser("policy", parents=[common],
                                help="print the vault policy (HCL) linkwizard needs, for whoever runs the vault")
    policy.add_argument("--read-only", action="store_true", help="list, add, verify and exec only: no writes")
    listing = actions.add_parser("list", parents=[common], help="the Stripe keys in the team vault (never the keys)")
    listing.add_argument("--json", action="store_true")
    add = actions.add_parser("add", parents=[common], help="link team entries on this computer",
                             usage="linkwizard team add NAME... | --all [--offline-copy] [--json]")
    add.add_argument("names", nargs="*", metavar="NAME")
    add.add_argument("--all", action="store_true", help="every entry not linked here yet")
    add.add_argument("--offline-copy", action="store_true",
                     help="also keep the key in your keyring, for `exec` when the vault cannot be reached")
    add.add_argument("--json", action="store_true")
    share = commands.add_parser("share", parents=[common],
                                help="move an account's key from your keyring into the team vault")
    share.add_argument("name", metavar="NAME")
    share.add_argument("--keep-local", action="store_true", help="keep the keyring copy (as an offline copy)")

"""The command line: the same use cases as the window, for terminals and scripts.

One module per command group (`accounts`, `link`, `exec_command`, `import_keys`,
`team`, `session`, `desktop_entry`); `parser` knows every option, `output` prints what they share. Only the
chosen command's module is loaded. Never imports Qt, and imports httpx only for commands
that send requests. Exit codes: `domain.exit_codes.TABLE`.
"""

from __future__ import annotations

import importlib
import sys

from linkwizard.cli.output import fail
from linkwizard.cli.parser import QUIET_COMMANDS, build_parser, parse
from linkwizard.desktop.crash_safety import forbid_core_dumps
from linkwizard.domain import exit_codes
from linkwizard.domain.problems import Category, LinkwizardError
from linkwizard.store import paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

__all__ = ["in_background", "main", "parse", "run", "wants_window"]

# command -> the module of linkwizard.cli that runs it, and its function there
COMMANDS = {
    "connect": ("link", "cmd_connect"),
    "replace-key": ("link", "cmd_replace_key"),
    "key-recipe": ("link", "cmd_key_recipe"),
    "accounts": ("accounts", "cmd_accounts"),
    "verify": ("accounts", "cmd_verify"),
    "rename": ("accounts", "cmd_rename"),
    "remove": ("accounts", "cmd_remove"),
    "permissions": ("accounts", "cmd_permissions"),
    "exec": ("exec_command", "cmd_exec"),
    "import": ("import_keys", "cmd_import"),
    "team": ("team", "cmd_team"),
    "share": ("team", "cmd_share"),
    "autostart": ("session", "cmd_autostart"),
    "settings": ("session", "cmd_settings"),
}


def wants_window(args: argparse.Namespace) -> bool:
    """No command and no one-off action (or `watch`): the person wants the app itself."""
    return args.command == "watch" or (args.command is None and not (
        args.self_test or args.install_desktop_entry or args.uninstall_desktop_entry))


def in_background(args: argparse.Namespace) -> bool:
    """`--background` or `watch`: the app without its window."""
    return bool(args.background) or args.command == "watch"


def main(argv: Sequence[str] | None = None) -> int:
    """The command line alone (linkwizard.entry decides when the window opens instead)."""
    return run(parse(sys.argv[1:] if argv is None else argv))


def run(args: argparse.Namespace) -> int:
    forbid_core_dumps(holds_keys=args.command not in QUIET_COMMANDS)
    if args.self_test:  # it opens the window, so linkwizard.entry runs it: the core never imports Qt
        raise SystemExit("linkwizard: run the self-test with the linkwizard command (linkwizard.entry).")
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from linkwizard.cli import desktop_entry

        return desktop_entry.install() if args.install_desktop_entry else desktop_entry.uninstall()
    if args.command is None:
        build_parser().print_help(sys.stderr)
        return exit_codes.USAGE
    if args.command not in QUIET_COMMANDS or args.verbose:
        from linkwizard.store.logs import setup_logging

        setup_logging(paths.log_dir(), verbose=args.verbose)
    module, function = COMMANDS[args.command]
    try:  # only the chosen command's module is loaded (CONTRIBUTING.md, "Imports inside functions")
        command = getattr(importlib.import_module(f"linkwizard.cli.{module}"), function)
        return int(command(args))
    except LinkwizardError as exc:
        return fail(exc.problem)
    except KeyboardInterrupt:
        print("linkwizard: cancelled; nothing was changed.", file=sys.stderr)
        return exit_codes.BY_CATEGORY[Category.CANCELLED]

"""`exec`: run a command with an account's key in its environment, masked in its output.
Which key comes from where is usecases/exec.py's; here the arguments are read and the
command run."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from linkwizard.cli.output import usage_error
from linkwizard.domain import exit_codes
from linkwizard.domain.untrusted import for_terminal
from linkwizard.usecases import exec as exec_keys


def cmd_exec(args: argparse.Namespace) -> int:
    command = list(args.argv)
    if command and command[0] == "--":
        command = command[1:]
    if not command:
        raise usage_error("name the command to run after --, e.g. linkwizard exec NAME -- python report.py")
    prepared = exec_keys.prepare(args.name, [exec_keys.extra_grant(spec) for spec in args.env],
                                 allow_nested=args.allow_nested, keep_env=tuple(args.keep_env))
    for warning in prepared.warnings:
        print(f"linkwizard: warning: {for_terminal(warning)}.", file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        if not args.no_masking:
            return exec_keys.run_masked(command, prepared.environment, prepared.keys)
        if os.name == "posix":
            os.execvpe(command[0], command, prepared.environment)
        return subprocess.run(command, env=prepared.environment, check=False).returncode
    except FileNotFoundError:
        print(f"linkwizard: command not found: {for_terminal(command[0])}. Check its name or PATH.", file=sys.stderr)
        return exit_codes.NOT_FOUND
    except PermissionError:
        print(f"linkwizard: {for_terminal(command[0])} cannot be run (permission denied).", file=sys.stderr)
        return exit_codes.NOT_EXECUTABLE

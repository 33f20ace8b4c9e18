"""`linkwizard --self-test`: can this computer run linkwizard? One line per check.

Checks the Qt platform (by opening the main window, gui/selftest_window.py), the keyring (a secure backend that
answers) and the data folder (writable). Nothing is sent to Stripe and no key is written.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from linkwizard.domain import exit_codes
from linkwizard.domain.problems import LinkwizardError, Problem, ProblemKind
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths

EXIT_STORAGE = exit_codes.STORAGE  # the keyring or the data folder, as everywhere else in the CLI


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    exit_code: int = exit_codes.OK

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


def check_keyring() -> Check:
    local_keyring = OSKeyring()
    try:
        name = local_keyring.backend_name()
        # a read that finds nothing: does the keyring answer (unlocked, running)?
        answer = local_keyring.load_many(["lw_selftest_never_stored"])["lw_selftest_never_stored"]
        if isinstance(answer, Problem) and answer.kind is not ProblemKind.KEY_MISSING:
            raise LinkwizardError(answer)
    except LinkwizardError as exc:
        return Check("keyring", False, f"{exc.problem.title}. {exc.problem.advice}", EXIT_STORAGE)
    except Exception as exc:  # a backend that raises its own errors is not reachable
        return Check("keyring", False, f"the keyring did not answer ({type(exc).__name__})", EXIT_STORAGE)
    return Check("keyring", True, f"{name} (secure, answering)")


def check_data_folder() -> Check:
    folder = paths.data_dir()
    probe = folder / f".selftest-{os.getpid()}"
    try:
        paths.private_dir(folder)
        os.close(paths.open_private(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL))
        probe.unlink()
    except OSError as exc:
        return Check("data folder", False, f"{folder} is not writable ({exc.strerror})", EXIT_STORAGE)
    except LinkwizardError as exc:
        return Check("data folder", False, exc.problem.message(), EXIT_STORAGE)
    return Check("data folder", True, f"{folder} (writable)")


# The window check (open the real main window) lives in linkwizard.gui.selftest_window: the
# core never imports the GUI. linkwizard.entry puts it first when it runs the self-test.
CORE_CHECKS: tuple[Callable[[], Check], ...] = (check_keyring, check_data_folder)


def run(checks: Sequence[Callable[[], Check]] = CORE_CHECKS) -> int:
    results = []
    for check in checks:
        result = check()
        print(result.line(), flush=True)
        results.append(result)
    failed = [r for r in results if not r.ok]
    if failed:
        print(f"linkwizard: {len(failed)} of {len(results)} checks failed.", file=sys.stderr)
        return failed[0].exit_code
    print("linkwizard is ready to use.")
    return exit_codes.OK

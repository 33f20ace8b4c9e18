"""`linkwizard --self-test`: can this computer run linkwizard? One line per check.

Checks the Qt platform (by opening the main window), the keyring (a secure backend that
answers) and the data folder (writable). Nothing is sent to Stripe and no key is written.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass

from linkwizard import paths
from linkwizard.problems import LinkwizardError, Problem, ProblemKind

EXIT_WINDOW = 1  # the window could not be shown
EXIT_STORAGE = 6  # the keyring or the data folder, as everywhere else in the CLI


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    exit_code: int = 0

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


def check_keyring() -> Check:
    from linkwizard.vault import Vault

    vault = Vault()
    try:
        name = vault.backend_name()
        # a read that finds nothing: does the keyring answer (unlocked, running)?
        answer = vault.load_many(["lw_selftest_never_stored"])["lw_selftest_never_stored"]
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


def check_window() -> Check:
    if not (os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or sys.platform in ("win32", "darwin")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen here: test it offscreen
    try:
        from linkwizard.gui.selftest_window import show_main_window
    except ImportError as exc:
        return Check("Qt", False, f"PySide6 could not be loaded ({exc})", EXIT_WINDOW)
    ok, detail = show_main_window()
    return Check("Qt platform", ok, detail, 0 if ok else EXIT_WINDOW)


CHECKS: tuple[Callable[[], Check], ...] = (check_window, check_keyring, check_data_folder)


def run() -> int:
    results = []
    for check in CHECKS:
        result = check()
        print(result.line(), flush=True)
        results.append(result)
    failed = [r for r in results if not r.ok]
    if failed:
        print(f"linkwizard: {len(failed)} of {len(results)} checks failed.", file=sys.stderr)
        return failed[0].exit_code
    print("linkwizard is ready to use.")
    return 0

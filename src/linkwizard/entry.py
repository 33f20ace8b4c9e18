"""The one place that decides: the window, or the command line.

`linkwizard` with no arguments (or only the window's own, domain/launch.py) opens the window straight away, without
loading the command line's parser; anything else is parsed, and a parse that names no
command and no action (e.g. `linkwizard --verbose`) opens the window too.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from linkwizard.domain import launch

    arguments = list(sys.argv[1:] if argv is None else argv)
    if launch.window_only(arguments):
        return _window(arguments)
    if arguments == ["--internal-checks"]:  # the window's batch checks (checks_process.py)
        from linkwizard.usecases.checks_process import serve

        return serve()
    if arguments == ["accounts", "--json"]:  # what scripts call most: no parser, no classes
        from linkwizard.desktop.crash_safety import forbid_core_dumps
        from linkwizard.store.listing import accounts_json

        forbid_core_dumps(holds_keys=False)
        if (code := accounts_json()) is not None:
            return code
    from linkwizard import cli

    args = cli.parse(arguments)
    if cli.wants_window(args):
        return _window(launch.arguments(args.lang, cli.in_background(args)))
    if args.self_test:
        return _self_test()
    return cli.run(args)


def _self_test() -> int:
    """The core's checks after the window's (which needs Qt, so it is chosen here)."""
    import os

    from linkwizard.desktop.crash_safety import forbid_core_dumps
    from linkwizard.domain import exit_codes
    from linkwizard.usecases import selftest

    forbid_core_dumps()
    if not (os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
            or sys.platform in ("win32", "darwin")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen here: test it offscreen
    try:
        from linkwizard.gui.selftest_window import check_window
    except ImportError as exc:
        missing = selftest.Check("Qt", False, f"PySide6 could not be loaded ({exc})", exit_codes.WINDOW)
        return selftest.run((lambda: missing, *selftest.CORE_CHECKS))
    return selftest.run((check_window, *selftest.CORE_CHECKS))


def _window(arguments: list[str]) -> int:
    from linkwizard.gui.app import main as window_main

    return int(window_main(arguments))

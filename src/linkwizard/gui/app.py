"""Start the desktop app: Qt application, services from the core, the main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from linkwizard import __version__, linking, paths
from linkwizard.accounts import AccountStore
from linkwizard.logs import setup_logging
from linkwizard.problems import LinkwizardError, Problem
from linkwizard.vault import Vault


def build_services() -> tuple[linking.Services | None, Problem | None]:
    """The same services the CLI uses; a refused API base is reported, not fatal."""
    from linkwizard.api_base import api_base_from_env

    try:
        api_base = api_base_from_env()
    except LinkwizardError as exc:
        return None, exc.problem
    return linking.Services(store=AccountStore(paths.data_dir()), vault=Vault(), api_base=api_base), None


def create_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("linkwizard")
    app.setOrganizationName("linkwizard")
    app.setApplicationDisplayName("linkwizard")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("linkwizard")
    from linkwizard.gui.style import app_icon

    app.setWindowIcon(app_icon())
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[:1] if argv is None else ["linkwizard", *argv])
    setup_logging(paths.log_dir())
    app = create_application(args)
    from linkwizard.gui.single_instance import SingleInstance, ask_running_instance, server_name

    name = server_name(paths.data_dir())
    if ask_running_instance(name):
        print("linkwizard is already open; its window was brought to the front.")
        return 0
    from linkwizard.gui.window import MainWindow

    services, problem = build_services()
    window = MainWindow(services, problem)

    def answer_later_launches() -> None:  # after the first paint: Qt's network module is not free
        instance = SingleInstance(name, app)
        instance.listen()
        instance.activated.connect(window.bring_to_front)

    QTimer.singleShot(0, answer_later_launches)
    if os.environ.get("LINKWIZARD_EXIT_AFTER_FIRST_PAINT"):  # the start-up benchmark's end point
        from linkwizard.gui.first_paint import quit_after_first_paint

        quit_after_first_paint(window)
    window.show()
    QTimer.singleShot(0, window.load_accounts)  # the window paints first, then the I/O starts
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())

"""Start the desktop app: Qt application, the main window, then the services from the core.

The window's first paint comes first. Until it has happened only Qt and the window's shell
are loaded; the core (the account list, the keyring, the Stripe client, and the classes and
modules they bring) is loaded and attached just after it (`MainWindow.attach`), in the
time the user takes to see the window. docs/performance.md has the measurements.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QWidget

from linkwizard import APP_ID, __version__
from linkwizard.domain import launch
from linkwizard.store import paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.domain.problems import Problem
    from linkwizard.gui.window import MainWindow
    from linkwizard.usecases.services import Services


def build_services() -> tuple[Services | None, Problem | None]:
    """The same services the CLI uses; a refused API base is reported, not fatal."""
    from linkwizard.domain.problems import LinkwizardError
    from linkwizard.usecases.services import Services

    try:
        return Services.for_this_computer(), None
    except LinkwizardError as exc:
        return None, exc.problem


class MissingSystemLibrary(Exception):
    """Qt's platform plugin would abort the process: a system library is missing (its sentence
    names the library and the package to install)."""


def check_system_libraries() -> None:
    """Before Qt tries: a missing library named, rather than Qt's abort (desktop/system_libraries.py)."""
    from pathlib import Path

    import PySide6

    from linkwizard.desktop import system_libraries

    bundled = [Path(PySide6.__file__).parent / "Qt" / "lib"]
    if frozen := getattr(sys, "_MEIPASS", None):
        bundled.append(Path(frozen))
    if (found := system_libraries.missing(bundled=bundled)) is not None:
        raise MissingSystemLibrary(found.sentence())


def create_application(argv: Sequence[str]) -> QApplication:
    """The QApplication (the one there is, or a new one); MissingSystemLibrary instead of
    Qt's abort when the platform plugin cannot load."""
    # Qt's raster engine cuts a tall fill into strips for a pool of helper threads and waits
    # for them all (py-spy: QRasterPaintEngine::fillRect, QThreadPool::start, QLatch::wait);
    # the list's scroll bar, repainted at each step through the list, was such a fill. With the
    # other processor busy (the checks' process, the keyring) the window waited for the
    # helpers to be scheduled. Filling in the window's own thread took less CPU and never
    # waits (docs/performance.md). Qt reads this once, at the first such fill.
    os.environ["QT_NO_GUI_THREADPOOL"] = "1"
    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        check_system_libraries()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName("linkwizard")
    app.setOrganizationName("linkwizard")
    app.setApplicationDisplayName("linkwizard")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def set_icons(app: QApplication, window: QWidget) -> None:
    """The app's icon (an SVG: loads Qt's SVG plugin), set once the window is on screen."""
    from linkwizard.gui.common.style import app_icon

    icon = app_icon()
    app.setWindowIcon(icon)
    window.setWindowIcon(icon)


def end_on_signals(window: MainWindow) -> None:
    """SIGTERM (the session ending, `kill`) and SIGINT quit as *Quit* does: the checks are
    stopped and waited for. Python runs its handlers only between bytecodes, and Qt's loop
    may sleep for hours in the background: the signal's byte wakes it through a socket."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: None)  # handled below, in Qt's loop
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, window)

    sockets = (reader, writer)  # kept by the slot, which the notifier keeps

    def woken() -> None:
        import contextlib

        with contextlib.suppress(OSError):
            sockets[0].recv(64)
        window.quit_app()

    notifier.activated.connect(woken)


def install_english_plurals(app: QApplication) -> None:
    """English's plural forms (`tr("%n key(s)", "", n)`: 1 key, 2 keys), under every other
    language: a translator installed later is asked first. Once per application."""
    from PySide6.QtCore import QTranslator

    from linkwizard.gui.common.style import RESOURCES

    if app.findChild(QTranslator, "englishPlurals") is not None:
        return
    plurals = QTranslator(app)
    plurals.setObjectName("englishPlurals")
    if plurals.load("linkwizard_en", os.path.join(RESOURCES, "translations")):
        app.installTranslator(plurals)


def install_translations(app: QApplication, language: str | None) -> str:
    """linkwizard's and Qt's own translations for `language` (default: the system locale)."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from linkwizard.gui.common.style import RESOURCES

    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    install_english_plurals(app)
    folder = os.path.join(RESOURCES, "translations")
    for name, where in (("linkwizard", folder),
                        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", where):
            app.installTranslator(translator)
    return locale.name()


def main(argv: Sequence[str] | None = None) -> int:
    from linkwizard.desktop.crash_safety import forbid_core_dumps

    forbid_core_dumps(holds_keys=False)  # no core file from here on; the rest before any key is read
    arguments = list(sys.argv[1:] if argv is None else argv)
    language, background, rest = launch.split(arguments)
    try:
        app = create_application([sys.argv[0] if sys.argv else "linkwizard", *rest])
    except MissingSystemLibrary as exc:
        from linkwizard.domain import exit_codes

        print(exc, file=sys.stderr)
        return exit_codes.WINDOW
    install_translations(app, language)
    from linkwizard.gui.startup.single_instance import (
        ACTIVATE,
        BACKGROUND,
        SingleInstance,
        ask_running_instance,
        server_name,
    )

    name = server_name(paths.data_dir())
    if ask_running_instance(name, BACKGROUND if background else ACTIVATE):
        print("linkwizard is already running; it keeps checking in the background." if background
              else "linkwizard is already open; its window was brought to the front.")
        return 0
    from linkwizard.gui.window import MainWindow

    window = MainWindow()  # the shell: what the first paint shows
    window.quit_requested.connect(app.quit)
    if background:
        print("linkwizard is checking your accounts in the background. Run linkwizard again to open its window; "
              "Accounts › Quit there (or Quit in its tray icon) ends it.", flush=True)
        window.background.run_in_background()

    def answer_later_launches() -> None:  # after the first paint: Qt's network module is not free
        instance = SingleInstance(name, app)
        if not instance.listen():
            from linkwizard.store.logs import early_logger

            early_logger(__name__).warning("not answering later launches (socket %s unavailable)", name)
        instance.activated.connect(window.bring_to_front)
        instance.background.connect(window.background.run_in_background)
        window.single_instance = instance  # held for the life of the window

    from linkwizard.gui.startup.first_paint import FirstPaint
    from linkwizard.gui.startup.probes import quit_after_first_paint, report_list_filled

    benchmark = os.environ.get("LINKWIZARD_EXIT_AFTER_FIRST_PAINT")  # the start-up benchmarks' end points

    def attach_and_load() -> None:
        forbid_core_dumps()  # and no other process of this user's may attach: keys come next
        window.attach(*build_services())
        if window.companion is not None:
            window.companion.watch_network()  # before the launch check: offline, it waits for the network
        if benchmark == "list":  # ... once the account list is filled and painted (no launch check)
            window.verify_at_launch = False
            if window.controller is not None:
                window.controller.accounts_loaded.connect(lambda accounts: report_list_filled(window))
        window.load_accounts()

    def after_first_paint() -> None:
        from linkwizard.gui.startup import warmup
        from linkwizard.store.logs import ensure_logging

        warmup.after_first_paint(window, [window.fill_menus, ensure_logging], attach_and_load,
                                 [lambda: set_icons(app, window), answer_later_launches, window.background.changed])

    end_on_signals(window)
    if background:  # no window, so no first paint: the same steps, now
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, after_first_paint)
        return int(app.exec())
    if benchmark and benchmark != "list":
        quit_after_first_paint(window)
    else:
        FirstPaint(window, after_first_paint)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())

"""The benchmark's hooks (benchmarks/run.py): peak memory, and quitting once the window is
painted. Used by the bare PySide6 floors in benchmarks/ and, when LINKWIZARD_EXIT_AFTER_FIRST_PAINT
is set, by linkwizard itself, so both are measured the same way."""

from __future__ import annotations

import resource
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from linkwizard.gui.startup.first_paint import FirstPaint


def peak_rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _report_and_quit() -> None:
    print(f"painted {peak_rss_kib()}", flush=True)
    sys.stdout.flush()
    QCoreApplication.quit()


def quit_after_first_paint(window: QWidget) -> None:
    FirstPaint(window, _report_and_quit)


def report_list_filled(window: QWidget) -> None:
    """LINKWIZARD_EXIT_AFTER_FIRST_PAINT=list: the end point once the account list is filled."""
    window.repaint()  # the filled list, painted now
    print(f"painted {peak_rss_kib()}", flush=True)
    window.close()  # stops and waits for the background jobs
    QCoreApplication.quit()

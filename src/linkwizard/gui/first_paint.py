"""Know when a window has first been painted: the end point of the start-up benchmark and of
the self-test's window check.

Used by the bare PySide6 floor in benchmarks/ and, when LINKWIZARD_EXIT_AFTER_FIRST_PAINT is
set, by linkwizard itself, so both are measured the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


def peak_rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


class FirstPaint(QObject):
    """Calls `then` once, right after the watched window's first paint has finished."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.painted = False
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._then)  # after this paint has finished
        return False


# A step's successor waits a millisecond: a zero timer posted while events are being
# processed can run in the same pass, and the steps would add up to one long one again.
TURN_MS = 1
FRAME_MS = 16  # one frame at 60 Hz: work that must come after the window has painted


def in_turns(context: QObject, steps: Sequence[Callable[[], object]]) -> None:
    """Run each step in a turn of the event loop of its own, in order, so the window is
    painted and answers input between them; the rest is dropped if `context` is deleted."""
    pending = list(steps)

    def next_step() -> None:
        pending.pop(0)()
        if pending:
            QTimer.singleShot(TURN_MS, context, next_step)

    if pending:
        QTimer.singleShot(TURN_MS, context, next_step)


def lay_out(widget: QWidget) -> None:
    """Lay a widget out now, shown or not: a step of its own instead of part of its showing."""
    layout = widget.layout()
    if layout is not None:
        layout.activate()


def importing(module: str, name: str | None = None) -> Callable[[], object]:
    """A step for in_turns: load `module`, or touch its class `name` (PySide6 builds a Qt
    class's Python enums when it is first touched: QStyle's take 7 ms)."""
    import importlib

    return lambda: getattr(importlib.import_module(module), name) if name else importlib.import_module(module)


def building_widget_types(per_turn: int = 3) -> list[Callable[[], object]]:
    """Steps for in_turns that build the Python type of every QtWidgets class, a few a turn.

    The first time Qt hands Python a widget that Qt made itself (a list's viewport, the
    wizard's buttons), PySide6 builds all of these types to find which one it is: 11 to 30 ms
    in one event, in the middle of whatever the person is doing. Three a turn: eight took 3
    to 6 ms of CPU in some turns (a class's enums are built in Python), and those turns were
    the connection test's longest (docs/performance.md)."""
    import PySide6.QtWidgets as widgets

    names = [name for name in dir(widgets) if name.startswith("Q")]

    def touching(chunk: list[str]) -> Callable[[], object]:
        return lambda: [getattr(widgets, name) for name in chunk]

    return [touching(names[start:start + per_turn]) for start in range(0, len(names), per_turn)]


def _report_and_quit() -> None:
    print(f"painted {peak_rss_kib()}", flush=True)
    sys.stdout.flush()
    QCoreApplication.quit()


def quit_after_first_paint(window: QWidget) -> None:
    FirstPaint(window, _report_and_quit)

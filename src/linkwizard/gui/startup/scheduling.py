"""Run work in steps of the event loop, so the window is painted and answers input between
them: the one scheduling primitive of the window's start-up and of its heavier pages."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

import PySide6.QtWidgets as widgets
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

# A step's successor waits a millisecond: a zero timer posted while events are being
# processed can run in the same pass, and the steps would add up to one long one again.
STEP_MS = 1
FRAME_MS = 16  # one frame at 60 Hz: work that must come after the window has painted


def run_in_steps(context: QObject, steps: Sequence[Callable[[], object]]) -> None:
    """Run each step in a pass of the event loop of its own, in order, so the window is
    painted and answers input between them; the rest is dropped if `context` is deleted."""
    pending = list(steps)

    def next_step() -> None:
        pending.pop(0)()
        if pending:
            QTimer.singleShot(STEP_MS, context, next_step)

    if pending:
        QTimer.singleShot(STEP_MS, context, next_step)


def activate_layout(widget: QWidget) -> None:
    """Lay a widget out now, shown or not: a step of its own instead of part of its showing."""
    layout = widget.layout()
    if layout is not None:
        layout.activate()


def importing(module: str, name: str | None = None) -> Callable[[], object]:
    """A step for run_in_steps: load `module`, or touch its class `name` (PySide6 builds a Qt
    class's Python enums when it is first touched: QStyle's take 7 ms)."""
    return lambda: getattr(importlib.import_module(module), name) if name else importlib.import_module(module)


def building_widget_types(per_step: int = 3) -> list[Callable[[], object]]:
    """Steps for run_in_steps that build the Python type of every QtWidgets class, a few a step.

    The first time Qt hands Python a widget that Qt made itself (a list's viewport, the
    wizard's buttons), PySide6 builds all of these types to find which one it is, in one
    event longer than a frame (docs/performance.md, "The techniques")."""
    names = [name for name in dir(widgets) if name.startswith("Q")]

    def touching(chunk: list[str]) -> Callable[[], object]:
        return lambda: [getattr(widgets, name) for name in chunk]

    return [touching(names[start:start + per_step]) for start in range(0, len(names), per_step)]

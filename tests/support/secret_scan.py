"""Looking for a key where it must never be: files, output, logs and exception text."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any


def slices(key: str, width: int = 12) -> set[str]:
    """Every `width`-character slice of the secret part (after `sk_test_`), and the key itself."""
    secret = key.split("_", 2)[2]
    return {key} | {secret[i:i + width] for i in range(len(secret) - width + 1)}


def files_under(*roots: Path) -> Iterator[tuple[Path, str]]:
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and not path.is_socket():
                yield path, path.read_bytes().decode("utf-8", "replace")


def leaks(keys: Iterable[str], haystacks: Iterable[tuple[str, str]]) -> list[str]:
    """Where any slice of any key shows up, as "where: slice" lines (empty when clean)."""
    pieces = {piece: key for key in keys for piece in slices(key)}
    found = []
    for where, text in haystacks:
        for piece in pieces:
            if piece in text:
                found.append(f"{where}: ...{piece[-6:]}")
                break
    return found


# How generators and coroutines hand back their return value (`await queue.get()` returns an
# item through StopIteration): never shown, never logged, so not an exception's text.
_RETURNS = (StopIteration, StopAsyncIteration, GeneratorExit)


class ExceptionRecorder:
    """The text of every exception raised in Python code while active, in this thread and in
    threads started by `threading` (the event loop and helper threads), caught or not."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []

    def _global(self, frame: FrameType, event: str, arg: Any) -> Any:
        frame.f_trace_lines = False
        return self._local

    def _local(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "exception" and not issubclass(arg[0], _RETURNS):
            exc = arg[1]
            try:
                text = f"{type(exc).__name__}: {exc!s} | {exc!r} | {getattr(exc, 'args', ())!r}"
            except Exception as broken:  # an exception whose str() fails is itself recorded
                text = f"{type(exc).__name__}: <str failed: {type(broken).__name__}>"
            self.texts.append((f"exception in {frame.f_code.co_filename}:{frame.f_lineno}", text))
        return self._local

    def __enter__(self) -> ExceptionRecorder:
        threading.settrace(self._global)
        sys.settrace(self._global)
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 traceback: TracebackType | None) -> None:
        sys.settrace(None)
        threading.settrace(None)

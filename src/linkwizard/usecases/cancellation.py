"""Cancel core work from another thread: the GUI's Cancel button, Ctrl+C, window close.

Network work runs as a coroutine on a private event loop in the calling thread; a
`CancelToken` cancels that coroutine's task through the loop, so a request waiting on a
slow server ends at once instead of after its timeout.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Awaitable, Callable
from typing import TypeVar

from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem

T = TypeVar("T")


class CancelToken:
    """A thread-safe "please stop" flag that can also wake up running work."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._hooks: list[Callable[[], None]] = []

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            if self._cancelled:
                return
            self._cancelled = True
            hooks = list(self._hooks)
        for hook in hooks:
            hook()

    def on_cancel(self, hook: Callable[[], None]) -> Callable[[], None]:
        """Call `hook` when cancelled (at once, if that has happened already); returns the
        function that takes it off again."""
        with self._lock:
            self._hooks.append(hook)
            already = self._cancelled
        if already:
            hook()

        def remove() -> None:
            with self._lock:
                self._hooks.remove(hook)

        return remove


def cancelled_error() -> LinkwizardError:
    return LinkwizardError(problem(ProblemKind.CANCELLED))


def run_cancellable(work: Callable[[], Awaitable[T]], cancel: CancelToken | None = None) -> T:
    """Run `work()` on a fresh event loop; raise LinkwizardError(CANCELLED) if cancelled."""
    import asyncio  # here, not at import: the window must not pay for it before it is shown

    token = cancel or CancelToken()

    async def main() -> T:
        task = asyncio.current_task()
        loop = asyncio.get_running_loop()
        assert task is not None

        def wake() -> None:
            with contextlib.suppress(RuntimeError):  # loop already closed: the work is over anyway
                loop.call_soon_threadsafe(task.cancel)

        remove = token.on_cancel(wake)
        try:
            if token.cancelled:
                raise asyncio.CancelledError
            return await work()
        finally:
            remove()

    try:
        return asyncio.run(main())
    except asyncio.CancelledError:
        raise cancelled_error() from None

"""Background jobs the Qt way: a worker QObject moved to a QThread, reporting by signals.

A job is a plain core function `work(cancel, report)`; the worker only runs it and turns
its return value or `LinkwizardError` into a signal. Workers never touch widgets. The runner
is generic over what a job returns (`T`) and reports (`P`), so each callback receives the
type its job produces.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from linkwizard.domain.problems import LinkwizardError, Problem, ProblemKind, problem
from linkwizard.usecases.cancellation import CancelToken

log = logging.getLogger(__name__)

T = TypeVar("T")
P = TypeVar("P")
Work = Callable[[CancelToken, Callable[[P], None]], T]


class _Worker(QObject):
    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)  # a Problem
    done = Signal()

    def __init__(self, work: Callable[[CancelToken, Callable[[object], None]], object], cancel: CancelToken) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._cancel, self.progress.emit)
        except LinkwizardError as exc:
            self.failed.emit(exc.problem)
        except Exception as exc:  # a bug must still end the job and reach the screen, not kill the thread
            log.exception("background job failed")
            self.failed.emit(problem(ProblemKind.INTERNAL_ERROR, detail=f"{type(exc).__module__}."
                                     f"{type(exc).__qualname__} in a background job"))
        else:
            self.succeeded.emit(result)
        finally:
            self.done.emit()


class Job(QObject, Generic[T, P]):
    """A handle on one running job: typed callbacks, its signals, and `cancel()`."""

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work[P, T], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel_token = CancelToken()
        self._thread = QThread()
        self._worker = _Worker(cast(Callable[[CancelToken, Callable[[object], None]], object], work),
                               self.cancel_token)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        # Direct: quit() is thread-safe, and a queued call would never arrive while the UI
        # thread is blocked in shutdown()'s wait().
        self._worker.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._on_thread_finished)

    # typed connections: the signals carry objects, these hand each callback its own type
    def on_success(self, callback: Callable[[T], None]) -> Job[T, P]:
        self.succeeded.connect(lambda value: callback(cast(T, value)))
        return self

    def on_failure(self, callback: Callable[[Problem], None]) -> Job[T, P]:
        self.failed.connect(lambda value: callback(cast(Problem, value)))
        return self

    def on_progress(self, callback: Callable[[P], None]) -> Job[T, P]:
        self.progress.connect(lambda value: callback(cast(P, value)))
        return self

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self.cancel_token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    def wait(self, milliseconds: int) -> bool:
        return self._thread.wait(milliseconds)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def _on_succeeded(self, result: object) -> None:
        if not self.cancelled:
            self.succeeded.emit(result)

    def _on_failed(self, found: object) -> None:
        if not self.cancelled:
            self.failed.emit(found)

    def _on_thread_finished(self) -> None:
        self.finished.emit()


class JobRunner(QObject):
    """Owns every running job so that closing the window can stop and wait for all of them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: set[Job[object, object]] = set()

    def start(self, work: Work[P, T], *, on_success: Callable[[T], None] | None = None,
              on_failure: Callable[[Problem], None] | None = None,
              on_progress: Callable[[P], None] | None = None) -> Job[T, P]:
        job: Job[T, P] = Job(work, self)
        if on_success is not None:
            job.on_success(on_success)
        if on_failure is not None:
            job.on_failure(on_failure)
        if on_progress is not None:
            job.on_progress(on_progress)
        erased = cast(Job[object, object], job)
        job.finished.connect(lambda: self._forget(erased))
        self._jobs.add(erased)
        job.start()
        return job

    def run(self, work: Callable[[], T], *, on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[Problem], None] | None = None) -> Job[T, object]:
        """`start` for work that neither reports progress nor looks at its cancel token."""
        return self.start(lambda cancel, report: work(), on_success=on_success, on_failure=on_failure)

    def running(self) -> int:
        return sum(1 for job in self._jobs if job.is_running())

    def shutdown(self, milliseconds: int = 3000, longest: int = 15000) -> None:
        """Cancel every job and wait for its thread; called when the window closes.

        A job still running after `milliseconds` is waited for up to `longest`: a thread
        destroyed while it runs aborts the whole process ("QThread: Destroyed while thread
        is still running"), and a cancelled check's process is stopped after 10 s."""
        for job in list(self._jobs):
            job.cancel()
        for job in list(self._jobs):
            if not job.wait(milliseconds):
                log.warning("a background job did not stop in time; waiting for it")
                if not job.wait(longest):
                    log.error("a background job did not stop")

    def _forget(self, job: Job[object, object]) -> None:
        self._jobs.discard(job)
        job.deleteLater()


# Long work on a background thread, beside the window's --------------------------------------
GIVE_WAY_SECONDS = 0.0001  # long enough for the waiting thread to wake and take the GIL


def sharing_interpreter(every: float = 0.003) -> Callable[[], None]:
    """For long work on a background thread: a call that, at most once per `every` seconds,
    lets go of the GIL for a moment, so that a window's thread waiting for it waits no longer.

    Python's own switching waits `sys.getswitchinterval()` each time the window's thread wants
    the interpreter back, and that thread lets go of it in every call into Qt; the default
    `every` is the measured balance between the two (docs/performance.md)."""
    due = time.perf_counter() + every

    def give_way() -> None:
        nonlocal due
        if time.perf_counter() >= due:
            time.sleep(GIVE_WAY_SECONDS)
            due = time.perf_counter() + every

    return give_way

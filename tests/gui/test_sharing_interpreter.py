"""The window's loaders read long lists on a background thread and let the window's thread
have the interpreter now and then (gui/workers.py: `sharing_interpreter`)."""

from __future__ import annotations

import sys
import threading
import time

from linkwizard.gui.workers import sharing_interpreter


def test_sharing_the_interpreter_lets_go_of_it_once_per_interval() -> None:
    give_way = sharing_interpreter(every=3600)
    started = time.perf_counter()
    for _ in range(100_000):
        give_way()  # not due for an hour: never sleeps
    assert time.perf_counter() - started < 1.0
    switches = sys.getswitchinterval()
    sys.setswitchinterval(100)  # only a thread letting go of the GIL lets the other one run
    try:
        ran: list[int] = []
        go = threading.Event()
        other = threading.Thread(target=lambda: ran.append(1) if go.wait() else None)
        give_way = sharing_interpreter(every=0)
        other.start()
        go.set()  # the other thread wakes, and waits for the GIL this one holds
        deadline = time.monotonic() + 5
        while not ran and time.monotonic() < deadline:
            give_way()
        let_through = bool(ran)  # before join(), which lets go of the GIL itself
        other.join()
    finally:
        sys.setswitchinterval(switches)
    assert let_through

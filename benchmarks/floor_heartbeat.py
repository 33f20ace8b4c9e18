"""The UI gaps' floor: the same 10 ms heartbeat in a Qt event loop that does nothing else, in
a process of its own, running beside the window while the UI benchmark runs.

A gap in its ticks is the machine's, not linkwizard's: a processor taken by the hypervisor
(steal), or by the other processes of the moment. It prints each tick's time
(`time.monotonic()`, the same clock in every process) and the gap before it, one JSON
document, when its input is closed.
"""

from __future__ import annotations

import json
import sys
import threading
import time

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    ticks: list[tuple[float, int]] = []
    clock = QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: ticks.append((time.monotonic(), clock.restart())))

    def wait_for_the_end() -> None:  # the parent closes our input when it is done
        sys.stdin.read()
        QTimer.singleShot(0, app, app.quit)  # queued to this thread's loop

    threading.Thread(target=wait_for_the_end, daemon=True).start()
    clock.start()
    heartbeat.start()
    print("ready", flush=True)
    app.exec()
    print(json.dumps(ticks), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The window follows the account list: a change written by the command line, another
process or a check shows within a moment. The data folder is watched (the list is replaced
whole, so its folder changes); a burst of changes is read once, off the window's thread, and
only what differs from the window's list is applied: a new, renamed or removed account, a new
hint, version or status. The selection and an open wizard or dialog stay as they are."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from linkwizard.domain.account import Account
from linkwizard.gui.startup.scheduling import run_in_steps
from linkwizard.gui.workers import sharing_interpreter
from linkwizard.store import paths

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.gui.controller import Controller
    from linkwizard.gui.workers import Job
    from linkwizard.usecases.cancellation import CancelToken

SETTLE_MS = 250  # a burst of writes (verify --all, an import) is read once
BATCH = 200  # changed records applied in one pass of the event loop


@dataclass(frozen=True)
class Changes:
    added: list[Account]
    changed: list[Account]
    removed: list[Account]


def changes(before: dict[str, Account], now: list[Account]) -> Changes:
    """What differs between the window's list and the stored one (plain comparison, no Qt)."""
    stored = {account.id: account for account in now}
    return Changes(added=[a for a in now if a.id not in before],
                   changed=[a for a in now if a.id in before and before[a.id] != a],
                   removed=[a for account_id, a in before.items() if account_id not in stored])


class ListFollower(QObject):
    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reading = False
        self._again = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.read)
        self._folder = paths.data_dir()
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._changed)
        self._watch_folder()

    def _watch_folder(self) -> None:
        """The data folder, or (before the first account made it) the folder it will be made in."""
        if self._folder.is_dir():
            self._watcher.addPath(str(self._folder))
        elif self._folder.parent.is_dir():
            self._watcher.addPath(str(self._folder.parent))

    def _changed(self, path: str) -> None:
        if path != str(self._folder):
            self._watch_folder()  # made now, perhaps
        self._settle.start()

    def read(self) -> None:
        """The stored list, read in a worker; a change that comes meanwhile is read after it."""
        if self._reading:
            self._again = True
            return
        self._reading = True
        before = {account.id: account for account in self._controller.model.accounts()}
        store = self._controller.services.store

        def work(cancel: CancelToken, report: object) -> Changes:
            return changes(before, store.load(sharing_interpreter()))

        job: Job[Changes, object] = self._controller.runner.start(work, on_success=self._apply)
        job.finished.connect(self._read_done)

    def _read_done(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.read()

    def _apply(self, found: Changes) -> None:
        """Changed records a batch per pass of the event loop (1,000 at once held the window
        for a frame); new and removed ones after them."""
        batches = [found.changed[i:i + BATCH] for i in range(0, len(found.changed), BATCH)]
        run_in_steps(self, [*(partial(self._apply_changed, batch) for batch in batches),
                            lambda: self._added_and_removed(found)])

    def _apply_changed(self, accounts: list[Account]) -> None:
        self._controller.model.update_many(accounts)
        for account in accounts:
            self._controller.account_changed.emit(account)

    def _added_and_removed(self, found: Changes) -> None:
        controller = self._controller
        for account in found.added:
            controller.model.upsert(account)
            controller.account_added.emit(account)
        for account in found.removed:
            controller.model.remove(account.id)
            controller.account_removed.emit(account)

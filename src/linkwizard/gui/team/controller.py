"""The team vault's use cases for the window: its settings, the login, what this login may
write, listing and adding the team's keys. Like the Controller it belongs to, it imports no
widget and reports through signals; every call to the vault runs off the window's thread.

The team's client (httpx) is imported only when the team vault is used.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from linkwizard.domain.problems import Problem
from linkwizard.domain.team_login import LoginMethod
from linkwizard.gui.workers import Job, JobRunner
from linkwizard.usecases.cancellation import CancelToken
from linkwizard.usecases.services import Services

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.usecases import team
    from linkwizard.usecases.team import Settings, TokenInfo


class TeamController(QObject):
    settings_changed = Signal(object)  # Settings | None: the team vault set up here, or none
    writes = Signal(object)  # bool | None: whether this login may write in the team vault
    trouble = Signal(Problem)  # the team vault's login expired, or it is sealed or unreachable
    fine = Signal()  # a team account was read again, or the login renewed: the banner can go
    added = Signal(object)  # list[team.Added]: accounts added from the team vault
    problem = Signal(Problem)  # something to show in a dialog

    def __init__(self, services: Services, runner: JobRunner, parent: QObject) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.settings: Settings | None = None  # known once `load_settings` has read them
        self.may_write: bool | None = None  # what `writes` said last
        self._settings_read = False

    def load_settings(self) -> Job[Settings | None, object]:
        from linkwizard.usecases.team import saved_settings

        services = self.services
        job: Job[Settings | None, object] = self.runner.run(lambda: saved_settings(services))
        return job.on_success(self._settings_loaded)

    def with_settings(self, then: Callable[[Settings | None], None]) -> None:
        """`then` with the team settings: now when they are read, else once they are (a menu
        chosen in the first moment after launch waits for them rather than seeing none)."""
        if self._settings_read:
            then(self.settings)
            return

        def once(settings: object) -> None:
            self.settings_changed.disconnect(once)
            then(self.settings)
        self.settings_changed.connect(once)

    def _settings_loaded(self, settings: Settings | None) -> None:
        self.settings, self._settings_read = settings, True
        self.settings_changed.emit(settings)
        self.ask_writes()

    def ask_writes(self) -> None:
        """What the login may do there, asked off the window's thread (team status): the window
        does not offer a read-only person what could only fail."""
        if self.settings is None:
            self._writes(None)
            return
        self.status().on_success(lambda found: self._writes(found.may_write)).on_failure(
            lambda found: self._writes(None))

    def _writes(self, allowed: bool | None) -> None:
        self.may_write = allowed
        self.writes.emit(allowed)

    def status(self) -> Job[team.Status, object]:
        from linkwizard.usecases import team

        services = self.services
        return self.runner.start(lambda cancel, report: team.status(services, cancel))

    def setup(self, address: str, mount: str, prefix: str, namespace: str,
              ca_cert: str) -> Job[team.SetupResult, object]:
        from linkwizard.usecases import team

        services = self.services

        def work(cancel: CancelToken, report: object) -> team.SetupResult:
            return team.setup(services, address, mount or None, prefix or None, namespace or None, ca_cert or None,
                              cancel)

        return self.runner.start(work, on_success=lambda found: self._settings_loaded(found.settings))

    def login(self, credentials: team.Credentials,
              announce: Callable[[str], None] = lambda url: None) -> Job[TokenInfo, str]:
        """Log in; for OIDC the job reports the browser's address (to show it), and cancelling
        it stops the wait for the browser at once."""
        from linkwizard.usecases import team

        services = self.services

        def work(cancel: CancelToken, report: Callable[[str], None]) -> TokenInfo:
            flow = team.browser_login(credentials.role, announce=report) \
                if credentials.method is LoginMethod.OIDC else None
            return team.login(services, credentials, cancel, oidc=flow)

        return self.runner.start(work, on_progress=announce, on_success=lambda info: self._logged_in())

    def _logged_in(self) -> None:
        self.fine.emit()
        self.ask_writes()

    def logout(self) -> Job[bool, object]:
        from linkwizard.usecases import team

        services = self.services
        return self.runner.start(lambda cancel, report: team.logout(services, cancel),
                                 on_success=lambda revoked: self.ask_writes())

    def entries(self) -> Job[list[team.Listed], object]:
        from linkwizard.usecases import team

        services = self.services
        return self.runner.start(lambda cancel, report: team.list_entries(services, cancel))

    def add(self, names: list[str]) -> Job[list[team.Added], object]:
        from linkwizard.usecases import team

        services = self.services

        def work(cancel: CancelToken, report: object) -> list[team.Added]:
            return team.add(services, names, cancel=cancel)

        return self.runner.start(work, on_success=self.added.emit, on_failure=self.problem.emit)

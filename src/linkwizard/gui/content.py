"""The right-hand side of the window: a placeholder, the selected account's details, or a
page (the wizard, the import page), which takes the place of the details while it is open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

TYPE_CHECKING = False
if TYPE_CHECKING:
    from linkwizard.gui.account_details import AccountDetails
    from linkwizard.gui.import_page import ImportPage
    from linkwizard.gui.wizard.link_wizard import LinkWizard
    from linkwizard.store.accounts import Account

NOTHING = object()  # no account chosen since the pane last showed one
LABELS_PER_TURN = 12  # labels measured in one turn before the pane's first layout


class Content(QStackedWidget):
    def __init__(self, make_details: Callable[[], AccountDetails], is_checking: Callable[[str], bool],
                 parent: QWidget | None = None, preparing: Sequence[Callable[[], object]] = ()) -> None:
        """`preparing`: steps that load what `make_details` will need (gui/startup/scheduling.importing),
        each run in a turn of the event loop of its own before the pane is first built."""
        super().__init__(parent)
        self.setObjectName("contentStack")
        self._make_details = make_details
        self._preparing = list(preparing)
        self._details: AccountDetails | None = None
        self._building = False  # the pane is being built for `_waiting`, the account asked for last
        self._waiting: Account | None = None
        self._next: Account | object | None = NOTHING  # chosen, to be shown in the next turn
        self._next_turn: QTimer | None = None
        self._is_checking = is_checking
        self.wizard: LinkWizard | None = None
        self.import_page: ImportPage | None = None
        self.placeholder = QLabel(QCoreApplication.translate(
            "MainWindow", "Select an account on the left, or add a new one."))
        self.placeholder.setObjectName("detailsPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.addWidget(self.placeholder)

    @property
    def details(self) -> AccountDetails:
        """The selected account's pane, built the first time it is needed: it is not on screen
        at the window's first paint, and it is the window's largest part."""
        self._show_next()  # what was chosen last is what it shows
        if self._details is None:
            self._build()
        if self._building:  # asked for before its first showing: it shows the account at once
            self._first_shown()
        assert self._details is not None
        self._take_in(self._details)
        return self._details

    def _first_shown(self) -> None:
        """The last step of the first showing (or the first use of the pane, if sooner)."""
        if self._building:
            self._building = False
            if self._details is not None:
                self._take_in(self._details)
            self._next = self._waiting  # shown now: this is a turn of its own already
            self._show_next()

    def _build(self) -> None:
        """The pane is made outside the window, at the size it will have in it, and joins the
        window when it is ready: while it is a page of this stack, each change to it made the
        window ask all of it for its size again (10 to 15 ms, most of it laying out text)."""
        if self._details is None:
            self._details = self._make_details()
            self._details.resize(self.size())

    def _take_in(self, details: AccountDetails) -> None:
        if self.indexOf(details) < 0:
            self.addWidget(details)

    def _prepare_built(self) -> None:
        """The pane's own steps (its checklist's rows), then it is filled and polished."""
        from linkwizard.gui.startup.scheduling import run_in_steps

        if self._details is not None:
            run_in_steps(self, [*self._details.preparing(), self._fill_waiting, self._polish_waiting])

    def _fill_waiting(self) -> None:
        # not once the pane has been shown (`details` was read sooner): it shows the latest
        if self._building and self._details is not None and self._waiting is not None:
            self._details.show_account(self._waiting, self._is_checking(self._waiting.id))

    # The filled pane is styled, laid out and painted once off screen, each part in a turn of
    # its own (together they take 25 ms the first time): its first showing is then quick.
    def _parts(self) -> list[QWidget]:
        return [] if self._details is None else [part for part in self._details.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if not part.isHidden()]

    def _polish_waiting(self) -> None:
        """Each part styled in a turn of its own (the whole pane at once took 9 ms), then the
        pane itself, then its layout and its painting."""
        from linkwizard.gui.startup.scheduling import run_in_steps

        run_in_steps(self, [*(part.ensurePolished for part in self._parts()), self._polish_pane,
                        *self._measuring(), self._lay_out_waiting, self._render_waiting])

    def _measuring(self) -> list[Callable[[], object]]:
        """Steps that measure the pane's labels, a few a turn, before its layout: a label keeps
        its size until its text changes, and the layout measuring all sixty at once was 6 ms."""
        labels = [] if self._details is None else [
            label for label in self._details.findChildren(QLabel) if not label.isHidden()]

        def measuring(chunk: list[QLabel]) -> Callable[[], object]:
            return lambda: [(label.sizeHint(), label.minimumSizeHint()) for label in chunk]

        return [measuring(labels[start:start + LABELS_PER_TURN]) for start in range(0, len(labels), LABELS_PER_TURN)]

    def _polish_pane(self) -> None:
        if self._details is not None and self.currentWidget() is not self._details:
            self._details.ensurePolished()

    def _lay_out_waiting(self) -> None:
        from linkwizard.gui.startup.scheduling import activate_layout

        if self._details is not None and self.currentWidget() is not self._details:
            activate_layout(self._details)

    def _render_waiting(self) -> None:
        """Each part of the pane painted in a turn of its own (the text's first rendering is
        most of the cost), then the pane shown."""
        from linkwizard.gui.startup.scheduling import run_in_steps

        run_in_steps(self, [*(part.grab for part in self._parts()), self._first_shown])

    def show_account(self, account: Account | None) -> None:
        """The account's details (or the placeholder); while a page is open it stays.

        The first time, what the pane needs is loaded, the pane built and then filled, each
        in an event of its own, so none holds the window up for more than a frame."""
        if self.wizard is not None or self.import_page is not None:
            return
        if self._details is None or self._building:
            # The last one asked for is the one shown. Moving on while the pane is made (a
            # person going down the list at once) does not hurry it: showing it before it had
            # been laid out and painted off screen took 8 ms in one event.
            self._waiting = account
            if account is None:
                self.setCurrentWidget(self.placeholder)
            elif not self._building:
                from linkwizard.gui.startup.scheduling import run_in_steps

                self._building = True
                run_in_steps(self, [*self._preparing, self._build, self._prepare_built])
            return
        # The pane follows in a turn of its own, 1 ms later: the list's repaint and the pane's
        # are two short events instead of one long one (moving through the list, together
        # they made the window miss a frame). Reading `details` shows it at once.
        due = self._next is NOTHING
        self._next = account
        if due:
            self._turn().start()

    def _turn(self) -> QTimer:
        """The timer that shows the chosen account in the next turn, made once: a new
        single-shot timer at every step through the list cost a new connection each (0.4 ms)."""
        if self._next_turn is None:
            from linkwizard.gui.startup.scheduling import STEP_MS

            self._next_turn = QTimer(self)
            self._next_turn.setSingleShot(True)
            self._next_turn.setInterval(STEP_MS)
            self._next_turn.timeout.connect(self._show_next)
        return self._next_turn

    def _show_next(self) -> None:
        account, self._next = self._next, NOTHING
        if account is NOTHING or self.wizard is not None or self.import_page is not None:
            return
        if account is None:
            self.setCurrentWidget(self.placeholder)
        else:
            chosen = cast("Account", account)
            self.details.show_account(chosen, self._is_checking(chosen.id))
            self.setCurrentWidget(self.details)

    def open_wizard(self, wizard: LinkWizard) -> None:
        self._open(wizard)
        self.wizard = wizard
        wizard.focus_first_page()

    def close_wizard(self, only: LinkWizard | None = None) -> None:
        """Stop and remove the wizard (`only` that one, if it is still the one open)."""
        wizard = self.wizard
        if wizard is None or (only is not None and wizard is not only):
            return
        self.wizard = None
        self._close(wizard)

    def open_import(self, page: ImportPage) -> None:
        self._open(page)
        self.import_page = page

    def close_import(self) -> None:
        page, self.import_page = self.import_page, None
        if page is not None:
            self._close(page)

    def _open(self, page: LinkWizard | ImportPage) -> None:
        """One page at a time takes the place of the details."""
        self.close_wizard()
        self.close_import()
        self.addWidget(page)
        self.setCurrentWidget(page)

    def _close(self, page: LinkWizard | ImportPage) -> None:
        page.stop()
        self.removeWidget(page)
        page.deleteLater()

"""The window is painted before the core is loaded, and works the same once it is attached."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from linkwizard.domain.account import Account
from linkwizard.domain.keys import Environment
from linkwizard.gui.content import PaneState
from linkwizard.gui.window import MainWindow
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import services_for

# What the first paint must not wait for: the core, the controller and what they load.
NOT_BEFORE_FIRST_PAINT = (
    "linkwizard.usecases.linking", "linkwizard.store.accounts", "linkwizard.domain.account", "linkwizard.domain.keys",
    "linkwizard.domain.permissions", "linkwizard.domain.problems", "linkwizard.secrets.os_keyring",
    "linkwizard.gui.controller", "linkwizard.gui.workers", "linkwizard.gui.common.i18n",
    "linkwizard.gui.accounts.delegate",
    "dataclasses", "hashlib", "json", "PySide6.QtNetwork", "PySide6.QtSvg", "keyring", "httpx",
    "linkwizard.store.logs", "linkwizard.domain.redaction",
)


def modules_before_first_paint(home: Path) -> set[str]:
    env = dict(os.environ, HOME=str(home), LINKWIZARD_EXIT_AFTER_FIRST_PAINT="1",
               DBUS_SESSION_BUS_ADDRESS="disabled:")
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "linkwizard"], env=env, capture_output=True,
                          text=True, timeout=60, check=True)
    assert done.stdout.startswith("painted "), done.stdout
    return {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


def test_the_first_paint_loads_no_module_of_the_core(stripe: FakeStripe, api_base: str) -> None:
    linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, "Shop"), services_for(api_base))
    loaded = modules_before_first_paint(Path(os.environ["HOME"]))
    assert "linkwizard.gui.window" in loaded
    assert "PySide6.QtWidgets" in loaded
    assert sorted(loaded.intersection(NOT_BEFORE_FIRST_PAINT)) == []


def test_the_shell_shows_loading_until_the_services_are_attached(qtbot: QtBot, stripe: FakeStripe,
                                                                 api_base: str) -> None:
    linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, "Shop"), services_for(api_base))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.controller is None
    assert window.panel.stack.currentWidget() is window.panel.loading
    # Not on screen at the first paint, so made later: the empty state (a page of
    # word-wrapped rich text) and the menus' items.
    assert window.panel.findChild(QWidget, "accountsEmptyPage") is None
    assert window.accounts_menu.actions() == []
    assert window.help_menu.actions() == []
    assert window.settings_menu.actions() == []
    heading = window.panel.findChild(QLabel, "accountsHeading")  # sized by markup, named in words
    assert heading is not None
    assert heading.accessibleName() == "Linked accounts"
    assert window.panel.view.itemDelegate() is not None  # Qt's own until there are rows
    window.attach(services_for(api_base))
    window.load_accounts()
    qtbot.waitUntil(lambda: window.panel.stack.currentWidget() is window.panel.view, timeout=5000)
    assert window.controller is not None
    assert window.controller.model is window.model
    assert [a.name for a in window.model.accounts()] == ["Shop"]
    assert type(window.panel.view.itemDelegate()).__name__ == "AccountDelegate"
    qtbot.waitUntil(lambda: window.right.currentWidget() is window.details, timeout=5000)
    assert window.details.title.text() == "Shop"


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen: no keyboard
def test_a_menu_opened_before_its_items_were_made_has_them(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [action.text() for action in window.menuBar().actions()] == ["&Accounts", "&Settings", "&Help"]
    window.help_menu.popup(window.mapToGlobal(QPoint(0, 0)))
    qtbot.waitUntil(window.help_menu.isVisible, timeout=2000)
    assert [action.objectName() for action in window.help_menu.actions() if not action.isSeparator()] == [
        "userGuideAction", "openLogFolderAction", "aboutAction"]
    assert "addAccountAction" in [action.objectName() for action in window.accounts_menu.actions()]
    window.help_menu.close()
    window.fill_menus()  # made once: after the first paint (gui/app.py) nothing is added again
    assert len(window.accounts_menu.actions()) == 6  # add, import, add from team, team vault, -, quit
    assert len(window.help_menu.actions()) == 4


def test_a_refused_api_base_attached_later_is_explained_when_asked(qtbot: QtBot) -> None:
    from linkwizard.domain.problems import ProblemKind, problem

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(None, problem(ProblemKind.API_BASE_REFUSED, values={"base": "ftp://example.invalid"}))
    window.load_accounts()
    assert window.panel.stack.currentWidget() is window.panel.empty_state
    window.start_wizard()
    assert window.wizard is None
    qtbot.waitUntil(lambda: window.problem_message.isVisible(), timeout=2000)
    assert "LINKWIZARD_API_BASE" in window.problem_message.informativeText() + window.problem_message.text()


def test_check_results_repaint_only_their_own_rows(qtbot: QtBot) -> None:
    """A frame's results from all over a long list: one change per run of adjacent rows (not
    one range over rows that did not change), and the panel's banner is worked out once for
    all of them."""
    from dataclasses import replace

    from linkwizard.domain.account import Account, Health, new_account_id, now_iso
    from linkwizard.domain.keys import KeyKind

    window = MainWindow()
    qtbot.addWidget(window)
    accounts = [Account(id=new_account_id(), name=f"Shop {n}", environment=Environment.TEST, key_kind=KeyKind.SECRET,
                        key_hint="sk_test_…abcd", created_at=now_iso()) for n in range(1000)]
    window.model.set_accounts(accounts)
    changed: list[tuple[int, int]] = []
    window.model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    window.model.update_many([replace(accounts[row], status=Health.NEEDS_ATTENTION) for row in (7, 999, 2, 1, 3)])
    assert changed == [(1, 3), (7, 7), (999, 999)]
    assert not window.panel.banner.isVisibleTo(window.panel)
    qtbot.waitUntil(lambda: window.panel.banner.isVisibleTo(window.panel), timeout=2000)
    assert window.panel.banner_text.text() == "<b>5 accounts need attention.</b>"


def test_a_changed_row_is_repainted_alone_without_laying_out_the_list(qtbot: QtBot,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """QListView answers any change by laying out every row again (two calls into Python a
    row) and repainting the whole list; the accounts list repaints the changed rows on screen."""
    from dataclasses import replace

    from PySide6.QtCore import QEvent, QObject, QRect

    from linkwizard.domain.account import Health, new_account_id, now_iso
    from linkwizard.domain.keys import KeyKind
    from linkwizard.gui.accounts.model import AccountsModel

    calls = [0]
    row_count = AccountsModel.rowCount

    def counting(model: AccountsModel, *parent: object) -> int:
        calls[0] += 1
        return row_count(model, *parent)  # type: ignore[arg-type]

    # Counted from the start: PySide6 looks a Python override up once.
    monkeypatch.setattr(AccountsModel, "rowCount", counting)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    accounts = [Account(id=new_account_id(), name=f"Shop {n}", environment=Environment.TEST, key_kind=KeyKind.SECRET,
                        key_hint="sk_test_…abcd", created_at=now_iso()) for n in range(1000)]
    window.model.set_accounts(accounts)
    window.panel.loaded()
    view = window.panel.view
    last = window.model.index(999)
    window.panel.select(accounts[999].id)  # chosen at once: the list scrolls to it
    qtbot.waitUntil(lambda: view.viewport().rect().intersects(view.visualRect(last)), timeout=2000)
    view.scrollToTop()
    qtbot.wait(50)  # the scroll's own repaint comes and goes before the count starts

    painted: list[QRect] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(event.rect())  # type: ignore[attr-defined]
            return False

    paints = Paints()
    view.viewport().installEventFilter(paints)
    calls[0] = 0
    window.model.update_many([replace(accounts[row], status=Health.UNREACHABLE) for row in (1, 999)])
    qtbot.waitUntil(lambda: bool(painted), timeout=2000)
    qtbot.wait(50)  # a negative check: a repaint of other rows would have come by now
    assert calls[0] < 100  # QListView's relayout made 2,000 and more
    first = view.visualRect(window.model.index(1))
    assert all(rect == first for rect in painted), (painted, first)  # row 1 alone; row 999 is off screen


def test_the_details_pane_shows_the_last_account_chosen_while_it_was_made(qtbot: QtBot, stripe: FakeStripe,
                                                                           api_base: str) -> None:
    """The pane is made after its modules load, a pass of the event loop each; what is chosen
    meanwhile is what it shows once it is `ready`, and a later choice follows a pass later."""
    for n in range(3):
        linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, f"Shop {n}"), services_for(api_base))
    window = MainWindow(services_for(api_base), verify_at_launch=False)
    qtbot.addWidget(window)
    window.show()
    chosen: list[str] = []

    def choose_the_last(accounts: list[Account]) -> None:  # right after the window chose the first
        assert window.right.state is PaneState.MAKING
        assert window.details is None  # reading it makes nothing
        window.panel.select(accounts[-1].id)
        chosen.append(accounts[-1].name)

    assert window.controller is not None
    window.controller.accounts_loaded.connect(choose_the_last)
    with qtbot.waitSignal(window.right.ready, timeout=5000):
        window.load_accounts()
    assert chosen == ["Shop 2"]
    assert window.right.state is PaneState.READY
    assert window.details is not None
    assert window.right.currentWidget() is window.details
    assert window.details.title.text() == "Shop 2"
    window.panel.select([a.id for a in window.model.accounts()][1])
    qtbot.waitUntil(lambda: window.details is not None and window.details.title.text() == "Shop 1", timeout=2000)


WIDGET_TYPES_PROBE = """
import enum, sys
from PySide6.QtWidgets import QApplication, QListView
from linkwizard.gui.startup.scheduling import building_widget_types
app = QApplication([])
view = QListView()
if sys.argv[1] == "warmed":
    for step in building_widget_types():
        step()
built = []
create = enum.EnumType._create_
enum.EnumType._create_ = lambda cls, name, *args, **kw: built.append(name) or create(cls, name, *args, **kw)
view.viewport()  # a widget Qt made itself: PySide6 looks through every widget type for it
print(len(built))
"""


def test_widget_types_are_built_in_turns_before_qt_hands_over_its_own_widgets() -> None:
    """The first widget that Qt itself made and hands to Python (a list's viewport) made PySide6
    build the Python types of all of Qt's widgets in one event (65 enum types, 11 to 30 ms);
    the window builds them beforehand, a few a turn."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def enum_types_built(mode: str) -> int:
        done = subprocess.run([sys.executable, "-c", WIDGET_TYPES_PROBE, mode], env=env, capture_output=True,
                              text=True, timeout=60, check=True)
        return int(done.stdout.strip())

    assert enum_types_built("cold") > 20  # the probe sees the cost
    assert enum_types_built("warmed") == 0


HELPER_THREADS_PROBE = """
import os, sys
from PySide6.QtWidgets import QApplication, QScrollBar
if sys.argv[1] == "linkwizard":
    from linkwizard.gui.app import create_application
    app = create_application(["probe"])
else:
    app = QApplication(["probe"])
bar = QScrollBar()
bar.resize(16, 900)  # a tall fill: its gradient is what Qt's raster engine hands to helpers
bar.setRange(0, 100_000)
bar.grab()
print(sum("pooled" in open(f"/proc/self/task/{task}/comm").read() for task in os.listdir("/proc/self/task")))
"""


def test_the_window_paints_in_its_own_thread_without_waiting_for_helpers() -> None:
    """Qt cut tall fills into strips for helper threads and waited for them: with the other
    processor busy, the window waited to be scheduled again at each step through the list."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("QT_NO_GUI_THREADPOOL", None)

    def helper_threads(program: str) -> int:
        done = subprocess.run([sys.executable, "-c", HELPER_THREADS_PROBE, program], env=env, capture_output=True,
                              text=True, timeout=60, check=True)
        return int(done.stdout.strip())

    assert helper_threads("plain Qt") > 0  # the probe sees them
    assert helper_threads("linkwizard") == 0


def test_moving_between_accounts_changes_the_checked_line_not_the_notes(qtbot: QtBot) -> None:
    """When the checklist was made is a line of its own: it differs at every account, and as
    part of the notes it made Qt lay their paragraph out again at each step through the list."""
    from dataclasses import replace

    from linkwizard.domain.account import Health, new_account_id, now_iso
    from linkwizard.domain.keys import KeyKind
    from linkwizard.domain.permissions import RESOURCES, Access, PermissionCheck
    from linkwizard.gui.accounts.permissions_view import PermissionChecklist

    checklist = PermissionChecklist()
    qtbot.addWidget(checklist)
    checklist.show()
    first = Account(id=new_account_id(), name="Shop", environment=Environment.TEST, key_kind=KeyKind.SECRET,
                    key_hint="sk_test_…abcd", created_at=now_iso(), status=Health.OK,
                    permissions=tuple(PermissionCheck(r.name, Access.READ) for r in RESOURCES),
                    permissions_checked_at="2026-11-02T10:00:00Z")
    second = replace(first, id=new_account_id(), permissions_checked_at="2026-11-03T11:30:00Z")
    checklist.show_account(first)
    notes, checked = checklist.notes.text(), checklist.checked.text()
    assert "full access" in notes
    assert "Checked" not in notes
    assert checked.startswith("Checked ")
    assert checked in checklist.text()
    checklist.show_account(second)
    changed = [name for name, label in (("notes", checklist.notes), ("checked", checklist.checked))
               if label.text() != {"notes": notes, "checked": checked}[name]]
    assert changed == ["checked"]
    # Before the first check there is no line of when; a note in place of the checklist hides it.
    checklist.show_account(replace(first, permissions=None, permissions_checked_at=None))
    assert not checklist.checked.isVisibleTo(checklist)
    assert "Not checked yet" in checklist.notes.text()
    checklist.show_account(second)
    checklist.setText("Checking what the key can read…")
    assert not checklist.checked.isVisibleTo(checklist)
    assert not checklist.table.isVisibleTo(checklist)



"""Status changes reach assistive technology; the Help menu; the language switch."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QObject, Qt, QTranslator, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from linkwizard import __version__
from linkwizard.domain import launch
from linkwizard.domain.keys import Environment
from linkwizard.store import paths
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import UrlCatcher, click, needs_attention_shown, open_window, services_for, start_test
from support.sandbox import Home


def test_a_failure_is_spoken_with_what_to_do(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = make_key()
    stripe.add_key(key, customers=fs.expired_key(key))
    window = open_window(qtbot, api_base)
    start_test(qtbot, window, key)
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: wizard.connect_page.problem is not None, timeout=10000)
    description = wizard.connect_page.error_title.accessibleDescription()
    assert description.startswith("This key has expired.")
    assert "Dashboard" in description


def test_progress_and_success_are_spoken(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    window = open_window(qtbot, api_base)
    start_test(qtbot, window, stripe.add_key(make_key()))
    wizard = window.wizard
    assert wizard is not None
    assert wizard.connect_page.stage.accessibleDescription().endswith("…")  # what is happening now
    qtbot.waitUntil(lambda: wizard.connect_page.account is not None, timeout=10000)
    assert wizard.connect_page.success.accessibleDescription() == "Stripe (Test) is linked."


def test_health_is_spoken_not_only_coloured(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    key = stripe.add_key(make_key())
    linking.link(LinkRequest(key, Environment.TEST, "Shop"), services_for(api_base))
    stripe.add_key(key, customers=fs.invalid_key(key))
    window = open_window(qtbot, api_base, verify_at_launch=True)
    qtbot.waitUntil(lambda: needs_attention_shown(window), timeout=10000)
    assert window.details.status.accessibleDescription() == "Needs attention — Stripe did not accept this key"
    # The banner is worked out once per turn, after the turn's check results.
    qtbot.waitUntil(lambda: window.panel.banner.accessibleDescription() == "<b>“Shop” needs attention.</b>")
    row = window.model.index(0)
    assert "Needs attention: Stripe did not accept this key" in row.data(Qt.ItemDataRole.AccessibleTextRole)


class FileCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toLocalFile())


@pytest.fixture
def files() -> Iterator[FileCatcher]:
    catcher = FileCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")  # type: ignore[arg-type]  # the stub says bytes; PySide6 takes str
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def test_the_help_menu(qtbot: QtBot, api_base: str, home: Home, urls: UrlCatcher, files: FileCatcher) -> None:
    window = open_window(qtbot, api_base)
    actions = {a.objectName(): a for a in window.menuBar().findChildren(type(window.menuBar().actions()[0]))}
    for name in ("addAccountAction", "quitAction", "userGuideAction", "openLogFolderAction", "aboutAction"):
        assert name in actions, name
    actions["userGuideAction"].trigger()
    assert urls.urls == ["https://github.com/linkwizard/linkwizard#user-guide"]
    actions["openLogFolderAction"].trigger()
    qtbot.waitUntil(lambda: files.urls == [str(paths.log_dir())], timeout=5000)
    assert paths.log_dir().is_dir()
    actions["aboutAction"].trigger()
    about = window.about_message
    assert about.isVisible()
    assert __version__ in about.text()
    assert str(paths.data_dir()) in about.informativeText()
    assert "MIT" in about.informativeText()
    about.accept()


def test_the_language_switch(german: None, qapp: QApplication) -> None:
    assert launch.split(["--lang", "de", "-style", "fusion"]) == ("de", False, ["-style", "fusion"])
    assert launch.split(["--lang=de"]) == ("de", False, [])
    assert launch.split([]) == (None, False, [])
    assert launch.split(["--background", "--lang", "de"]) == ("de", True, [])
    assert launch.split(["--lang"]) == (None, False, ["--lang"])  # the parser says what is missing
    assert launch.window_only(["--lang", "de", "--background"])
    assert not launch.window_only(["accounts"])
    assert QLocale().language() is QLocale.Language.German  # dates and numbers follow it
    assert QLocale().name() == "de_DE"
    names = sorted(t.objectName() for t in qapp.findChildren(QTranslator))
    assert names == ["", "", "englishPlurals"]  # linkwizard's and Qt's own, over English's plural forms


def test_add_account_from_the_menu(qtbot: QtBot, stripe: FakeStripe, api_base: str) -> None:
    linking.link(LinkRequest(stripe.add_key(make_key()), Environment.TEST, "Shop"), services_for(api_base))
    window = open_window(qtbot, api_base)
    assert window.wizard is None
    add = next(a for a in window.menuBar().findChildren(type(window.menuBar().actions()[0]))
               if a.objectName() == "addAccountAction")
    add.trigger()
    assert window.wizard is not None
    click(qtbot, window.wizard.button(window.wizard.WizardButton.CancelButton))


def tab_stops(qtbot: QtBot, start: QWidget, count: int) -> list[QWidget]:
    stops = []
    start.setFocus()
    for _ in range(count):
        focus = QApplication.focusWidget()
        assert focus is not None
        stops.append(focus)
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    return stops


def test_tab_runs_top_to_bottom_through_each_page(qtbot: QtBot, api_base: str) -> None:
    window = open_window(qtbot, api_base)
    wizard = window.wizard
    assert wizard is not None
    wizard.next()
    find_page = wizard.find_key_page
    click(qtbot, find_page.create_radio)
    pages = [(find_page, find_page.create_radio), (wizard.enter_key_page, wizard.enter_key_page.key_edit)]
    for page, first in pages:
        if wizard.currentPage() is not page:
            wizard.next()
        stops = [w for w in tab_stops(qtbot, first, 20) if page.isAncestorOf(w)]
        assert len(stops) >= 4, [w.objectName() for w in stops]
        cycle = stops[:stops.index(stops[0], 1)] if stops.count(stops[0]) > 1 else stops
        tops = [w.mapTo(page, w.rect().topLeft()).y() for w in cycle]
        assert tops == sorted(tops), [(w.objectName(), y) for w, y in zip(cycle, tops, strict=True)]


def test_no_advice_in_the_window_tells_a_person_to_run_a_command(qapp: object) -> None:
    """The window offers the action (a menu item, a button); the command line names commands."""
    import re
    import string

    from linkwizard.domain.problems import ProblemKind, problem
    from linkwizard.gui.common import i18n

    commands = re.compile(r"\blinkwizard (exec|team|connect|accounts|verify|rename|remove|import|share|replace-key|"
                          r"autostart|settings|watch)\b|--[a-z]|\bbao (operator|secrets|kv)\b")
    said = {}
    for kind in ProblemKind:
        fields = {name for _, name, _, _ in string.Formatter().parse(kind.title + kind.advice) if name}
        found = problem(kind, values=dict.fromkeys(fields, "x"))
        said[kind.name] = i18n.problem_advice(found)
    assert {kind: advice for kind, advice in said.items() if commands.search(advice)} == {}

"""The window follows the account list: what the command line (another process) links,
renames, removes or re-checks shows in an open window within 2 seconds, and the person's
selection and an open wizard stay as they are."""

from __future__ import annotations

import time

from pytestqt.qtbot import QtBot

from linkwizard.domain.account import Health
from linkwizard.domain.keys import Environment
from support import fake_stripe as fs
from support.fake_stripe import FakeStripe, make_key
from support.gui_helpers import go_to_key_page, open_window
from support.sandbox import Cli


def names(window: object) -> list[str]:
    return sorted(a.name for a in window.model.accounts())  # type: ignore[attr-defined]


def test_changes_from_the_command_line_show_within_two_seconds(qtbot: QtBot, stripe: FakeStripe, api_base: str,
                                                               cli: Cli) -> None:
    key = stripe.add_key(make_key())
    assert cli("connect", "--environment", "test", "--name", "Shop", stdin=key).code == 0
    assert cli("connect", "--environment", "test", "--name", "Other", stdin=stripe.add_key(make_key())).code == 0
    window = open_window(qtbot, api_base)
    shop = next(a for a in window.model.accounts() if a.name == "Shop")
    window.panel.select(shop.id)
    window.start_wizard()  # a wizard open meanwhile
    go_to_key_page(qtbot, window, Environment.TEST)
    wizard = window.wizard

    def within_two_seconds(condition: object) -> float:
        started = time.monotonic()
        qtbot.waitUntil(condition, timeout=2000)  # type: ignore[arg-type]
        return time.monotonic() - started

    assert cli("connect", "--environment", "test", "--name", "New", stdin=stripe.add_key(make_key())).code == 0
    within_two_seconds(lambda: names(window) == ["New", "Other", "Shop"])
    assert cli("rename", "Other", "Renamed").code == 0
    within_two_seconds(lambda: names(window) == ["New", "Renamed", "Shop"])
    assert cli("remove", "New", "--yes").code == 0
    within_two_seconds(lambda: names(window) == ["Renamed", "Shop"])
    stripe.add_key(key, customers=fs.invalid_key(key))  # Stripe now refuses Shop's key
    assert cli("verify", "Shop").code == 3
    within_two_seconds(lambda: getattr(window.model.account(shop.id), "status", None) == Health.NEEDS_ATTENTION)
    current = window.panel.current()
    assert current is not None
    assert current.id == shop.id  # the selection stayed
    assert window.wizard is wizard  # and the wizard
    assert wizard is not None
    assert wizard.currentPage() is wizard.enter_key_page

"""Shared fixtures: a throwaway home per test, the fake Stripe server, the real keyring."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.fake_stripe import FakeStripe
from support.keyring_lock import keyring_locked
from support.sandbox import Cli, CliResult, Home

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_ISOLATED = ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME")
_PROXIES = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy",
            "NO_PROXY", "no_proxy")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to run without the private Secret Service the test command starts."""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").startswith(("unix:", "tcp:")):
        pytest.exit("No D-Bus session: run the tests with scripts/test.sh (it starts gnome-keyring).", 3)
    import keyring

    backend = keyring.get_keyring()
    if "SecretService" not in type(backend).__module__ and "chainer" not in type(backend).__module__:
        pytest.exit(f"Expected the Secret Service keyring, got {backend!r}.", 3)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Home:
    """Every test gets a HOME and XDG folders of its own, all existing."""
    root = tmp_path / "home"
    for name, sub in zip(_ISOLATED, ("", ".local/share", ".local/state", ".config", ".cache"), strict=True):
        folder = root / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    for name in (*_PROXIES, "LINKWIZARD_API_BASE", "STRIPE_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    return Home(root, root / ".local/share", root / ".local/state")


@pytest.fixture
def locked_keyring() -> Iterator[None]:
    """The login collection locked, as after a screen lock; unlocking needs a prompt nobody answers.

    Without a display gnome-keyring's prompter cannot open, which the Secret Service reports
    exactly as a person dismissing the unlock dialog. Afterwards the collection is unlocked
    again with the password the test command gave gnome-keyring.
    """
    with keyring_locked():
        yield


@pytest.fixture
def unused_port() -> int:
    """A loopback port nothing listens on (connections to it are refused)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def stripe() -> Iterator[FakeStripe]:
    server = FakeStripe().start()
    yield server
    server.stop()


@pytest.fixture
def api_base(stripe: FakeStripe, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("LINKWIZARD_API_BASE", stripe.url)
    return stripe.url


@pytest.fixture
def cli() -> Cli:
    """Run `python -m linkwizard` as a real subprocess in this test's environment."""

    def run(*args: str, stdin: str | None = None, timeout: float = 60) -> CliResult:
        done = subprocess.run([sys.executable, "-m", "linkwizard", *args], input=stdin,
                              capture_output=True, text=True, timeout=timeout, env=dict(os.environ),
                              check=False)
        return CliResult(done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture(autouse=True)
def plural_forms(request: pytest.FixtureRequest) -> None:
    """A GUI test's application has the English plural forms, as the app's start installs them."""
    if {"qtbot", "qapp"} & set(request.fixturenames):
        from linkwizard.gui.app import install_english_plurals

        install_english_plurals(request.getfixturevalue("qapp"))


@pytest.fixture
def german(qapp: Any) -> Iterator[None]:
    """The app's and Qt's German translations, removed again afterwards (they are global)."""
    from PySide6.QtCore import QLocale, QTranslator

    from linkwizard.gui.app import install_translations

    original = QLocale()
    install_translations(qapp, "de")
    yield
    for translator in qapp.findChildren(QTranslator):
        if translator.objectName() != "englishPlurals":  # installed once for every test
            qapp.removeTranslator(translator)
            translator.deleteLater()
    QLocale.setDefault(original)

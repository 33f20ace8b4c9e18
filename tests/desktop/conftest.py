"""The real desktop (tests/support/desktop.py): X11 with a window manager, and Wayland. A test
that fails keeps a screenshot of the whole screen in test-artifacts/desktop/."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

from support.bao import DevServer
from support.desktop import Desktop, SwayDesktop, X11Desktop
from support.team_vault import TeamVault

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "desktop"
_FAILED = pytest.StashKey[bool]()
D = TypeVar("D", bound=Desktop)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[_FAILED] = report.failed
    return report


def _keep_a_screenshot(request: pytest.FixtureRequest, desktop: Desktop) -> None:
    if request.node.stash.get(_FAILED, False):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        print(f"screenshot of the failure: {desktop.screenshot(ARTIFACTS / f'{request.node.name}.png')}")


def _opened(request: pytest.FixtureRequest, desktop: D) -> Iterator[D]:
    """The desktop for one test; a screenshot kept if it failed; every process stopped after."""
    try:
        yield desktop
        _keep_a_screenshot(request, desktop)
    finally:
        desktop.close()


@pytest.fixture
def x11(request: pytest.FixtureRequest) -> Iterator[X11Desktop]:
    yield from _opened(request, X11Desktop())


@pytest.fixture
def sway(request: pytest.FixtureRequest) -> Iterator[SwayDesktop]:
    yield from _opened(request, SwayDesktop())


@pytest.fixture(scope="session")
def bao(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DevServer]:
    """A real `bao server -dev` (tests/support/bao.py), as the team tests use it."""
    server = DevServer(tmp_path_factory.mktemp("bao-dev")).start()
    yield server
    server.stop()


@pytest.fixture
def vault(bao: DevServer) -> TeamVault:
    """A KV version 2 mount of this test's own, and a policy that may read and write its keys."""
    found = TeamVault(bao, bao.new_kv2_mount(), "")
    found.admin_token = found.token(["create", "read", "update", "delete", "list"], name="alice")
    return found

"""linkwizard's benchmarks: start-up, CLI, connection test, UI responsiveness, bulk verification.

Each figure is set beside the floor it is judged against (a bare PySide6 window, `python -c
pass`, one HTTP round trip). Prints a table and writes JSON. Run it with
`scripts/benchmark.sh` (it provides the private keyring the verification benchmarks need);
`--quick` runs everything once with fewer accounts, to keep it working in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the fake Stripe server: tests/support
PYTHON = sys.executable
LINKWIZARD = str(Path(PYTHON).with_name("linkwizard"))

from support.fake_stripe import FakeStripe, make_key  # noqa: E402

TARGETS = {
    "startup_ratio": 1.15, "startup_memory_ratio": 1.3, "cli_ratio": 3.0, "connection_ratio": 2.3,
    "ui_gap_connection_ms": 16, "ui_gap_launch_ms": 16, "verify_all_s": 1.5,
    "growth": 1.2, "verify_network": 1.3,
    "team_verify_ratio": 1.1, "team_exec_ratio": 1.3, "team_list_s": 2.0,
    "background_memory_ratio": 1.2, "online_to_request_s": 1.5,
}


def fresh_home() -> dict[str, str]:
    home = Path(tempfile.mkdtemp(prefix="linkwizard-bench-"))
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure what an installed app does: with bytecode
    return env


def median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 1)


# start-up ------------------------------------------------------------------------------

def first_paint(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Whole-process time from launch to the first painted main window, and peak memory."""
    started = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as child:
        assert child.stdout is not None
        line = child.stdout.readline()
        elapsed = time.perf_counter() - started
        child.wait(30)
    if not line.startswith("painted "):
        raise RuntimeError(f"{command} did not report its first paint")
    return elapsed, int(line.split()[1])


def bench_startup(runs: int, accounts: int = 0) -> dict[str, Any]:
    env = fresh_home()
    if accounts:
        seed_accounts(env, accounts)
    env["LINKWIZARD_EXIT_AFTER_FIRST_PAINT"] = "1"
    env["DBUS_SESSION_BUS_ADDRESS"] = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    app_cmd = [PYTHON, "-m", "linkwizard"]
    floor_cmd = [PYTHON, str(ROOT / "benchmarks" / "floor_app.py")]
    window_cmd = [PYTHON, str(ROOT / "benchmarks" / "floor_window.py")]  # Qt alone, the window's widgets
    first_paint(app_cmd, env), first_paint(floor_cmd, env), first_paint(window_cmd, env)  # warm caches
    app, floor, window = [], [], []
    for _ in range(runs):  # interleaved, so drift hits them alike
        app.append(first_paint(app_cmd, env))
        floor.append(first_paint(floor_cmd, env))
        window.append(first_paint(window_cmd, env))
    app_ms, floor_ms = median_ms([t for t, _ in app]), median_ms([t for t, _ in floor])
    window_ms = median_ms([t for t, _ in window])
    app_kib = statistics.median([m for _, m in app])
    floor_kib = statistics.median([m for _, m in floor])
    return {"app_ms": app_ms, "floor_ms": floor_ms, "ratio": round(app_ms / floor_ms, 2),
            "window_floor_ms": window_ms, "window_floor_ratio": round(window_ms / floor_ms, 2),
            "app_peak_mib": round(app_kib / 1024, 1), "floor_peak_mib": round(floor_kib / 1024, 1),
            "memory_ratio": round(app_kib / floor_kib, 2), "runs": runs, "accounts": accounts}


def bench_bundle(runs: int) -> dict[str, Any]:
    """The deliverable: the PyInstaller bundle's start-up to first paint, beside the two floor
    apps built with the same spec (only the entry point differs), all built in this run."""
    work = Path(tempfile.mkdtemp(prefix="linkwizard-bundles-"))
    pyinstaller = str(Path(PYTHON).with_name("pyinstaller"))
    programs = {}
    for name, entry in (("app", ROOT / "packaging" / "linkwizard_main.py"),
                        ("floor", ROOT / "benchmarks" / "floor_app.py"),
                        ("window", ROOT / "benchmarks" / "floor_window.py")):
        subprocess.run([pyinstaller, "--noconfirm", "--log-level", "ERROR", "--distpath", str(work / name),
                        "--workpath", str(work / f"build-{name}"), str(ROOT / "packaging" / "linkwizard.spec")],
                       env=dict(os.environ, LINKWIZARD_BUNDLE_ENTRY=str(entry)), check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        programs[name] = [str(work / name / "linkwizard" / "linkwizard")]
    env = fresh_home()
    env["LINKWIZARD_EXIT_AFTER_FIRST_PAINT"] = "1"
    env["DBUS_SESSION_BUS_ADDRESS"] = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "disabled:")
    times: dict[str, list[float]] = {name: [] for name in programs}
    for program in programs.values():
        first_paint(program, env)  # warm the disk cache
    for _ in range(runs):  # interleaved, so drift hits them alike
        for name, program in programs.items():
            times[name].append(first_paint(program, env)[0])
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    app_ms, floor_ms, window_ms = (median_ms(times[name]) for name in ("app", "floor", "window"))
    return {"app_ms": app_ms, "floor_ms": floor_ms, "ratio": round(app_ms / floor_ms, 2),
            "window_floor_ms": window_ms, "window_floor_ratio": round(window_ms / floor_ms, 2), "runs": runs}


def bench_list_filled(runs: int, counts: tuple[int, ...]) -> dict[str, Any]:
    """Whole-process time from launch until the account list is filled and painted, and the
    peak memory then, for each number of accounts (the launch check is not started)."""
    figures: dict[str, Any] = {}
    for count in counts:
        env = fresh_home()
        env["LINKWIZARD_EXIT_AFTER_FIRST_PAINT"] = "list"
        seed_accounts(env, count)
        command = [PYTHON, "-m", "linkwizard"]
        first_paint(command, env)  # warm
        samples = [first_paint(command, env) for _ in range(runs)]
        figures[str(count)] = {"list_filled_ms": median_ms([t for t, _ in samples]),
                               "peak_mib": round(statistics.median([m for _, m in samples]) / 1024, 1)}
    return figures


# CLI ------------------------------------------------------------------------------------

def seed_accounts(env: dict[str, str], count: int, stripe: FakeStripe | None = None,
                  with_keys: bool = False) -> list[str]:
    """`count` linked test-mode accounts in the data folder of `env`; keys in the keyring when a
    fake Stripe is given (for verification), otherwise records only (for listing)."""
    code = f"""
import json, sys
sys.path.insert(0, {str(ROOT / 'tests')!r})
from support.fake_stripe import make_key
from linkwizard.store import paths
from linkwizard.domain.account import Account, Health, new_account_id, now_iso
from linkwizard.store.accounts import AccountStore
from linkwizard.domain.keys import Environment, KeyKind, key_hint
from linkwizard.domain.permissions import RESOURCES, Access, PermissionCheck
from linkwizard.secrets.os_keyring import OSKeyring
store, local_keyring, keys = AccountStore(paths.data_dir()), OSKeyring(), []
accounts = []
# As linking leaves them: what the key can read, checked when it was linked (a minute apart).
readable = tuple(PermissionCheck(resource.name, Access.READ) for resource in RESOURCES)
for number in range({count}):
    key = make_key()
    account = Account(id=new_account_id(), name=f"Shop {{number}}", environment=Environment.TEST,
                      key_kind=KeyKind.SECRET, key_hint=key_hint(key), created_at=now_iso(),
                      stripe_account_id=f"acct_1LwBench{{number:06d}}", last_verified_at=now_iso(),
                      status=Health.OK, permissions=readable, permissions_checked_at=(
                          f"2026-11-{{1 + number // 1440 % 28:02d}}T{{number // 60 % 24:02d}}:{{number % 60:02d}}:00Z"))
    if {stripe is not None or with_keys}:
        local_keyring.store(account.id, key)
    accounts.append(account)
    keys.append(key)
with store._locked():  # one write for all of them
    store._write(store.load() + accounts)
print(json.dumps(keys))
"""
    done = subprocess.run([PYTHON, "-c", code], env=env, capture_output=True, text=True)
    if done.returncode:  # what went wrong, not only that it did (the output holds no key)
        raise RuntimeError(f"seeding {count} accounts failed:\n{done.stderr}")
    keys: list[str] = json.loads(done.stdout)
    if stripe is not None:
        for key in keys:
            stripe.add_key(key)
    return keys


def timed_run(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started


def heavy_imports(env: dict[str, str]) -> list[str]:
    done = subprocess.run([PYTHON, "-X", "importtime", "-m", "linkwizard", "accounts", "--json"], env=env,
                          capture_output=True, text=True, check=True)
    names = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    return sorted(n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "httpx", "httpcore",
                                                          "keyring", "anyio", "secretstorage"))


def bench_cli(runs: int, count: int) -> dict[str, Any]:
    env = fresh_home()
    seed_accounts(env, count)
    command, floor = [LINKWIZARD, "accounts", "--json"], [PYTHON, "-c", "pass"]
    timed_run(command, env), timed_run(floor, env)
    cli, bare = [], []
    for _ in range(runs * 2):
        cli.append(timed_run(command, env))
        bare.append(timed_run(floor, env))
    cli_ms, floor_ms = median_ms(cli), median_ms(bare)
    return {"accounts": count, "cli_ms": cli_ms, "python_pass_ms": floor_ms, "ratio": round(cli_ms / floor_ms, 2),
            "heavy_imports": heavy_imports(env), "runs": runs * 2}


# connection test ------------------------------------------------------------------------

def bench_connection(runs: int) -> dict[str, Any]:
    import httpx

    from linkwizard.domain.keys import Environment, KeyKind
    from linkwizard.stripe.client import make_client, test_connection
    from linkwizard.usecases.cancellation import run_cancellable

    stripe = FakeStripe().start()
    stripe.latency = 0.1
    key = stripe.add_key(make_key())

    async def one_round_trip() -> None:
        async with httpx.AsyncClient(base_url=stripe.url) as client:
            response = await client.get("/v1/customers", params={"limit": "1"},
                                        headers={"Authorization": f"Bearer {key}"})
            response.raise_for_status()

    async def connection_test() -> None:
        async with make_client(stripe.url) as client:
            result = await test_connection(client, key, KeyKind.SECRET, Environment.TEST)
            assert result.ok
            assert result.stripe_account_id

    floor, full = [], []
    for _ in range(runs):
        for work, into in ((one_round_trip, floor), (connection_test, full)):
            started = time.perf_counter()
            run_cancellable(work)
            into.append(time.perf_counter() - started)
    stripe.stop()
    full_ms, floor_ms = median_ms(full), median_ms(floor)
    return {"latency_ms": 100, "round_trip_ms": floor_ms, "connection_test_ms": full_ms,
            "ratio": round(full_ms / floor_ms, 2), "requests": "customers, then account + balance in parallel",
            "runs": runs}


# UI responsiveness ---------------------------------------------------------------------

def stolen_ticks() -> tuple[int, int]:
    """The machine's CPU ticks taken by the hypervisor (steal), and all its ticks, so far."""
    with open("/proc/stat") as stat:
        fields = [int(field) for field in stat.readline().split()[1:]]
    return fields[7], sum(fields)


def largest_gap(app: Any, start: Callable[[], None], done: Callable[[], bool], timeout: float = 30,
                since: Callable[[], float | None] | None = None) -> dict[str, Any]:
    """A 10 ms heartbeat in the window's thread while `start`'s work runs until `done`: the
    largest interval between its ticks, how many exceeded a frame (16 ms), the longest CPU
    time one pass of the event loop took in the window's thread (the app's own share of a
    gap; the rest is waiting for a processor), and the share of the machine's time the
    hypervisor took meanwhile. `since`: when a moment inside the phase began (the
    success moment): the largest gap that ended after it is reported too."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps: list[int] = []
    ended_at: list[float] = []
    clock = QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setInterval(10)

    def tick() -> None:
        gaps.append(clock.restart())
        ended_at.append(time.monotonic())

    heartbeat.timeout.connect(tick)
    stolen, ticks = stolen_ticks()
    began = time.monotonic()
    clock.start()
    heartbeat.start()
    start()
    deadline = began + timeout
    longest_pass = 0.0
    while not done():
        cpu = time.thread_time()
        app.processEvents()
        if gaps:  # as the gaps: from the first tick on
            longest_pass = max(longest_pass, time.thread_time() - cpu)
        time.sleep(0.001)
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not finish")
    heartbeat.stop()
    stolen_after, ticks_after = stolen_ticks()
    measured = gaps[1:] or [0]
    moment = since() if since is not None else None
    after = {"moment_gap_ms": max([gap for gap, at in zip(gaps, ended_at, strict=True) if at >= moment] or [0])
             } if moment is not None else {}
    return {"gap_ms": max(measured), "over_frame": sum(gap > 16 for gap in measured), **after,
            "longest_pass_cpu_ms": round(longest_pass * 1000, 1),
            "steal_pct": round(100 * (stolen_after - stolen) / max(1, ticks_after - ticks), 1),
            "window": (began, time.monotonic())}


class FloorHeartbeat:
    """`floor_heartbeat.py` beside the window: what an idle Qt event loop's heartbeat saw."""

    def __init__(self) -> None:
        self.process = subprocess.Popen([PYTHON, str(ROOT / "benchmarks" / "floor_heartbeat.py")],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.process.stdout.readline()  # ready

    def stop(self) -> list[tuple[float, int]]:
        output, _ = self.process.communicate(timeout=30)
        return [(at, gap) for at, gap in json.loads(output)]


def floor_figures(phase: dict[str, Any], ticks: list[tuple[float, int]]) -> dict[str, Any]:
    began, ended = phase.pop("window")
    gaps = [gap for at, gap in ticks if began < at - gap / 1000 and at <= ended] or [0]
    return {**phase, "floor_gap_ms": max(gaps), "floor_over_frame": sum(gap > 16 for gap in gaps)}


def gone(window: Any) -> None:
    """Close a phase's window and delete it, as quitting would: a closed window left alive
    still lays itself out when its status message times out, in the next phase's figures."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def bench_ui(count: int, big: int, scroll_seconds: float) -> dict[str, Any]:
    env = fresh_home()
    os.environ.update({k: env[k] for k in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME")})
    from linkwizard.domain.keys import Environment
    from linkwizard.gui.app import create_application
    from linkwizard.gui.startup.first_paint import FirstPaint
    from linkwizard.gui.window import MainWindow
    from linkwizard.secrets.os_keyring import OSKeyring
    from linkwizard.store import paths
    from linkwizard.store.accounts import AccountStore
    from linkwizard.stripe.base import validate_api_base
    from linkwizard.usecases.services import Services

    # The fake Stripe runs in a process of its own: the heartbeat measures the app, not the
    # server's threads competing for this process's GIL.
    server = subprocess.Popen([PYTHON, str(ROOT / "tests" / "support" / "fake_stripe.py"), "--latency", "0.1"],
                              stdout=subprocess.PIPE, text=True)
    servers = [server]
    assert server.stdout is not None
    url = server.stdout.readline().strip()
    app = create_application(["linkwizard-bench"])
    floor = FloorHeartbeat()
    try:
        services = Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(),
                                    api_base=validate_api_base(url))

        window = MainWindow(services, verify_at_launch=False)
        window.show()
        window.load_accounts()
        while window.wizard is None:
            app.processEvents()
        # A person takes seconds to paste a key: the test starts once the window has finished
        # what it does in turns after its launch (the list's painter, Qt's widget types), which
        # otherwise fell inside this phase's first 200 ms.
        settled = time.monotonic() + 1.0
        while time.monotonic() < settled:
            app.processEvents()
            time.sleep(0.001)
        wizard = window.wizard
        key = make_key()
        # The success moment: from the connection test's answer reaching the window to the
        # success page and the linked popup painted.
        answered: list[float] = []
        popup_painted: list[bool] = []
        page = wizard.connect_page
        succeeded = page._succeeded
        page._succeeded = lambda account: (answered.append(time.monotonic()), succeeded(account))  # type: ignore[method-assign]

        def connect() -> None:
            wizard.next()
            wizard.next()
            wizard.enter_key_page.key_edit.setText(key)
            wizard.next()

        def popup_shown() -> bool:
            popup = getattr(window, "linked_message", None)
            if popup is not None and popup.isVisible() and not popup_painted:
                popup_painted.append(False)
                FirstPaint(popup, lambda: popup_painted.append(True))
            return popup_painted[-1:] == [True]

        connection = largest_gap(app, connect, popup_shown, since=lambda: answered[0] if answered else None)
        window.linked_message.accept()
        gone(window)
        # The same success moment with a Stripe that answers at once, then the popup dismissed
        # and Finish pressed, until the new account's details are painted.
        instant = subprocess.Popen([PYTHON, str(ROOT / "tests" / "support" / "fake_stripe.py"), "--latency", "0"],
                                   stdout=subprocess.PIPE, text=True)
        servers.append(instant)
        assert instant.stdout is not None
        nearby = Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(),
                          api_base=validate_api_base(instant.stdout.readline().strip()))
        quick = MainWindow(nearby, verify_at_launch=False)
        quick.show()
        quick.load_accounts()
        settled = time.monotonic() + 1.0
        while time.monotonic() < settled:
            app.processEvents()
            time.sleep(0.001)
        quick.start_wizard()
        wizard = quick.wizard
        answered.clear()
        popup_painted.clear()
        page = wizard.connect_page
        succeeded_quick = page._succeeded
        page._succeeded = lambda account: (answered.append(time.monotonic()), succeeded_quick(account))  # type: ignore[method-assign]
        window = quick  # popup_shown looks at `window`
        key = make_key()
        zero = largest_gap(app, connect, popup_shown, since=lambda: answered[0] if answered else None)
        details_painted: list[bool] = []

        def finish() -> None:
            quick.linked_message.accept()
            wizard.accept()  # Finish: the account's details take the wizard's place

        linked = wizard.connect_page.account
        assert linked is not None

        def details_shown() -> bool:
            details = quick.details
            if details is not None and details.isVisible() and details.account is not None \
                    and details.account.id == linked.id and not details_painted:
                details_painted.append(False)
                FirstPaint(details, lambda: details_painted.append(True))
            return details_painted[-1:] == [True]

        after_popup = largest_gap(app, finish, details_shown)
        linked_now = quick.model.accounts()[-1]
        gone(quick)
        from linkwizard.usecases import managing

        managing.remove(linked_now.id, nearby)  # the later phases count their own accounts

        keys = seed_accounts(env, count, with_keys=True)
        launched = MainWindow(services, verify_at_launch=True)
        launched.show()
        controller = launched.controller
        assert controller is not None
        launch = largest_gap(app, launched.load_accounts, lambda: controller.launch_check is not None
                             and not controller.launch_check.is_running() and controller.runner.running() == 0)
        checked = [a for a in launched.model.accounts() if a.last_verified_at]
        gone(launched)
        assert len(keys) == count
        assert len(checked) == count + 1

        # A long list: scroll and select through it, a row every 20 ms, while its launch check runs.
        seed_accounts(env, big - count - 1, with_keys=True)
        scrolled = MainWindow(services, verify_at_launch=True)
        scrolled.show()
        from PySide6.QtCore import QTimer

        stepper = QTimer()
        stepper.setInterval(20)
        view = scrolled.panel.view

        def step() -> None:
            rows = scrolled.model.rowCount()
            if rows:
                index = scrolled.model.index((view.currentIndex().row() + 1) % rows)
                view.setCurrentIndex(index)
                view.scrollTo(index)

        stepper.timeout.connect(step)
        deadline: list[float] = []

        def begin() -> None:
            scrolled.load_accounts()
            stepper.start()
            deadline.append(time.monotonic() + scroll_seconds)

        scroll = largest_gap(app, begin, lambda: bool(deadline) and time.monotonic() > deadline[0],
                                 timeout=scroll_seconds + 30)
        stepper.stop()
        listed = scrolled.model.rowCount()
        # Another process (the command line) changes every account: the window follows
        # (gui/accounts/list_follower.py), reading the list off its thread and applying what differs.
        while scrolled.controller is not None and scrolled.controller.runner.running():
            app.processEvents()
        marker = f"changed elsewhere {time.monotonic()}"
        writer: list[subprocess.Popen[bytes]] = []

        def change_elsewhere() -> None:
            writer.append(subprocess.Popen([PYTHON, "-c", (
                "import dataclasses, sys; from linkwizard.store import paths; "
                "from linkwizard.store.accounts import AccountStore; "
                "store = AccountStore(paths.data_dir()); "
                "store.update_many({a.id: (lambda a: dataclasses.replace(a, status_reason=sys.argv[1])) "
                "for a in store.load()})"), marker], env=dict(os.environ)))

        external = largest_gap(app, change_elsewhere, lambda: all(
            a.status_reason == marker for a in scrolled.model.accounts()), timeout=60)
        writer[0].wait(30)
        gone(scrolled)
        ticks = floor.stop()
    finally:  # never left running, whatever happened: they would hold the output pipe open
        for each in servers:
            each.terminate()
            each.wait(10)
        if floor.process.poll() is None:
            floor.process.kill()
            floor.process.wait(10)
    assert listed == big
    phases = {name: floor_figures(phase, ticks)
              for name, phase in (("connection_test", connection), ("launch_check", launch), ("scroll", scroll),
                                  ("external_change", external), ("success_at_zero_latency", zero),
                                  ("popup_to_details", after_popup))}
    return {"connection_test_gap_ms": connection["gap_ms"], "launch_check_gap_ms": launch["gap_ms"],
            "success_moment_gap_ms": connection["moment_gap_ms"],
            "accounts_checked_at_launch": count + 1, "heartbeat_ms": 10, "latency_ms": 100,
            "scroll_gap_ms": scroll["gap_ms"], "scroll_accounts": big, "scroll_seconds": scroll_seconds,
            "external_change_gap_ms": external["gap_ms"],
            "success_moment_zero_latency_gap_ms": zero["moment_gap_ms"],
            "popup_to_details_gap_ms": after_popup["gap_ms"],
            "phases": phases, "environment": Environment.TEST.value}


# bulk verification -----------------------------------------------------------------------

def bench_verify(count: int) -> dict[str, Any]:
    env = fresh_home()
    stripe = FakeStripe().start()
    env["LINKWIZARD_API_BASE"] = stripe.url
    seed_accounts(env, count, stripe)
    stripe.latency = 0.2
    stripe.reset_counts()
    elapsed = timed_run([LINKWIZARD, "verify", "--all"], env)
    requests, peak = len(stripe.requests), stripe.max_in_flight
    stripe.stop()
    from linkwizard.usecases.verifying import BULK_CONCURRENCY

    network_bound = -(-count // BULK_CONCURRENCY) * 0.2  # ceil(N / concurrency) x latency
    return {"accounts": count, "latency_ms": 200, "wall_s": round(elapsed, 2), "requests": requests,
            "most_in_flight": peak, "requests_per_account": round(requests / count, 2),
            "network_bound_s": round(network_bound, 2), "ratio_to_network": round(elapsed / network_bound, 2)}


# the team vault ---------------------------------------------------------------------------

def bench_team(runs: int, count: int, listed: int) -> dict[str, Any]:
    """A real `bao server -dev`: `verify --all` of `count` team accounts beside the same number
    in the keyring (fake Stripe at 200 ms), `exec NAME -- true` for each kind, and `team list`
    of `listed` entries."""
    from support.bao import DevServer

    folder = Path(tempfile.mkdtemp(prefix="linkwizard-bench-bao-"))
    bao = DevServer(folder).start()
    stripe = FakeStripe(accept_any_key=True).start()
    try:
        mount = bao.new_kv2_mount()

        def team_env() -> dict[str, str]:
            env = fresh_home()
            env["LINKWIZARD_API_BASE"] = stripe.url
            for command, stdin in ((["team", "setup", "--address", bao.url, "--mount", mount], None),
                                   (["team", "login"], bao.root_token)):
                subprocess.run([LINKWIZARD, *command], env=env, input=stdin, text=True, check=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return env

        def write_entries(prefix: str, number: int) -> None:
            for index in range(number):
                key = make_key()
                bao.ok("POST", f"{mount}/data/{prefix}/shop-{index:04d}", {"options": {"cas": 0},
                                                                          "data": {"api_key": key}})
                bao.ok("POST", f"{mount}/metadata/{prefix}/shop-{index:04d}", {"custom_metadata": {
                    "environment": "test", "key_kind": "secret", "key_hint": f"sk_test_...{key[-4:]}",
                    "linked_by": "benchmark"}})

        keyring_env = fresh_home()
        keyring_env["LINKWIZARD_API_BASE"] = stripe.url
        seed_accounts(keyring_env, count, with_keys=True)
        team = team_env()
        write_entries("stripe", count)
        subprocess.run([LINKWIZARD, "team", "add", "--all"], env=team, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        stripe.latency = 0.2
        verify_keyring: list[float] = []
        verify_team: list[float] = []
        for _ in range(max(3, runs // 2)):
            verify_keyring.append(timed_run([LINKWIZARD, "verify", "--all"], keyring_env))
            verify_team.append(timed_run([LINKWIZARD, "verify", "--all"], team))
        stripe.latency = 0.0
        exec_keyring: list[float] = []
        exec_team: list[float] = []
        for command, env in (([LINKWIZARD, "exec", "Shop 0", "--", "true"], keyring_env),
                             ([LINKWIZARD, "exec", "shop-0000", "--", "true"], team)):
            timed_run(command, env)  # warm: bytecode and the page cache
        for _ in range(runs * 2):
            exec_keyring.append(timed_run([LINKWIZARD, "exec", "Shop 0", "--", "true"], keyring_env))
            exec_team.append(timed_run([LINKWIZARD, "exec", "shop-0000", "--", "true"], team))
        big = team_env()
        subprocess.run([LINKWIZARD, "team", "setup", "--address", bao.url, "--mount", mount, "--prefix", "many"],
                       env=big, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        write_entries("many", listed)
        listing = [timed_run([LINKWIZARD, "team", "list", "--json"], big) for _ in range(3)]
    finally:
        stripe.stop()
        bao.stop()
    vk, vt = median_ms(verify_keyring), median_ms(verify_team)
    ek, et = median_ms(exec_keyring), median_ms(exec_team)
    return {"accounts": count, "latency_ms": 200, "verify_keyring_ms": vk, "verify_team_ms": vt,
            "verify_ratio": round(vt / vk, 2), "exec_keyring_ms": ek, "exec_team_ms": et,
            "exec_ratio": round(et / ek, 2), "listed": listed, "list_s": round(statistics.median(listing), 2),
            "runs": {"verify": len(verify_team), "exec": len(exec_team), "list": len(listing)}}


# the background mode ------------------------------------------------------------------------

def proc_figures(pid: int) -> dict[str, int]:
    """Resident memory (KiB), CPU time (clock ticks) and context switches (each a wake-up) so far."""
    def status(path: Path) -> dict[str, str]:
        return dict(line.split(":", 1) for line in path.read_text().splitlines() if ":" in line)

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()  # the whole process's
    switches = 0
    for task in Path(f"/proc/{pid}/task").iterdir():  # every thread's own wake-ups
        with contextlib.suppress(OSError):
            own = status(task / "status")
            switches += int(own["voluntary_ctxt_switches"]) + int(own["nonvoluntary_ctxt_switches"])
    return {"rss_kib": int(status(Path(f"/proc/{pid}/status"))["VmRSS"].split()[0]),
            "cpu_ticks": int(fields[11]) + int(fields[12]), "switches": switches}


def bench_companion(count: int, idle_seconds: float, runs: int) -> dict[str, Any]:
    """`linkwizard --background` beside the window with the same `count` accounts: resident
    memory once the launch check is over, then CPU time and wake-ups over `idle_seconds` beside
    a bare Qt application's (benchmarks/floor_idle.py); and from NetworkManager (python-dbusmock
    on a private system bus) saying online to the first re-check request, `runs` times."""
    from linkwizard.domain.account import Health
    from linkwizard.store.accounts import AccountStore
    from support.dbus_mocks import mock, private_bus, set_online

    stripe = FakeStripe(accept_any_key=True).start()
    ticks_per_ms = os.sysconf("SC_CLK_TCK") / 1000
    try:
        with private_bus() as system, mock("networkmanager", system, system=True) as network:
            env = fresh_home()
            env.update(LINKWIZARD_API_BASE=stripe.url, DBUS_SYSTEM_BUS_ADDRESS=system)
            seed_accounts(env, count, stripe)

            def settled(arguments: list[str]) -> subprocess.Popen[bytes]:
                """Started, its launch check over, and quiet for three seconds."""
                stripe.reset_counts()
                child = subprocess.Popen([LINKWIZARD, *arguments], env=env, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)
                deadline = time.monotonic() + 60
                while stripe.count() < count and time.monotonic() < deadline:
                    time.sleep(0.1)
                time.sleep(3)
                return child

            window = settled([])
            window_rss = proc_figures(window.pid)["rss_kib"]
            window.terminate()
            window.wait(30)
            background = settled(["--background"])
            floor = subprocess.Popen([PYTHON, str(ROOT / "benchmarks" / "floor_idle.py")], env=env)
            time.sleep(3)
            before = proc_figures(background.pid), proc_figures(floor.pid)
            time.sleep(idle_seconds)
            after = proc_figures(background.pid), proc_figures(floor.pid)
            background_rss = after[0]["rss_kib"]
            floor.terminate()
            floor.wait(30)
            background.terminate()
            background.wait(30)
            idle = {name: {"cpu_ms": round((a["cpu_ticks"] - b["cpu_ticks"]) / ticks_per_ms, 1),
                           "wakeups": a["switches"] - b["switches"]}
                    for name, b, a in (("background", before[0], after[0]), ("floor", before[1], after[1]))}

            store = AccountStore(Path(env["XDG_DATA_HOME"]) / "linkwizard")
            online: list[float] = []
            for _ in range(runs):
                store.update_many({a.id: (lambda a: replace(a, status=Health.UNREACHABLE)) for a in store.load()})
                set_online(network, False)
                stripe.reset_counts()
                child = subprocess.Popen([LINKWIZARD, "--background"], env=env, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)
                time.sleep(4)  # started, and (offline) waiting for the network
                assert stripe.count() == 0, "the launch check did not wait for the network"
                started = time.perf_counter()
                set_online(network, True)
                while stripe.count() == 0 and time.perf_counter() - started < 10:
                    time.sleep(0.005)
                online.append(time.perf_counter() - started)
                child.terminate()
                child.wait(30)
    finally:
        stripe.stop()
    return {"accounts": count, "window_rss_mib": round(window_rss / 1024, 1),
            "background_rss_mib": round(background_rss / 1024, 1),
            "memory_ratio": round(background_rss / window_rss, 2), "idle_seconds": idle_seconds, "idle": idle,
            "online_to_request_s": round(statistics.median(online), 2), "online_runs": [round(t, 3) for t in online]}


# report ---------------------------------------------------------------------------------

def beside(ui: dict[str, Any], phase: str) -> str:
    """A UI gap's comparison: the idle Qt loop's largest gap at the same time, the longest CPU
    time of one pass in the window's thread, and the hypervisor's share of the machine."""
    p = ui["phases"][phase]
    return (f"idle Qt loop {p['floor_gap_ms']} ms; longest pass {p['longest_pass_cpu_ms']} ms CPU; "
            f"steal {p['steal_pct']} %")


def table(results: dict[str, Any]) -> str:
    s, c, n, u, v = (results[k] for k in ("startup", "cli", "connection", "ui", "verify"))
    g = results["growth"]
    rows = [
        ("Start-up to first paint", f"{s['app_ms']} ms", f"{s['floor_ms']} ms bare PySide6 QWizard",
         f"{s['ratio']}x", f"<= {TARGETS['startup_ratio']}x"),
        ("Start-up, Qt alone with the window's widgets", f"{s['window_floor_ms']} ms",
         f"{s['floor_ms']} ms bare PySide6 QWizard", f"{s['window_floor_ratio']}x", "(the Qt part)"),
        ("Peak memory at first paint", f"{s['app_peak_mib']} MiB", f"{s['floor_peak_mib']} MiB",
         f"{s['memory_ratio']}x", f"<= {TARGETS['startup_memory_ratio']}x"),
        (f"accounts --json ({c['accounts']} accounts)", f"{c['cli_ms']} ms", f"{c['python_pass_ms']} ms python -c pass",
         f"{c['ratio']}x", f"<= {TARGETS['cli_ratio']}x"),
        ("Connection test + identity (100 ms latency)", f"{n['connection_test_ms']} ms",
         f"{n['round_trip_ms']} ms one round trip", f"{n['ratio']}x", f"<= {TARGETS['connection_ratio']}x"),
        ("Largest UI gap, connection test", f"{u['connection_test_gap_ms']} ms", beside(u, "connection_test"), "",
         f"<= {TARGETS['ui_gap_connection_ms']} ms"),
        ("Largest UI gap, the success moment (answer to popup painted)", f"{u['success_moment_gap_ms']} ms",
         "the connection test's phase", "", f"<= {TARGETS['ui_gap_connection_ms']} ms"),
        (f"Largest UI gap, {u['accounts_checked_at_launch']} accounts checked at launch",
         f"{u['launch_check_gap_ms']} ms", beside(u, "launch_check"), "", f"<= {TARGETS['ui_gap_launch_ms']} ms"),
        (f"verify --all, {v['accounts']} accounts (200 ms latency)", f"{v['wall_s']} s",
         f"{v['requests']} requests, {v['most_in_flight']} at once", "", f"<= {TARGETS['verify_all_s']} s"),
        ("Largest UI gap, the success moment at 0 ms latency", f"{u['success_moment_zero_latency_gap_ms']} ms",
         beside(u, "success_at_zero_latency"), "", "≤ 16 ms"),
        ("Largest UI gap, popup dismissed to the account's details painted", f"{u['popup_to_details_gap_ms']} ms",
         beside(u, "popup_to_details"), "", "≤ 16 ms"),
        (f"Largest UI gap, {u['scroll_accounts']} accounts changed by another process",
         f"{u['external_change_gap_ms']} ms", beside(u, "external_change"), "", "≤ 16 ms"),
        (f"Largest UI gap, scrolling {u['scroll_accounts']} accounts during their check", f"{u['scroll_gap_ms']} ms",
         beside(u, "scroll"), "", f"<= {TARGETS['ui_gap_launch_ms']} ms"),
    ]
    if "team" in results:
        t = results["team"]
        rows += [
            (f"verify --all, {t['accounts']} team accounts (bao -dev, 200 ms latency)", f"{t['verify_team_ms']} ms",
             f"{t['verify_keyring_ms']} ms, the same in the keyring", f"{t['verify_ratio']}x",
             f"<= {TARGETS['team_verify_ratio']}x"),
            ("exec NAME -- true, a team account", f"{t['exec_team_ms']} ms",
             f"{t['exec_keyring_ms']} ms, a keyring account", f"{t['exec_ratio']}x",
             f"<= {TARGETS['team_exec_ratio']}x"),
            (f"team list, {t['listed']} entries", f"{t['list_s']} s", "", "", f"<= {TARGETS['team_list_s']} s"),
        ]
    if "companion" in results:
        k = results["companion"]
        i = k["idle"]
        rows += [
            (f"Background mode, resident memory ({k['accounts']} accounts)", f"{k['background_rss_mib']} MiB",
             f"{k['window_rss_mib']} MiB, the window", f"{k['memory_ratio']}x",
             f"<= {TARGETS['background_memory_ratio']}x"),
            (f"Background mode, idle {k['idle_seconds']:g} s", f"{i['background']['cpu_ms']} ms CPU, "
             f"{i['background']['wakeups']} wake-ups", f"{i['floor']['cpu_ms']} ms, {i['floor']['wakeups']} "
             "wake-ups, bare Qt", "", "Qt's own"),
            ("Network online to the first re-check request", f"{k['online_to_request_s']} s", "1 s settle by design",
             "", f"<= {TARGETS['online_to_request_s']} s"),
        ]
    if "bundle" in results:
        b = results["bundle"]
        rows.append(("Start-up to first paint, PyInstaller bundle", f"{b['app_ms']} ms",
                     f"{b['floor_ms']} ms floor app, same spec", f"{b['ratio']}x", f"<= {TARGETS['startup_ratio']}x"))
        rows.append(("Start-up, bundle of Qt alone with the window's widgets", f"{b['window_floor_ms']} ms",
                     f"{b['floor_ms']} ms floor app, same spec", f"{b['window_floor_ratio']}x", "(the Qt part)"))
    small, large = g["counts"]
    s2, c2, v2, l1, l2 = g["startup"], g["cli"], g["verify"], g["list"][str(small)], g["list"][str(large)]
    rows += [
        (f"Start-up to first paint, {large} accounts", f"{s2['app_ms']} ms", f"{s['app_ms']} ms with {small}",
         f"{round(s2['app_ms'] / s['app_ms'], 2)}x", f"<= {TARGETS['growth']}x"),
        (f"Launch until the list is filled, {large} accounts", f"{l2['list_filled_ms']} ms",
         f"{l1['list_filled_ms']} ms with {small}", f"{round(l2['list_filled_ms'] / l1['list_filled_ms'], 2)}x",
         "(growth, reported)"),
        (f"Peak memory, list filled, {large} accounts", f"{l2['peak_mib']} MiB", f"{l1['peak_mib']} MiB with {small}",
         f"{round(l2['peak_mib'] / l1['peak_mib'], 2)}x", f"<= {TARGETS['growth']}x"),
        # The growth goal is for start-up and memory; these two are measured and shown.
        (f"accounts --json, {large} accounts", f"{c2['cli_ms']} ms",
         f"{c['cli_ms']} ms with {small}; {c2['ratio']}x python -c pass", f"{round(c2['cli_ms'] / c['cli_ms'], 2)}x",
         "(growth, reported)"),
        (f"verify --all, {large} accounts (200 ms latency)", f"{v2['wall_s']} s",
         f"{v2['network_bound_s']} s network bound", f"{v2['ratio_to_network']}x", f"<= {TARGETS['verify_network']}x"),
    ]
    header = ("Measure", "linkwizard", "Compared with", "Ratio", "Target")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    lines = [" | ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)) for row in [header, *rows]]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run each and 10 accounts (a smoke test)")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks" / "results.json")
    parser.add_argument("--team-only", action="store_true", help="only the team vault's figures")
    parser.add_argument("--companion-only", action="store_true", help="only the background mode's figures")
    parser.add_argument("--ui-only", action="store_true",
                        help="only the UI gaps (one fresh process each: a first showing is measured once)")
    args = parser.parse_args()
    runs, count, large = (1, 10, 20) if args.quick else (7, 100, 1000)
    if args.team_only:
        team = bench_team(runs, count, 100 if args.quick else 1000)
        print(json.dumps(team, indent=2))
        return 0
    if args.companion_only:
        print(json.dumps(bench_companion(count, 10 if args.quick else 60, 1 if args.quick else 5), indent=2))
        return 0
    if args.ui_only:
        ui = bench_ui(count, large, 1.0 if args.quick else 5.0)
        print(json.dumps({key: value for key, value in ui.items() if key.endswith("_gap_ms")}))
        return 0
    results: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "system": platform.platform(),
                    "cpus": os.cpu_count(), "quick": args.quick},
        "startup": bench_startup(runs * 3),  # 0.15 s a launch, and the figure this VM moves most
        "cli": bench_cli(runs, count),
        "connection": bench_connection(runs),
        "verify": bench_verify(count),
        "team": bench_team(runs, count, 100 if args.quick else 1000),
        "companion": bench_companion(count, 10 if args.quick else 60, 1 if args.quick else 5),
        "growth": {"counts": [count, large], "startup": bench_startup(runs * 3, large), "cli": bench_cli(runs, large),
                   "list": bench_list_filled(runs, (count, large)), "verify": bench_verify(large)},
    }
    if not args.quick:  # three PyInstaller builds: minutes, so only in the full run
        results["bundle"] = bench_bundle(runs * 3)
    results["ui"] = bench_ui(count, large, 1.0 if args.quick else 5.0)  # last: it imports Qt into this process
    results["targets"] = TARGETS
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(table(results))
    print(f"\nJSON: {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

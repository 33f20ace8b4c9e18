"""A crash leaves no core file holding a key (security review, finding 5)."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from linkwizard.domain.keys import Environment
from linkwizard.secrets.os_keyring import OSKeyring
from linkwizard.store import paths
from linkwizard.store.accounts import AccountStore
from linkwizard.usecases import linking
from linkwizard.usecases.linking import LinkRequest
from linkwizard.usecases.services import Services
from support.fake_stripe import FakeStripe, make_key

CORE_PATTERN = Path("/proc/sys/kernel/core_pattern")


def _allow_cores() -> None:
    """In the child before exec: core files allowed, as a shell with `ulimit -c unlimited`."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def _abort_mid_check(argv: list[str], cwd: Path, stripe: FakeStripe) -> tuple[str, str, str]:
    """Start `argv`, wait until its request is at the fake Stripe, read its limits, SIGABRT it."""
    child = subprocess.Popen(argv, cwd=cwd, env=dict(os.environ, PYTHONFAULTHANDLER="1"),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_allow_cores)
    try:
        deadline = time.monotonic() + 20
        while stripe.in_flight == 0 and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert stripe.in_flight > 0, "the check never reached the server"
        limits = Path(f"/proc/{child.pid}/limits").read_text()
        child.send_signal(signal.SIGABRT)
        out, err = child.communicate(timeout=30)
    finally:
        child.kill()
    # Killed by the abort, or by a segfault while faulthandler dumps the other threads' stacks:
    # either is a crash that would write a core file if the app allowed it.
    assert child.returncode in (-signal.SIGABRT, -signal.SIGSEGV), child.returncode
    return limits, out, err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="core limits and /proc are Linux's")
def test_aborting_mid_check_leaves_no_core_and_no_key_in_the_traceback(tmp_path: Path, stripe: FakeStripe,
                                                                        api_base: str) -> None:
    key = stripe.add_key(make_key("sk", "live"))
    services = Services(store=AccountStore(paths.data_dir()), keyring=OSKeyring(), api_base=stripe.url)
    linking.link(LinkRequest(key, Environment.PRODUCTION, "Live"), services)
    stripe.latency = 30  # the next check waits at the server until it is aborted
    limits, out, err = _abort_mid_check([sys.executable, "-m", "linkwizard", "verify", "--all"], tmp_path, stripe)
    core_line = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
    assert core_line.split()[4:6] == ["0", "0"], core_line
    assert "Fatal Python error:" in err  # faulthandler ran: frames only, never values
    assert key[8:] not in out + err
    assert key[8:20] not in err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("core")]
    stripe.latency = 0


@pytest.mark.skipif(not CORE_PATTERN.exists() or CORE_PATTERN.read_text().strip() != "core",
                    reason="the control needs cores written to the working folder")
def test_without_the_guard_the_same_abort_writes_a_core(tmp_path: Path) -> None:
    """The control: a plain Python process aborted the same way does leave a core file, so the
    test above would see one if the app did not forbid it."""
    child = subprocess.run([sys.executable, "-c", "import os; os.abort()"], cwd=tmp_path, preexec_fn=_allow_cores,
                           capture_output=True, check=False)
    assert child.returncode == -signal.SIGABRT
    cores = [p for p in tmp_path.iterdir() if p.name.startswith("core")]
    assert cores, "no core file: the kernel's core settings changed"
    for core in cores:
        core.unlink()


def test_the_process_is_not_dumpable() -> None:
    probe = ("import ctypes, resource\nfrom linkwizard.desktop.crash_safety import forbid_core_dumps\n"
             "forbid_core_dumps()\nlibc = ctypes.CDLL(None)\n"
             "print(libc.prctl(3, 0, 0, 0, 0), resource.getrlimit(resource.RLIMIT_CORE))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          preexec_fn=_allow_cores)
    assert done.stdout.split(None, 1) == ["0", "(0, 0)\n"]

"""Bodies built to exhaust memory or the parser end as an unexpected answer (exit 5), within
a time bound and under 150 MB of peak memory (security review, findings 6 and 7)."""

from __future__ import annotations

import functools
import gzip
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from support.fake_stripe import FakeStripe, Reply, make_key

PEAK_LIMIT_KB = 150 * 1024


def _gzip_of_zeros(megabytes: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    return b"".join(packer.compress(block) for _ in range(megabytes)) + packer.flush()


@functools.cache
def hostile_bodies() -> dict[str, Reply]:
    bomb = _gzip_of_zeros(100)  # about 100 KB that inflate to 100 MB
    nested = gzip.compress(_gzip_of_zeros(1024), 9)  # the review's `gzip, gzip`: ~1 KB to 1 GiB
    assert len(bomb) < 1024 * 1024
    assert len(nested) < 64 * 1024
    return {
        "gzip bomb": Reply(200, bomb, headers={"Content-Encoding": "gzip"}),
        "nested gzip": Reply(200, nested, headers={"Content-Encoding": "gzip, gzip"}),
        "200,000 [": Reply(200, b"[" * 200_000),
        "50 MB body": Reply(200, b'{"object": "list", "data": ["' + b"a" * (50 * 1024 * 1024) + b'"]}'),
        "unknown encoding": Reply(200, b'{"object": "list", "data": []}', headers={"Content-Encoding": "br"}),
    }


_PEAK_REPORTER = """
import atexit, sys
_report = sys.argv.pop(1)
def _peak():
    with open("/proc/self/status") as status, open(_report, "w") as out:
        out.write(next(line for line in status if line.startswith("VmHWM")))
atexit.register(_peak)
"""


def run_measured(args: list[str], stdin_text: str, tmp: Path) -> tuple[int, str, str, int]:
    """Run Python with `args`; exit code, output, error output and the process's own peak
    resident memory in KB (VmHWM: ru_maxrss would include the parent's size at fork)."""
    report = tmp / "peak"
    if args[0] == "-m":
        body = f"import runpy\nsys.argv[0] = {args[1]!r}\nrunpy.run_module({args[1]!r}, run_name='__main__')"
    else:
        body = args[1]
    done = subprocess.run([sys.executable, "-c", _PEAK_REPORTER + body, str(report), *args[2:]], input=stdin_text,
                          capture_output=True, text=True, env=dict(os.environ), timeout=30, check=False)
    peak_kb = int(report.read_text().split()[1])
    return done.returncode, done.stdout, done.stderr, peak_kb


@pytest.mark.parametrize("name", ["gzip bomb", "nested gzip", "200,000 [", "50 MB body", "unknown encoding"])
def test_a_hostile_body_is_an_unexpected_answer(name: str, stripe: FakeStripe, api_base: str, tmp_path: Path) -> None:
    key = stripe.add_key(make_key(), customers=hostile_bodies()[name])
    started = time.monotonic()
    code, out, err, peak_kb = run_measured(["-m", "linkwizard", "connect", "--environment", "test"], key, tmp_path)
    elapsed = time.monotonic() - started
    assert code == 5, err
    assert "did not come from Stripe" in err
    assert "Traceback" not in err
    assert key[8:] not in out + err
    assert elapsed < 15, f"{name} took {elapsed:.1f} s"
    assert peak_kb < PEAK_LIMIT_KB, f"{name}: peak {peak_kb // 1024} MB"


def test_peak_memory_is_measured_for_each_child(tmp_path: Path) -> None:
    """The measurement above is the child's own peak, not the test process's."""
    code, _, _, peak_kb = run_measured(["-c", "x = bytearray(200 * 1024 * 1024)"], "", tmp_path)
    assert code == 0
    assert peak_kb > 200 * 1024


def test_well_formed_gzip_within_the_limit_still_works(stripe: FakeStripe, api_base: str) -> None:
    body = gzip.compress(b'{"object": "list", "data": [], "has_more": false, "url": "/v1/customers"}')
    key = stripe.add_key(make_key(), customers=Reply(200, body, headers={"Content-Encoding": "gzip"}))
    done = subprocess.run([sys.executable, "-m", "linkwizard", "connect", "--environment", "test"], input=key,
                          capture_output=True, text=True, env=dict(os.environ), timeout=30, check=False)
    assert done.returncode == 0, done.stderr
    assert all(r.path != "/v1/customers" or r.accept_encoding == "identity" for r in stripe.requests)

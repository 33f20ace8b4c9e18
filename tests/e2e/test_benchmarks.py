"""The benchmark command keeps working (a quick run; its times are reported, never asserted)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_benchmark_runs_and_writes_every_figure(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--output", str(output)],
                          env=dict(os.environ), capture_output=True, text=True, timeout=480, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(output.read_text())
    assert set(results) >= {"startup", "cli", "connection", "ui", "verify", "companion", "targets", "machine"}
    assert set(results["companion"]["idle"]) == {"background", "floor"}  # the background mode beside bare Qt
    assert len(results["companion"]["online_runs"]) == 1
    assert results["cli"]["heavy_imports"] == []  # listing accounts loads neither Qt, httpx nor keyring
    assert results["verify"]["requests_per_account"] == 1.0
    assert results["ui"]["accounts_checked_at_launch"] == 11
    phases = results["ui"]["phases"]
    assert set(phases) == {"connection_test", "launch_check", "scroll", "external_change", "success_at_zero_latency",
                           "popup_to_details"}
    for name, phase in phases.items():  # the idle Qt loop beat beside each phase of the window
        assert 0 <= phase["steal_pct"] <= 100
        if name == "popup_to_details":  # it may end within one 10 ms beat: nothing more to see
            continue
        assert phase["floor_gap_ms"] >= 10
        assert phase["longest_pass_cpu_ms"] > 0
    assert "Start-up to first paint" in done.stdout

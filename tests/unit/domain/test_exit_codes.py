"""One exit-code table: `--help` prints it and the README shows it (scripts/exit_codes.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from linkwizard.domain import exit_codes

ROOT = Path(__file__).resolve().parents[3]


def test_the_readme_shows_the_table() -> None:
    readme = (ROOT / "README.md").read_text()
    assert exit_codes.as_markdown() in readme, "run .venv/bin/python scripts/exit_codes.py"


def test_help_prints_the_table() -> None:
    done = subprocess.run([sys.executable, "-m", "linkwizard", "--help"], capture_output=True, text=True,
                          check=True, timeout=60)
    assert exit_codes.as_text() in done.stdout
    for code, meaning in exit_codes.TABLE:
        assert f"  {code:<4}{meaning}" in done.stdout


def test_every_code_is_in_the_table_once() -> None:
    named = {value for name, value in vars(exit_codes).items() if name.isupper() and isinstance(value, int)}
    listed = [code for code, _ in exit_codes.TABLE]
    assert sorted(set(listed)) == sorted(listed)
    assert set(listed) == named

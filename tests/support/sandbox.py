"""What a test's sandbox looks like: its own HOME and XDG folders, and a CLI run's outcome."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Home:
    root: Path
    data: Path
    state: Path

    @property
    def data_dir(self) -> Path:
        return self.data / "linkwizard"

    @property
    def log_dir(self) -> Path:
        return self.state / "linkwizard" / "log"


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


Cli = Callable[..., CliResult]  # the `cli` fixture: `python -m linkwizard ARGS`, stdin given

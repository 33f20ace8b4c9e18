"""The app's settings file, `config.json` in the config folder: one JSON object of sections
(`team`: the team vault's address, mount and prefix). Never a key or a token: the sections
are plain settings, and the tests scan the file."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from linkwizard.domain.problems import LinkwizardError, ProblemKind, problem
from linkwizard.store import paths


class ConfigFile:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or paths.config_dir()
        self.path = self.directory / "config.json"

    def section(self, name: str) -> dict[str, Any] | None:
        """One section, or None when it was never written (or the file cannot be read: a
        setting is then asked for again, which is safer than guessing)."""
        found = self._read().get(name)
        return found if isinstance(found, dict) else None

    def set_section(self, name: str, value: dict[str, Any] | None) -> None:
        """Replace (or with None, remove) one section; the others are kept."""
        document = self._read()
        if value is None:
            document.pop(name, None)
        else:
            document[name] = value
        try:
            paths.private_dir(self.directory)
            paths.replace_file(self.path, (json.dumps(document, indent=2, sort_keys=True) + "\n").encode())
        except OSError as exc:
            raise LinkwizardError(problem(ProblemKind.STORE_UNWRITABLE, detail=f"config: {type(exc).__name__} "
                                          f"(errno {exc.errno})")) from None

    def _read(self) -> dict[str, Any]:
        try:
            with open(paths.open_private(self.path, os.O_RDONLY), "rb") as handle:
                document = json.loads(handle.read())
        except (OSError, ValueError, RecursionError):
            return {}
        return document if isinstance(document, dict) else {}

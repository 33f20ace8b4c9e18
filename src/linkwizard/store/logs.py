"""Logging to a rotating file, with every record scrubbed of key-shaped text."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from linkwizard.domain.problems import LinkwizardError
from linkwizard.domain.redaction import redact
from linkwizard.store import paths

TYPE_CHECKING = False  # typing is not imported at run time: it is slow to load
if TYPE_CHECKING:
    from typing import Any

LOG_FILE_NAME = "linkwizard.log"


class RedactingFilter(logging.Filter):
    """Rewrites message, arguments and traceback text so no key reaches a handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _RotatingFile(logging.Handler):
    """The rotating log file, opened at the first record: a command that logs nothing (like
    `accounts`) neither creates the file nor loads logging.handlers."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            try:
                for folder in (self.path.parent.parent, self.path.parent):  # state folder, log folder
                    paths.private_dir(folder)
                self._file = _private_rotating_file(self.path)
            except (OSError, LinkwizardError):  # a read-only or foreign folder: log nowhere instead
                self._file = logging.NullHandler()
            self._file.setFormatter(self.formatter)
        self._file.handle(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _private_rotating_file(path: Path) -> logging.Handler:
    """A RotatingFileHandler whose files are 0600 and never opened through a symlink."""
    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self) -> Any:
            fd = paths.open_private(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
            return open(fd, "a", encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler(path, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8")


def ensure_logging() -> None:
    """The window's log, set up once: after its first paint (`import logging` alone costs
    milliseconds before it), or sooner when something warns before then."""
    if not logging.getLogger("linkwizard").handlers:
        setup_logging(paths.log_dir())


def early_logger(name: str) -> logging.Logger:
    """A logger for the window's modules that may warn before the first paint."""
    ensure_logging()
    return logging.getLogger(name)


def setup_logging(directory: Path, verbose: bool = False) -> Path | None:
    """Log to `directory/linkwizard.log` (rotated at 1 MiB, 3 kept). Returns the file."""
    root = logging.getLogger("linkwizard")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    path = directory / LOG_FILE_NAME
    handlers: list[logging.Handler] = [_RotatingFile(path)]
    if verbose:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.addFilter(RedactingFilter())
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    return path

"""Logging to a rotating file, with every record scrubbed of key-shaped text."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from linkwizard.redaction import redact

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


def setup_logging(directory: Path, verbose: bool = False) -> Path | None:
    """Log to `directory/linkwizard.log` (rotated at 1 MiB, 3 kept). Returns the file."""
    root = logging.getLogger("linkwizard")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    handlers: list[logging.Handler] = []
    path: Path | None = directory / LOG_FILE_NAME
    try:
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        assert path is not None
        handlers.append(logging.handlers.RotatingFileHandler(
            path, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8"))
    except OSError:  # a read-only home must not stop the app; log nowhere instead
        path = None
    if verbose:
        handlers.append(logging.StreamHandler())
    for handler in handlers:
        handler.addFilter(RedactingFilter())
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    return path

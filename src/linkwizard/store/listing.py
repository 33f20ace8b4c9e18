"""`linkwizard accounts --json`, answered about as fast as Python starts.

Scripts call it often, so it skips what the other commands need: the argument parser, the
account classes (and the dataclasses machinery behind them), pathlib and logging. It reads
the same file with the same validation (`records`) and prints exactly what the full command
prints. Whenever anything is unusual (a folder that is not private, a file that does not
validate, a platform without XDG folders) it steps aside and the full command answers,
with its messages and its care for damaged files.
"""

from __future__ import annotations

import os

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def accounts_json() -> int | None:
    """Print the linked accounts as JSON and return 0, or None for the full command to answer."""
    from linkwizard.store import paths

    folder = paths.data_dir_text()
    if folder is None:
        return None
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        return _print([])
    except OSError:
        return None
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None  # the full command refuses or repairs it, and says so
    try:
        fd = os.open(os.path.join(folder, "accounts.json"), os.O_RDONLY | _NOFOLLOW)
    except FileNotFoundError:
        return _print([])
    except OSError:
        return None
    with open(fd, "rb") as handle:
        raw = handle.read()
    from linkwizard.domain import records

    try:  # the store's own reader: what it would set aside as damaged, this does not print
        found = list(records.read_document(raw.decode("utf-8")))
    except (ValueError, RecursionError, records.NewerFile):  # the full command says what it is
        return None
    return _print([{name: record[name] for name in records.PUBLIC_FIELDS} for record in found])


def _print(accounts: list[dict[str, object]]) -> int:
    import json

    print(json.dumps(accounts, indent=2))
    return 0

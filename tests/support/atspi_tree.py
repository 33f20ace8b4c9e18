"""Prints, as JSON, the accessibility tree of the application with the pid given, as a screen
reader reads it over AT-SPI. Run by Debian's own Python (`/usr/bin/python3`, which has the
GObject bindings of `gir1.2-atspi-2.0`), not the project's virtualenv: tests/support/desktop.py.

Each node: role, name, description, its text (never for a password field), and the states a
test looks at (focused, showing, enabled, checked, default)."""

from __future__ import annotations

import json
import sys
from typing import Any

import gi  # type: ignore[import-not-found]  # Debian's python3-gi, not in the virtualenv

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # type: ignore[import-not-found]  # noqa: E402

STATES = {"focused": Atspi.StateType.FOCUSED, "showing": Atspi.StateType.SHOWING,
          "enabled": Atspi.StateType.ENABLED, "checked": Atspi.StateType.CHECKED,
          "default": Atspi.StateType.IS_DEFAULT, "active": Atspi.StateType.ACTIVE}


def node(accessible: Any, depth: int) -> dict[str, Any]:
    states = accessible.get_state_set()
    role = accessible.get_role_name()
    found: dict[str, Any] = {
        "role": role, "name": accessible.get_name() or "", "description": accessible.get_description() or "",
        **{label: states.contains(state) for label, state in STATES.items()},
    }
    text = accessible.get_text_iface() if role not in ("password text",) else None
    if text is not None:
        found["text"] = text.get_text(0, text.get_character_count())
    found["children"] = [node(accessible.get_child_at_index(i), depth + 1)
                         for i in range(accessible.get_child_count())] if depth < 40 else []
    return found


def main() -> int:
    pid = int(sys.argv[1])
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_process_id() == pid:
            json.dump(node(app, 0), sys.stdout)
            return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())

"""Reading a desktop entry the way a launcher does (Desktop Entry spec 1.5)."""

from __future__ import annotations

import re


def read_exec(value: str) -> list[str]:
    """The Exec key as a launcher reads it (Desktop Entry spec 1.5, "The Exec key"): the string
    escapes first, then the quoting, then `%%`. Written from the spec, apart from the app's code."""
    string = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m[1], m[1]), value)
    arguments, current, quoted, index = [], "", False, 0
    while index < len(string):
        ch = string[index]
        if quoted and ch == "\\" and string[index + 1] in '"`$\\':
            current += string[index + 1]
            index += 2
            continue
        if ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            arguments.append(current)
            current = ""
        elif ch == "%":
            assert string[index + 1] == "%", f"a field code in {value!r}"
            current += "%"
            index += 1
        else:
            current += ch
        index += 1
    assert not quoted
    return [*arguments, current]


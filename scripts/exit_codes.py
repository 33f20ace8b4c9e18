"""Write the exit-code table of src/linkwizard/domain/exit_codes.py into the README (between
its `exit codes` markers); tests/unit/domain/test_exit_codes.py fails when they differ."""

from __future__ import annotations

import re
from pathlib import Path

from linkwizard.domain import exit_codes

README = Path(__file__).resolve().parent.parent / "README.md"
SECTION = re.compile(r"(<!-- exit codes: begin -->\n).*?(\n<!-- exit codes: end -->)", re.DOTALL)


def main() -> None:
    text = README.read_text()
    README.write_text(SECTION.sub(lambda m: m.group(1) + exit_codes.as_markdown() + m.group(2), text))


if __name__ == "__main__":
    main()

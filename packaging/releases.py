"""The metainfo's <releases>, one entry per version, from CHANGELOG.md (packaging/build.sh).

    python packaging/releases.py VERSION EPOCH < metainfo.xml > metainfo-with-releases.xml

Every `## [X.Y.Z] - YYYY-MM-DD` section of the changelog becomes a <release>, newest first,
its bullets a list. The version being built, when the changelog has no section of its own for
it, gets one from `## [Unreleased]`, dated by EPOCH (SOURCE_DATE_EPOCH): so the package, the
bundle's --version and the metainfo all name the version that was built.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

CHANGELOG = Path(__file__).resolve().parents[1] / "CHANGELOG.md"
SECTION = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$")
RELEASES = re.compile(r"  <releases>.*?</releases>\n", re.DOTALL)


def sections(text: str) -> list[tuple[str, str | None, list[str]]]:
    """(version, date, bullets) for each section, in the file's order (newest first)."""
    found: list[tuple[str, str | None, list[str]]] = []
    for line in text.splitlines():
        if (match := SECTION.match(line)) is not None:
            found.append((match["version"], match["date"], []))
        elif found and line.startswith("- "):
            found[-1][2].append(line[2:].strip())
        elif found and line.startswith("  ") and found[-1][2]:
            found[-1][2][-1] += " " + line.strip()  # a bullet's continued line
        elif line.startswith("[") and "]: " in line:
            break  # the link references at the end
    return found


def plain(markdown: str) -> str:
    """A bullet without its Markdown: links as their text, code as itself, emphasis dropped."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", markdown)
    return text.replace("`", "").replace("*", "")


def releases(version: str, epoch: int, changelog: str) -> str:
    entries = []
    listed = sections(changelog)
    released = {v for v, date, _ in listed if date}
    for name, date, bullets in listed:
        if name == "Unreleased":
            if version in released or not bullets:
                continue
            name, date = version, datetime.datetime.fromtimestamp(epoch, datetime.UTC).date().isoformat()
        items = "".join(f"\n          <li>{escape(plain(b))}</li>" for b in bullets)
        body = f"\n        <ul>{items}\n        </ul>" if bullets else "\n        <p>No changes listed.</p>"
        entries.append(f'    <release version="{escape(name)}" date="{date}">\n      <description>{body}\n'
                       "      </description>\n    </release>\n")
    return "  <releases>\n" + "".join(entries) + "  </releases>\n"


def main() -> int:
    version, epoch = sys.argv[1], int(sys.argv[2])
    metainfo = sys.stdin.read()
    replaced, count = RELEASES.subn(lambda m: releases(version, epoch, CHANGELOG.read_text()), metainfo)
    if count != 1:
        print("packaging/releases.py: the metainfo has no <releases> to replace", file=sys.stderr)
        return 1
    sys.stdout.write(replaced)
    return 0


if __name__ == "__main__":
    sys.exit(main())

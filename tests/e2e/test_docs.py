"""The documents name the tests that guard each promise: every test they name exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
NAMED = re.compile(r"(test_\w+\.py)(?:::(test_\w+))?")


def test_every_test_the_documents_name_exists() -> None:
    files = {path.name: path.read_text() for path in (ROOT / "tests").rglob("test_*.py")}
    missing = []
    for doc in DOCS:
        for module, function in NAMED.findall(doc.read_text()):
            if module not in files or (function and f"def {function}(" not in files[module]):
                missing.append(f"{doc.name}: {module}::{function}" if function else f"{doc.name}: {module}")
    assert missing == []


def test_every_path_the_documents_name_exists() -> None:
    missing = [f"{doc.name}: {path}" for doc in DOCS
               for path in re.findall(r"`((?:src|tests|scripts|benchmarks|packaging|docs)/[\w/.-]+\.(?:py|sh|md))`",
                                      doc.read_text())
               if not (ROOT / path).exists()]
    assert missing == []

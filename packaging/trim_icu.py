"""Trim ICU's data library in the bundle to what linkwizard can use (packaging/build.sh runs it).

The PyPI build of Qt links ICU, whose data library (`libicudata.so.NN`, 32 MB) holds every
legacy character-set table, transliterator, number spell-out, and the names of languages,
currencies, units and time zones in some 800 locales. linkwizard speaks English and German
and only ever converts UTF-8. This keeps the root, English and German data (collation, break
rules and dictionaries, names) plus everything that is not locale data, and drops the rest:
`.cnv` tables, `translit/`, `rbnf/`, and the other locales' bundles (about 29 MB less).
Another locale falls back to the root data, as ICU does for any locale it lacks.

The data is cut from the library with ICU's own `icupkg`, compiled back with `genccode` and
the C compiler into a library with the same soname and symbol (`icudtNN_dat`), so nothing
else changes. Usage: python packaging/trim_icu.py PATH/TO/libicudata.so.NN
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALE = re.compile(r"^(en|de)(_.*)?$")
LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
LOCALE_FOLDERS = ("", "coll", "curr", "lang", "region", "unit", "zone", "brkitr")


def dropped(item: str) -> bool:
    folder, _, base = item.rpartition("/")
    stem, _, extension = base.rpartition(".")
    if extension == "cnv" or folder in ("translit", "rbnf"):
        return True
    return extension == "res" and folder in LOCALE_FOLDERS and bool(LOCALE.match(stem)) \
        and not KEEP_LOCALE.match(stem)


def extract(library: Path, symbol: str) -> bytes:
    """The bytes of the ICU data package behind `symbol` in the library file."""
    symbols = subprocess.run(["readelf", "-Ws", "--dyn-syms", str(library)], capture_output=True, text=True,
                             check=True).stdout
    address, size = next((int(p[1], 16), int(p[2], 0)) for p in map(str.split, symbols.splitlines())
                         if len(p) > 7 and p[7] == symbol)
    sections = subprocess.run(["readelf", "-WS", str(library)], capture_output=True, text=True, check=True).stdout
    for line in sections.splitlines():
        if "]" not in line or "PROGBITS" not in line:
            continue
        fields = line.split("]", 1)[1].split()
        start, offset, length = int(fields[2], 16), int(fields[3], 16), int(fields[4], 16)
        if start <= address < start + length:
            with open(library, "rb") as handle:
                handle.seek(address - start + offset)
                return handle.read(size)
    raise SystemExit(f"{symbol} not found in {library}")


def main(library: Path) -> int:
    version = library.name.rsplit(".", 1)[-1]
    name = f"icudt{version}"
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        package = work / f"{name}l.dat"
        package.write_bytes(extract(library, f"{name}_dat"))
        items = subprocess.run(["icupkg", "-l", str(package)], capture_output=True, text=True,
                               check=True).stdout.split()
        drop = {item for item in items if dropped(item)}
        trimmed = work / "out" / package.name
        trimmed.parent.mkdir()
        while True:  # an item whose parent is dropped goes too (icupkg names it)
            (work / "drop.txt").write_text("\n".join(sorted(drop)) + "\n")
            done = subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(package), str(trimmed)],
                                  capture_output=True, text=True, check=False)
            orphans = set(re.findall(r"Item (\S+) depends on missing item", done.stderr))
            if not orphans - drop:
                break
            drop |= orphans
        if done.returncode != 0 or not trimmed.exists():
            raise SystemExit(f"icupkg failed: {done.stderr[-2000:]}")
        subprocess.run(["genccode", "-q", "-a", "gcc", "-e", name, "-d", str(work), str(trimmed)], check=True)
        output = work / library.name
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-Wl,-z,noexecstack",
                        "-Wl,--build-id=none", "-o", str(output), str(work / f"{name}l_dat.S")], check=True)
        subprocess.run(["strip", str(output)], check=True)
        before = library.stat().st_size
        shutil.copyfile(output, library)
    print(f"ICU data: {before / 1e6:.1f} MB -> {library.stat().st_size / 1e6:.1f} MB "
          f"({len(drop)} of {len(items)} items dropped)")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

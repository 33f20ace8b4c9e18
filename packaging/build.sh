#!/usr/bin/env bash
# Build the one-folder bundle into dist/linkwizard/ and print its size.
# Needs the project's virtualenv (scripts/setup.sh); installs PyInstaller into it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || scripts/setup.sh
.venv/bin/python -m pip install -q --disable-pip-version-check "pyinstaller>=6.10,<7"
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/linkwizard.spec
du -sh dist/linkwizard | awk '{print "bundle size: " $1 " (dist/linkwizard)"}'

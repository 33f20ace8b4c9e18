#!/usr/bin/env bash
# Build the one-folder bundle into dist/linkwizard/ and print its size.
# Needs the project's virtualenv (scripts/setup.sh); installs PyInstaller into it.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/pyinstaller ] || scripts/setup.sh  # PyInstaller comes from the hashed lock
# The same bytes for the same sources: timestamps inside the bundle come from the last commit.
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/linkwizard.spec
du -sh dist/linkwizard | awk '{print "bundle size: " $1 " (dist/linkwizard)"}'

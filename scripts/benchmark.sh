#!/usr/bin/env bash
# Run the benchmarks (benchmarks/run.py) with a private keyring; `--quick` for a smoke run.
# Prints a table and writes benchmarks/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/linkwizard ] || scripts/setup.sh
exec dbus-run-session -- bash -c '
  HOME=$(mktemp -d); export HOME QT_QPA_PLATFORM=offscreen
  printf "%s" linkwizard-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  unset PYTHONDONTWRITEBYTECODE  # an installed app has bytecode; measure that
  .venv/bin/python -m compileall -q src >/dev/null
  .venv/bin/python benchmarks/run.py "$@"' benchmark "$@"

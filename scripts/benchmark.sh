#!/usr/bin/env bash
# Run the benchmarks (benchmarks/run.py) with a private keyring; `--quick` for a smoke run.
# Prints a table and writes benchmarks/results.json (untracked: docs/performance.md keeps the
# table, updated by hand when the figures really move).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/linkwizard ] || scripts/setup.sh
exec dbus-run-session -- bash -c '
  . scripts/lib/keyring.sh
  HOME=$(mktemp -d); export HOME QT_QPA_PLATFORM=offscreen
  trap "stop_keyring; rm -rf \"\$HOME\"" EXIT
  start_keyring linkwizard-bench
  unset PYTHONDONTWRITEBYTECODE  # an installed app has bytecode; measure that
  .venv/bin/python -m compileall -q src >/dev/null
  .venv/bin/python benchmarks/run.py "$@"' benchmark "$@"

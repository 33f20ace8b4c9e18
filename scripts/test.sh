#!/usr/bin/env bash
# Set up (see setup.sh), then run ruff, mypy, the layer contracts and every test inside a
# private D-Bus session with its own unlocked gnome-keyring, so tests use a real Secret
# Service and never yours. Extra arguments go to pytest, e.g. scripts/test.sh -k wizard.
#   scripts/test.sh --quick ...   skip the slow tests (package builds, real servers): a local loop.
# CI (.ci/run) always runs everything.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=()
if [ "${1:-}" = "--quick" ]; then
  shift
  quick=(-m "not slow")
fi
scripts/setup.sh --test
exec dbus-run-session -- scripts/in-test-session.sh "${quick[@]}" "$@"

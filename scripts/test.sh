#!/usr/bin/env bash
# Set up (see setup.sh), then run ruff, mypy and every test inside a private D-Bus session
# with its own unlocked gnome-keyring, so tests use a real Secret Service and never yours.
# Extra arguments go to pytest, e.g. scripts/test.sh -k wizard
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
exec dbus-run-session -- scripts/in-test-session.sh "$@"

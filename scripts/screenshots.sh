#!/usr/bin/env bash
# Regenerate docs/images/*.png offscreen, with a private keyring (see in-test-session.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dbus-run-session -- bash -c '
  HOME=$(mktemp -d); export HOME QT_QPA_PLATFORM=offscreen
  printf "%s" linkwizard-shots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  .venv/bin/python scripts/screenshots.py "$@"' screenshots "$@"

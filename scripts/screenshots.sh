#!/usr/bin/env bash
# Regenerate docs/images/*.png offscreen, with a private keyring (scripts/lib/keyring.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dbus-run-session -- bash -c '
  . scripts/lib/keyring.sh
  HOME=$(mktemp -d); export HOME QT_QPA_PLATFORM=offscreen TZ=UTC
  trap "stop_keyring; rm -rf \"\$HOME\"" EXIT
  start_keyring linkwizard-shots
  .venv/bin/python scripts/screenshots.py "$@"' screenshots "$@"

#!/usr/bin/env bash
# Runs inside `dbus-run-session` (see test.sh): a throwaway HOME, an unlocked keyring, the checks.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/keyring.sh
HOME=$(mktemp -d -t linkwizard-test-home.XXXXXX)
export HOME
trap 'stop_keyring; rm -rf "$HOME"' EXIT
export QT_QPA_PLATFORM=offscreen
# The fake Stripe server may receive (fake) live keys; the tests of that guard unset this.
export LINKWIZARD_SEND_LIVE_KEYS_TO_API_BASE=1
# A non-empty password makes gnome-keyring create and unlock a "login" collection; the
# tests that lock it use the same password to unlock it again.
export LINKWIZARD_TEST_KEYRING_PASSWORD=linkwizard-tests
start_keyring "$LINKWIZARD_TEST_KEYRING_PASSWORD"
.venv/bin/ruff check src tests scripts benchmarks packaging
.venv/bin/mypy src tests
.venv/bin/lint-imports --no-cache  # the layer contracts in pyproject.toml
.venv/bin/python -m pytest "$@"

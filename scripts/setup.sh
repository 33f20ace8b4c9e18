#!/usr/bin/env bash
# Set up linkwizard on Debian/Ubuntu: the system packages Qt and the keyring need,
# a virtualenv in .venv, and the project with its test and lint tools. Safe to re-run.
# With --test, also what the tests of the packaged app need (Xvfb, lintian, ...).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  gnome-keyring dbus dbus-user-session   # the Secret Service the keys live in
  fonts-dejavu-core                       # without a font Qt draws empty boxes
  desktop-file-utils appstream            # validators for the desktop entry and metainfo
  libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
)
# `setup.sh --test` (what scripts/test.sh runs) adds what the tests of the deliverables use:
# a real X server and tools to look at it, and Debian's packaging tools.
if [ "${1:-}" = "--test" ]; then
  packages+=(xvfb xdotool x11-utils x11-apps imagemagick dpkg lintian patchelf icu-devtools gcc
             curl acl    # curl -u for exec's masking, setfacl for the retire ACL test
             apt-utils gnupg    # apt-ftparchive and gpg: the signed APT repository
             python3-dbusmock   # NetworkManager and a notification daemon on a private bus
             openbox xclip      # tests/desktop: a window manager for Xvfb, another clipboard owner
             sway wtype grim    # tests/desktop: Wayland (headless sway), its keys and screenshots
             at-spi2-core gir1.2-atspi-2.0 python3-gi)  # read the window as a screen reader does
fi
# The OIDC login test runs a real OpenID provider from npm (tests/oidc-provider).
if [ "${1:-}" = "--test" ] && ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi
python=${PYTHON:-python3}
if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
  packages+=(python3-venv)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "linkwizard needs Python 3.11 or newer; set PYTHON=/path/to/python3.11" >&2; exit 1; }
[ -x .venv/bin/python ] || "$python" -m venv .venv
# Exactly the versions in the lock, each checked against its hash (CONTRIBUTING.md says
# how to update it); then the project itself, built with the locked setuptools.
pip=(.venv/bin/python -m pip install -q --disable-pip-version-check)
"${pip[@]}" --require-hashes -r requirements/lock.txt
"${pip[@]}" --no-deps --no-build-isolation -e .
# keyrings.alt, off the import path: tests/unit/secrets/test_os_keyring.py puts it on a subprocess's path to
# prove that a plaintext keyring is refused even when keyring would pick it.
if [ ! -d .venv/keyring-plugins/keyrings/alt ]; then
  awk '/^keyrings-alt==/{on=1} on&&/^[a-z]/&&!/^keyrings-alt==/{on=0} on' requirements/lock.txt \
    > .venv/keyrings-alt.txt
  "${pip[@]}" --require-hashes --no-deps --target .venv/keyring-plugins -r .venv/keyrings-alt.txt
fi
# A real OpenID provider for the team vault's OIDC login test, exactly as locked.
if [ "${1:-}" = "--test" ] && [ ! -x tests/oidc-provider/node_modules/.bin/oauth2-mock-server ]; then
  (cd tests/oidc-provider && npm ci --no-audit --no-fund --loglevel=error)
fi

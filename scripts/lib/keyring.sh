# Sourced inside `dbus-run-session` by the scripts that need a private keyring (tests,
# screenshots, benchmarks). start_keyring PASSWORD starts an unlocked gnome-keyring for $HOME;
# stop_keyring stops it by its pid, asked of the bus: a daemon left running would hold the
# caller's output open after the session ends.
start_keyring() {
  printf '%s' "$1" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  keyring_pid=""
  for _ in $(seq 100); do  # the daemon takes its name on the bus a moment after it returns
    keyring_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
      | awk '{print $2}') && [ -n "$keyring_pid" ] && return 0
    sleep 0.05
  done
  echo "gnome-keyring-daemon did not appear on the session bus" >&2
  return 1
}

stop_keyring() {
  if [ -n "${keyring_pid:-}" ]; then
    kill "$keyring_pid" 2>/dev/null || true
    keyring_pid=""
  fi
}

# Sourced inside `dbus-run-session` by the scripts that need a private keyring (tests,
# screenshots, benchmarks). start_keyring PASSWORD starts an unlocked gnome-keyring for $HOME;
# stop_keyring stops it by its pid, asked of the bus: a daemon left running would hold the
# caller's output open after the session ends.
start_keyring() {
  printf '%s' "$1" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  keyring_pid=""
  for _ in $(seq 100); do  # the daemon takes its name on the bus a moment after it returns
    keyring_pid=$(secrets_owner) && [ -n "$keyring_pid" ] && return 0
    sleep 0.05
  done
  echo "gnome-keyring-daemon did not appear on the session bus" >&2
  return 1
}

# The pid that holds org.freedesktop.secrets on this session bus now (empty: nobody).
secrets_owner() {
  dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null | awk '{print $2}'
}

# The daemon started, and any other this run's HOME brought: a test that stops the keyring
# lets the bus start a new one on the next call (D-Bus activation), whose pid start_keyring
# never saw. The bus is asked again, and every gnome-keyring-daemon with this HOME is stopped.
stop_keyring() {
  local pids pid
  pids="${keyring_pid:-} $(secrets_owner)"
  for pid in $(pgrep -x gnome-keyring-d 2>/dev/null); do
    if { tr '\0' '\n' < "/proc/$pid/environ"; } 2>/dev/null | grep -qxF "HOME=$HOME"; then
      pids="$pids $pid"
    fi
  done
  for pid in $pids; do
    kill "$pid" 2>/dev/null || true
  done
  keyring_pid=""
}

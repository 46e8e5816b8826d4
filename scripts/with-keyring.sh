#!/usr/bin/env bash
# Runs a command with a working Secret Service (the OS keychain keytar talks to on Linux).
# If one is already reachable on the session bus, the command runs as is. Otherwise the command
# runs inside a private D-Bus session with a throw-away gnome-keyring whose default 'login'
# collection lives in a temp dir and is created unlocked, so keychain tests use the real thing.
#   usage: scripts/with-keyring.sh CMD [ARGS...]
set -u

if [ "$#" -eq 0 ]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

# Reachable means the lookup of a missing item answers without any D-Bus error (exit 1 and an
# empty stderr = "not found"); a locked keyring that waits on a prompt counts as unreachable.
secret_service_reachable() {
  [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || return 1
  command -v secret-tool >/dev/null 2>&1 || return 1
  err=$(timeout 5 secret-tool lookup service Veil account with-keyring-probe 2>&1 >/dev/null)
  rc=$?
  [ "$rc" -le 1 ] && [ -z "$err" ]
}

if [ "${VEIL_WITH_KEYRING:-}" = "1" ] || secret_service_reachable; then
  exec "$@"
fi

for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "with-keyring: no Secret Service is reachable and $tool is not installed (apt-get install dbus gnome-keyring libsecret-tools)" >&2
    exit 127
  fi
done

# gnome-keyring keeps its collections under $XDG_DATA_HOME/keyrings; a private dir keeps the
# user's real keyrings untouched and is removed afterwards. The daemon started by --unlock
# creates the 'login' collection with the piped password and leaves it unlocked; the copy D-Bus
# may activate later inherits the same XDG_DATA_HOME and therefore sees the same collection.
keyring_home=$(mktemp -d "${TMPDIR:-/tmp}/veil-keyring.XXXXXX") || exit 1
chmod 700 "$keyring_home"
trap 'rm -rf "$keyring_home"' EXIT INT TERM

# dbus-daemon warns that it cannot raise its fd limit inside containers; that line is noise.
XDG_DATA_HOME="$keyring_home" VEIL_WITH_KEYRING=1 dbus-run-session -- sh -c '
  printf "veil-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
  exec "$@"
' with-keyring "$@" 2> >(grep --line-buffered -v "Failed to set fd limit" >&2)
rc=$?
exit "$rc"

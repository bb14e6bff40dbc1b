#!/usr/bin/env bash
# Moves the Docker bridge off its default network to the planned one (set just below).
# facts#56: Run it AFTER mstunnel-setup (the bridge can only be changed after installation). Running it again changes nothing.
# Exit status: 0 done, 1 a step failed (the message says what to do), 2 wrong options.
set -euo pipefail

# Options.
DRY_RUN=0
usage() { echo 'usage: change-bridge.sh [--dry-run]'; }
while [ "$#" -gt 0 ]; do
  case $1 in
    --dry-run) DRY_RUN=1 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

# Helpers: stop at the first failure with a message that says what to do.
fail() {
  printf 'FAILED: %s\n' "$1" >&2
  [ -n "${2:-}" ] && printf 'What to do: %s\n' "$2" >&2
  exit 1
}
run() {
  if [ "$DRY_RUN" = 1 ]; then printf 'DRY-RUN:'; printf ' %q' "$@"; printf '\n'; return 0; fi
  printf '+'; printf ' %q' "$@"; printf '\n'
  "$@" || fail "command failed: $*" "fix the cause shown above, then run this script again (it is safe to re-run)"
}

# Changes need root; tests may dry-run as a normal user.
if [ "$(id -u)" -ne 0 ]; then
  if [ "$DRY_RUN" = 1 ] && [ "${TP_ALLOW_NON_ROOT:-0}" = 1 ]; then
    echo "note: not root; dry run only"
  else
    fail "this script must run as root" "run it with sudo"
  fi
fi

# bip is the gateway address plus prefix, not the network address (facts §2 item 9).
bip=192.168.128.1/24
live_bip() { ip -4 -o addr show dev docker0 2>/dev/null | awk '{print $4}'; }
configured_bip() { jq -r '.bip // empty' /etc/docker/daemon.json 2>/dev/null || true; }
if [ "$(live_bip)" = "$bip" ] && [ "$(configured_bip)" = "$bip" ]; then echo "unchanged: docker0 already has $bip"; exit 0; fi
command -v jq >/dev/null 2>&1 || fail "jq is missing" "run prepare-server.sh first (it installs jq)"
jq_edit() {
  local path=$1
  shift
  if [ "$DRY_RUN" = 1 ]; then printf 'DRY-RUN: edit %s with jq' "$path"; printf ' %q' "$@"; printf '\n'; return 0; fi
  backup="$path.tp-backup.$(date +%Y%m%d%H%M%S)"
  cp -p "$path" "$backup"
  jq "$@" "$backup" > "$path.tp-new" && mv "$path.tp-new" "$path"
  echo "changed: $path (backup: $backup)"
}

# facts#57: stop Tunnel; a trap restores the old settings and starts Tunnel again if any later step fails.
backup=
back_to_tunnel() {
  local status=$?
  if [ "$status" -ne 0 ] && [ -n "$backup" ]; then
    echo "FAILED (exit $status): restoring $backup" >&2
    cp -p "$backup" /etc/docker/daemon.json
    systemctl restart docker || true
  fi
  # facts#60: the agent first, then the server.
  mst-cli agent start || status=1
  mst-cli server start || status=1
  exit "$status"
}
if [ "$DRY_RUN" = 0 ]; then trap back_to_tunnel EXIT; fi
run mst-cli server stop
run mst-cli agent stop

# facts#58: delete the old bridge device.
if ip link show docker0 >/dev/null 2>&1; then run ip link del docker0; fi

# facts#59: set bip and keep the other keys of daemon.json; written by this root script, never sudo echo > (facts §2 item 9).
if [ -s /etc/docker/daemon.json ]; then
  # shellcheck disable=SC2016 # a jq program, expanded by jq
  jq_edit /etc/docker/daemon.json --arg bip "$bip" '.bip = $bip'
else
  run mkdir -p /etc/docker
  if [ "$DRY_RUN" = 1 ]; then echo "DRY-RUN: write /etc/docker/daemon.json"; else printf '{\n  "bip": "%s"\n}\n' "$bip" > /etc/docker/daemon.json; fi
fi

# The docs omit the restart; Docker reads bip only at start (facts §2 item 9).
run systemctl restart docker
if [ "$DRY_RUN" = 0 ] && [ "$(live_bip)" != "$bip" ]; then fail "docker0 has $(live_bip), not $bip" "check journalctl -u docker"; fi

# Done.
echo "change-bridge: done"

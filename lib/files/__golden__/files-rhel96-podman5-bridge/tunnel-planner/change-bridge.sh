#!/usr/bin/env bash
# Verschiebt das Podman-Brückennetzwerk vom Standardnetz in das geplante Netz (gleich unten gesetzt).
# facts#56: Erst NACH mstunnel-setup ausführen (das Brückennetzwerk lässt sich nur nach der Installation ändern). Ein erneuter Lauf ändert nichts.
# Exitstatus: 0 fertig, 1 ein Schritt ist fehlgeschlagen (die Meldung sagt, was zu tun ist), 2 falsche Optionen.
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

# Planned subnet and gateway; Podman runs as the Tunnel account in rootless mode (facts#165).
subnet=192.168.128.0/24
gateway=192.168.128.1
as_tunnel() { "$@"; }
conf_dir=/etc
backend=netavark # Podman 5 has no CNI (editions.md §5.3)
live_subnet() { as_tunnel podman network inspect podman --format '{{range .Subnets}}{{.Subnet}} {{end}}' 2>/dev/null | awk '{print $1}'; }
if [ "$(live_subnet)" = "$subnet" ]; then echo "unchanged: the Podman default network already uses $subnet"; exit 0; fi
echo "Podman network backend: ${backend}"
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
    target=${backup%.tp-backup.*}
    cp -p "$backup" "$target"
  fi
  # facts#60: the agent first, then the server.
  mst-cli agent start || status=1
  mst-cli server start || status=1
  exit "$status"
}
if [ "$DRY_RUN" = 0 ]; then trap back_to_tunnel EXIT; fi
run mst-cli server stop
run mst-cli agent stop

# netavark: the default network comes from containers.conf; Microsoft documents only the CNI steps (editions.md §5.3).
# A stored default network overrides containers.conf: edit it too.
stored=/etc/containers/networks/podman.json
# shellcheck disable=SC2016 # a jq program, expanded by jq
if [ -f "$stored" ]; then jq_edit "$stored" --arg s "$subnet" --arg g "$gateway" '.subnets = [{subnet: $s, gateway: $g}]'; fi
dropin="$conf_dir/containers/containers.conf.d/90-mstunnel-bridge.conf"
run mkdir -p "$(dirname "$dropin")"
if [ "$DRY_RUN" = 1 ]; then echo "DRY-RUN: write $dropin"; else printf '%s' '# editions.md §5.3: Das Subnetz des Standardnetzes für Podman mit netavark (Podman 5 hat kein CNI; Microsoft beschreibt nur die CNI-Schritte).
[network]
default_subnet = "192.168.128.0/24"
' > "$dropin"; fi
if ip link show podman0 >/dev/null 2>&1; then run ip link del podman0; fi
echo 'note: Microsoft documents the Podman bridge change only for CNI; netavark takes default_subnet from containers.conf (editions.md §5.3)'

# Check the default network now uses the planned subnet.
if [ "$DRY_RUN" = 0 ] && [ "$(live_subnet)" != "$subnet" ]; then fail "the Podman default network has $(live_subnet), not $subnet" "check podman network inspect podman"; fi

# Done.
echo "change-bridge: done"

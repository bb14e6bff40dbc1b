#!/usr/bin/env bash
# Moves the Podman bridge off its default network to the planned one (set just below).
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

# Planned subnet and gateway; Podman runs as the Tunnel account in rootless mode (facts#165).
subnet=192.168.200.0/24
gateway=192.168.200.1
# facts#165: the files under /etc/mstunnel belong to the rootless service account.
account=$(stat -c %U /etc/mstunnel)
account_home=$(getent passwd "$account" | cut -d: -f6)
as_tunnel() { runuser -u "$account" -- env XDG_RUNTIME_DIR="/run/user/$(id -u "$account")" HOME="$account_home" "$@"; }
conf_dir="$account_home/.config"
backend=$(as_tunnel podman info --format '{{.Host.NetworkBackend}}' 2>/dev/null || echo cni)
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

# facts#61: CNI keeps the bridge in 87-podman-bridge.conflist; netavark reads containers.conf (not in Microsoft's docs, editions.md §5.3).
if [ "$backend" = cni ]; then
  # shellcheck disable=SC2016 # a jq program, expanded by jq
  jq_edit "$conf_dir/cni/net.d/87-podman-bridge.conflist" --arg s "$subnet" --arg g "$gateway" '(.plugins[] | select(.type == "bridge") | .ipam.ranges) = [[{subnet: $s, gateway: $g}]]'
else
  # A stored default network overrides containers.conf: edit it too.
  stored="$account_home/.local/share/containers/storage/networks/podman.json"
  # shellcheck disable=SC2016 # a jq program, expanded by jq
  if [ -f "$stored" ]; then jq_edit "$stored" --arg s "$subnet" --arg g "$gateway" '.subnets = [{subnet: $s, gateway: $g}]'; fi
  dropin="$conf_dir/containers/containers.conf.d/90-mstunnel-bridge.conf"
  run mkdir -p "$(dirname "$dropin")"
  if [ "$DRY_RUN" = 1 ]; then echo "DRY-RUN: write $dropin"; else printf '%s' '# editions.md §5.3: The default network'\''s subnet for Podman with netavark (Podman 5 has no CNI; Microsoft documents only the CNI steps).
[network]
default_subnet = "192.168.200.0/24"
' > "$dropin"; fi
  run chown -R "$account:" "$conf_dir/containers"
  echo 'note: Microsoft documents the Podman bridge change only for CNI; netavark takes default_subnet from containers.conf (editions.md §5.3)'
fi

# Check the default network now uses the planned subnet.
if [ "$DRY_RUN" = 0 ] && [ "$(live_subnet)" != "$subnet" ]; then fail "the Podman default network has $(live_subnet), not $subnet" "check podman network inspect podman"; fi

# Done.
echo "change-bridge: done"

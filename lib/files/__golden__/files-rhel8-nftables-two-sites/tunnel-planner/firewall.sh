#!/usr/bin/env bash
set -euo pipefail

# Options: --dry-run prints every action and changes nothing.
DRY_RUN=0
for arg in "$@"; do
  case $arg in
    --dry-run) DRY_RUN=1 ;;
    -h|--help) echo 'usage: firewall.sh [--dry-run]'; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
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

# File helpers: idempotent writes with backups.
CHANGES=0
# Write a file only when its content differs; keep a backup of what it replaces; count the change.
write_file() {
  local path=$1 content=$2
  if [ -f "$path" ] && printf '%s' "$content" | cmp -s - "$path"; then
    echo "unchanged: $path"; return 0
  fi
  if [ "$DRY_RUN" = 1 ]; then
    echo "DRY-RUN: write $path:"; printf '%s' "$content" | sed 's/^/    /'; CHANGES=$((CHANGES + 1)); return 0
  fi
  mkdir -p "$(dirname "$path")" || fail "cannot create the folder of $path" "check the disk and permissions"
  if [ -f "$path" ]; then
    cp -p "$path" "$path.tp-backup.$(date +%Y%m%d%H%M%S)" || fail "cannot back up $path" "check free disk space"
  fi
  printf '%s' "$content" > "$path" || fail "cannot write $path" "check the disk and permissions"
  CHANGES=$((CHANGES + 1))
  echo "wrote: $path"
}
# Append a line unless the file already has it exactly.
ensure_line() {
  local path=$1 line=$2
  if [ -f "$path" ] && grep -qxF -- "$line" "$path"; then echo "unchanged: $path has $line"; return 0; fi
  CHANGES=$((CHANGES + 1))
  if [ "$DRY_RUN" = 1 ]; then echo "DRY-RUN: append to $path: $line"; return 0; fi
  if [ -f "$path" ]; then cp -p "$path" "$path.tp-backup.$(date +%Y%m%d%H%M%S)"; fi
  printf '%s\n' "$line" >> "$path" || fail "cannot append to $path" "check permissions"
  echo "appended to $path: $line"
}

# Changes need root; tests may dry-run as a normal user.
if [ "$(id -u)" -ne 0 ]; then
  if [ "$DRY_RUN" = 1 ] && [ "${TP_ALLOW_NON_ROOT:-0}" = 1 ]; then
    echo "note: not root; dry run only"
  else
    fail "this script must run as root" "run it with sudo"
  fi
fi

# facts#87, facts#88, facts#90: open the Tunnel port for TCP and UDP; SSH only from the planned sources; nothing else.
write_file /etc/nftables/mstunnel.nft '# facts#87, facts#88: inbound TCP and UDP on each site port; SSH only as planned; nothing else.
table inet mstunnel
flush table inet mstunnel
table inet mstunnel {
  chain input {
    type filter hook input priority 0; policy drop;
    ct state established,related accept
    ct state invalid drop
    iif "lo" accept
    # ICMP keeps path-MTU discovery working for the tunnel.
    ip protocol icmp accept
    meta l4proto ipv6-icmp accept
    tcp dport 443 accept
    tcp dport 8443 accept
    udp dport 443 accept
    ip saddr { 10.20.0.0/16 } tcp dport 22 accept
  }
}
'
run nft -f /etc/nftables/mstunnel.nft
ensure_line /etc/sysconfig/nftables.conf 'include "/etc/nftables/mstunnel.nft"'
run systemctl enable nftables

# Done.
if [ "$DRY_RUN" = 1 ]; then echo "dry run finished: nothing was changed ($CHANGES file changes planned)"; else echo "firewall: done ($CHANGES file changes)"; fi

#!/usr/bin/env bash
# Applies the planned host firewall only (prepare-server.sh does this too).
# Exit status: 0 done, 1 a step failed (the message says what to do), 2 wrong options.
set -euo pipefail

# Options.
DRY_RUN=0
NO_SSH_GUARD=0
SITE=
usage() { echo 'usage: firewall.sh [--dry-run] [--no-ssh-guard]'; }
while [ "$#" -gt 0 ]; do
  case $1 in
    --dry-run) DRY_RUN=1 ;;
    --no-ssh-guard) NO_SSH_GUARD=1 ;;
    --site) [ "$#" -ge 2 ] || { usage >&2; exit 2; }; SITE=$2; shift ;;
    --site=*) SITE=${1#--site=} ;;
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

# File helpers: write only what differs, back up what is replaced, count the changes.
CHANGES=0
write_file() {
  local path=$1 content=$2
  if [ -f "$path" ] && printf '%s' "$content" | cmp -s - "$path"; then
    echo "unchanged: $path"; return 0
  fi
  CHANGES=$((CHANGES + 1))
  if [ "$DRY_RUN" = 1 ]; then
    echo "DRY-RUN: write $path:"; printf '%s' "$content" | sed 's/^/    /'; return 0
  fi
  mkdir -p "$(dirname "$path")" || fail "cannot create the folder of $path" "check the disk and permissions"
  if [ -f "$path" ]; then
    cp -p "$path" "$path.tp-backup.$(date +%Y%m%d%H%M%S)" || fail "cannot back up $path" "check free disk space"
  fi
  printf '%s' "$content" > "$path" || fail "cannot write $path" "check the disk and permissions"
  echo "wrote: $path"
}
# The file's text with a final newline (a file without one would glue the next line onto its last).
file_text() {
  if [ -s "$1" ]; then
    cat "$1"
    if [ -n "$(tail -c 1 "$1")" ]; then printf '\n'; fi
  fi
}
# Add a line unless the file already has it exactly.
ensure_line() {
  local path=$1 line=$2
  if [ -f "$path" ] && grep -qxF -- "$line" "$path"; then echo "unchanged: $path has $line"; return 0; fi
  write_file "$path" "$(file_text "$path"; printf '%s' "$line")"$'\n'
}
# Set KEY=VALUE: replace the line that sets KEY (with or without export) where it is, drop repeats, or add it.
ensure_kv() {
  local path=$1 key=$2 value=$3 next
  next=$(file_text "$path" | awk -v key="$key" -v line="$key=$value" '
    { bare = $0; sub(/^[ \t]*(export[ \t]+)?/, "", bare) }
    index(bare, key "=") == 1 { if (!done) print line; done = 1; next }
    { print }
    END { if (!done) print line }'; printf x)
  write_file "$path" "${next%x}"
}

# facts#161: each server belongs to one site and opens only that site's ports.
SITE=${SITE:-primary}
# shellcheck disable=SC2034 # not every script reads every site value
case $SITE in
  primary)
    site_tcp_ports=(443)
    site_udp_ports=(443)
    ;;
  *) echo "unknown site: $SITE (this plan has: primary)" >&2; exit 2 ;;
esac

# Changes need root; tests may dry-run as a normal user.
if [ "$(id -u)" -ne 0 ]; then
  if [ "$DRY_RUN" = 1 ] && [ "${TP_ALLOW_NON_ROOT:-0}" = 1 ]; then
    echo "note: not root; dry run only"
  else
    fail "this script must run as root" "run it with sudo"
  fi
fi

# Guard: never cut the SSH session this script runs in (sudo drops SSH_CONNECTION, so read it from an ancestor).
ip_to_int() {
  local a b c d
  IFS=. read -r a b c d <<< "$1"
  echo $(((a << 24) + (b << 16) + (c << 8) + d))
}
# True when two IPv4 CIDRs (or addresses) overlap; an address inside a network overlaps it.
cidr_overlap() {
  local a=${1%/*} b=${2%/*} ap=32 bp=32 p mask
  [ "$a" != "$1" ] && ap=${1#*/}
  [ "$b" != "$2" ] && bp=${2#*/}
  p=$((ap < bp ? ap : bp))
  mask=$(((0xFFFFFFFF << (32 - p)) & 0xFFFFFFFF))
  [ "$p" -eq 0 ] && mask=0
  [ $(($(ip_to_int "$a") & mask)) -eq $(($(ip_to_int "$b") & mask)) ]
}
ssh_client() {
  local pid=$$ found=${SSH_CONNECTION:-}
  while [ -z "$found" ] && [ "${pid:-0}" -gt 1 ]; do
    found=$({ tr '\0' '\n' < "/proc/$pid/environ"; } 2>/dev/null | sed -n 's/^SSH_CONNECTION=//p')
    pid=$(awk '/^PPid:/ {print $2}' "/proc/$pid/status" 2>/dev/null)
  done
  printf '%s' "${found%% *}"
}
ssh_plan_allows() { return 0; }
ssh_from=$(ssh_client)
ssh_from=${ssh_from#::ffff:}
ssh_plan='SSH from anywhere'
if [ -n "$ssh_from" ] && ! ssh_plan_allows "$ssh_from"; then
  guard_message="this session comes over SSH from ${ssh_from}, which the planned firewall does not let in (${ssh_plan}); the next login would be refused"
  if [ "$NO_SSH_GUARD" = 1 ]; then
    echo "note: ${guard_message}; continuing (--no-ssh-guard)"
  elif [ "$DRY_RUN" = 1 ]; then
    echo "DRY-RUN: a real run stops here: ${guard_message}"
  else
    fail "$guard_message" "add ${ssh_from}'s network to the plan's SSH sources and download the files again, or run from a console with --no-ssh-guard"
  fi
fi

# Turn off another active firewall first (its rules would still apply next to the planned one).
if systemctl is-active --quiet firewalld 2>/dev/null; then
  echo 'note: firewalld is active; turning it off: two firewalls both filter, and it would keep rejecting the Tunnel port; the plan chose iptables'
  run systemctl disable --now firewalld
fi
if command -v ufw >/dev/null 2>&1 && ufw status 2>/dev/null | grep -q '^Status: active'; then
  echo 'note: ufw is active; turning it off: two firewalls both filter, and it would keep rejecting the Tunnel port; the plan chose iptables'
  run ufw disable
fi

# facts#87, facts#88, facts#90: iptables: the site's Tunnel port for TCP and UDP, SSH as planned.
# Insert at the top, before a stock REJECT rule (RHEL); IPv6 gets the same rules so it is not left open.
IPT_CHANGED=0
ipt() { local cmd=$1; shift; if "$cmd" -C INPUT "$@" 2>/dev/null; then echo "unchanged: $cmd $*"; else run "$cmd" -I INPUT 1 "$@"; IPT_CHANGED=1; fi; }
ipt ip6tables -p tcp --dport 22 -j ACCEPT
ipt iptables -p tcp --dport 22 -j ACCEPT
for port in ${site_udp_ports[@]+"${site_udp_ports[@]}"}; do ipt iptables -p udp --dport "$port" -j ACCEPT; ipt ip6tables -p udp --dport "$port" -j ACCEPT; done
for port in "${site_tcp_ports[@]}"; do ipt iptables -p tcp --dport "$port" -j ACCEPT; ipt ip6tables -p tcp --dport "$port" -j ACCEPT; done
ipt iptables -p icmp -j ACCEPT
ipt ip6tables -p ipv6-icmp -j ACCEPT
ipt iptables -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ipt ip6tables -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
ipt iptables -i lo -j ACCEPT
ipt ip6tables -i lo -j ACCEPT
for cmd in iptables ip6tables; do
  if [ "$("$cmd" -S INPUT 2>/dev/null | head -n 1)" != "-P INPUT DROP" ]; then run "$cmd" -P INPUT DROP; IPT_CHANGED=1; fi
done
# Persist for the next boot, when something changed or the saved rules lack a planned port.
saved_v4=/etc/sysconfig/iptables
saved_v6=/etc/sysconfig/ip6tables
for port in "${site_tcp_ports[@]}"; do grep -qsF -- "--dport $port -j ACCEPT" "$saved_v4" "$saved_v6" || IPT_CHANGED=1; done
if [ "$IPT_CHANGED" = 1 ]; then
  run sh -c "iptables-save > $saved_v4"
  run sh -c "ip6tables-save > $saved_v6"
fi
for unit in iptables ip6tables; do systemctl is-enabled --quiet "$unit" 2>/dev/null || run systemctl enable "$unit"; done

# Done.
if [ "$DRY_RUN" = 1 ]; then echo "dry run finished: nothing was changed ($CHANGES file changes planned)"; else echo "firewall: done ($CHANGES file changes)"; fi

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
SITE=${SITE:-frankfurt}
# shellcheck disable=SC2034 # not every script reads every site value
case $SITE in
  frankfurt)
    site_tcp_ports=(443)
    site_udp_ports=(443)
    ;;
  *) echo "unknown site: $SITE (this plan has: frankfurt)" >&2; exit 2 ;;
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
ssh_sources=(10.20.0.0/24)
ssh_plan_allows() {
  case $1 in *:*) return 1 ;; esac
  for source in "${ssh_sources[@]}"; do cidr_overlap "$1" "$source" && return 0; done
  return 1
}
ssh_from=$(ssh_client)
ssh_from=${ssh_from#::ffff:}
ssh_plan='SSH only from 10.20.0.0/24'
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
if command -v ufw >/dev/null 2>&1 && ufw status 2>/dev/null | grep -q '^Status: active'; then
  echo 'note: ufw is active; turning it off: two firewalls both filter, and it would keep rejecting the Tunnel port; the plan chose firewalld'
  run ufw disable
fi

# facts#87, facts#88, facts#90: firewalld: the site's Tunnel port for TCP and UDP, SSH as planned.
systemctl is-active --quiet firewalld 2>/dev/null || run systemctl enable --now firewalld
# The zone of the interface with the default route (else the default zone) is the one devices arrive in.
fw_dev=$(ip -4 route show default 2>/dev/null | awk '{for (i = 1; i < NF; i++) if ($i == "dev") { print $(i + 1); exit }}')
fw_zone=$(firewall-cmd --get-zone-of-interface="$fw_dev" 2>/dev/null || firewall-cmd --get-default-zone 2>/dev/null || echo public)
echo "firewalld zone: ${fw_zone}"
# Change only what differs, permanent and runtime each; never --reload (it drops the container runtime's rules).
fw_one() {
  local want=$1 kind=$2 value=$3 present=0
  shift 3
  if firewall-cmd "$@" "--query-$kind=$value" >/dev/null 2>&1; then present=1; fi
  if [ "$want" = add ] && [ "$present" = 0 ]; then run firewall-cmd "$@" "--add-$kind=$value"
  elif [ "$want" = remove ] && [ "$present" = 1 ]; then run firewall-cmd "$@" "--remove-$kind=$value"
  else echo "unchanged: firewall-cmd $* $kind $value"; fi
}
fw_set() { fw_one "$@" --permanent --zone="$fw_zone"; fw_one "$@" --zone="$fw_zone"; }
for port in "${site_tcp_ports[@]}"; do fw_set add port "$port/tcp"; done
for port in ${site_udp_ports[@]+"${site_udp_ports[@]}"}; do fw_set add port "$port/udp"; done
fw_set add rich-rule 'rule family="ipv4" source address="10.20.0.0/24" service name="ssh" accept'
fw_set remove service ssh

# Done.
if [ "$DRY_RUN" = 1 ]; then echo "dry run finished: nothing was changed ($CHANGES file changes planned)"; else echo "firewall: done ($CHANGES file changes)"; fi

#!/usr/bin/env bash
# Prepares this server for Microsoft Tunnel as planned: proxy first, then packages, the container runtime,
# kernel modules and settings, auditd and the firewall. Idempotent: a second run changes nothing.
# It does not install Microsoft Tunnel itself (see README.md).
# Exit status: 0 done, 1 a step failed (the message says what to do), 2 wrong options.
set -euo pipefail

# Options.
DRY_RUN=0
SITE=
usage() { echo 'usage: prepare-server.sh [--dry-run]'; }
while [ "$#" -gt 0 ]; do
  case $1 in
    --dry-run) DRY_RUN=1 ;;
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

# facts#14: the plan was made for this distribution and version.
want_id=ubuntu
want_version=22.04
os_release=/etc/os-release
if [ -n "${TP_OS_RELEASE:-}" ]; then
  [ "$DRY_RUN" = 1 ] || fail "TP_OS_RELEASE is only for dry-run tests" "unset TP_OS_RELEASE"
  os_release=$TP_OS_RELEASE
fi
os_id=$(sed -n 's/^ID=//p' "$os_release" | tr -d '"')
os_version=$(sed -n 's/^VERSION_ID=//p' "$os_release" | tr -d '"')
distro_ok=0
if [ "$os_id" = "$want_id" ]; then
  case $os_version in "$want_version" | "$want_version".*) distro_ok=1 ;; esac
fi
if [ "$distro_ok" != 1 ]; then
  fail "this server runs ${os_id} ${os_version}, the plan is for ${want_id} ${want_version}" "use a server with the planned distribution or change the plan and download the files again"
fi
echo "distribution: ${os_id} ${os_version} (as planned)"

# Steps left for a person, printed at the end.
NEXT_STEPS=()

# facts#143, facts#63–65: install what is missing (jq and curl for the readiness tool, auditd, the planned firewall).
export DEBIAN_FRONTEND=noninteractive
pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
# A fresh server may have old package lists: update once when the first try fails.
pkg_install() {
  if [ "$DRY_RUN" = 1 ]; then run apt-get install -y "$@"; return 0; fi
  printf '+ apt-get install -y %s\n' "$*"
  apt-get install -y "$@" || { run apt-get update; run apt-get install -y "$@"; }
}
missing=()
for pkg in jq curl; do pkg_installed "$pkg" || missing+=("$pkg"); done
if [ "${#missing[@]}" -gt 0 ]; then pkg_install "${missing[@]}"; else echo "unchanged: the planned packages are installed"; fi

# facts#17, facts#25: Docker CE 19.03 or later, enabled at boot; Podman next to it would win the installer's choice.
# "1.2.3" >= "1.2"?
version_ge() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}
if ! command -v docker >/dev/null 2>&1; then
  # Docker CE from Docker's repository (Ubuntu's docker.io is not Docker CE).
  run install -m 0755 -d /etc/apt/keyrings
  [ -s /etc/apt/keyrings/docker.asc ] || run curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc
  # shellcheck source=/dev/null # the server's own os-release
  write_file /etc/apt/sources.list.d/docker.list "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu $(. /etc/os-release && echo "$VERSION_CODENAME") stable"$'\n'
  run apt-get update
  run apt-get install -y docker-ce docker-ce-cli containerd.io
fi
# Checked only when Docker is there: a dry run installed nothing.
if command -v docker >/dev/null 2>&1; then
  docker_version=$(docker --version | sed -n 's/^Docker version \([0-9][0-9.]*\).*/\1/p')
  # Docker rows name only "Docker CE": the floor is the whole version rule (facts#14, facts#17).
  version_ge "${docker_version:-0}" 19.03 || fail "Docker ${docker_version:-unknown} is older than 19.03" "install Docker CE 19.03 or later (facts#17)"
  echo "container runtime: Docker ${docker_version}"
fi
systemctl is-enabled --quiet docker 2>/dev/null || run systemctl enable --now docker
if command -v podman >/dev/null 2>&1; then NEXT_STEPS+=('remove Podman: mstunnel-setup uses Podman when both are installed (facts#25)'); fi

# facts#71–76: load the modules now and at every boot (modprobe is asked only for a module that is not there).
module_present() {
  local module=$1
  [ -d "/sys/module/$module" ] && return 0
  grep -qs "/$module.ko" "/lib/modules/$(uname -r)/modules.builtin" && return 0
  case $module in
    tun) [ -c /dev/net/tun ] ;;
    ip_tables) [ -e /proc/net/ip_tables_names ] ;;
    *) return 1 ;;
  esac
}
for module in ip_tables tun; do
  module_present "$module" || run modprobe "$module"
done
write_file /etc/modules-load.d/mstunnel_iptables.conf 'ip_tables
'
write_file /etc/modules-load.d/mstunnel_tun.conf 'tun
'

# facts#67–70: kernel settings now and at every boot.
write_file /etc/sysctl.d/90-mstunnel.conf '# facts#67, facts#69: IPv4 forwarding must be on and must survive reboots.
net.ipv4.ip_forward=1
'
[ "$(sysctl -n net.ipv4.ip_forward 2>/dev/null)" = 1 ] || run sysctl -w net.ipv4.ip_forward=1

# What is left to do by hand, then the order of work in README.md.
for step in ${NEXT_STEPS[@]+"${NEXT_STEPS[@]}"}; do echo "next: $step"; done
echo 'next: run tunnel-preflight.sh, then follow README.md (readiness tool, certificate, mstunnel-setup)'

# Done.
if [ "$DRY_RUN" = 1 ]; then echo "dry run finished: nothing was changed ($CHANGES file changes planned)"; else echo "prepare-server: done ($CHANGES file changes)"; fi

#!/usr/bin/env bash
# Prepares this server for Microsoft Tunnel as planned. Idempotent: re-running changes nothing.
# Usage: sudo ./prepare-server.sh [--dry-run]
set -euo pipefail

# Options: --dry-run prints every action and changes nothing.
DRY_RUN=0
for arg in "$@"; do
  case $arg in
    --dry-run) DRY_RUN=1 ;;
    -h|--help) echo 'usage: prepare-server.sh [--dry-run]'; exit 0 ;;
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

# facts#14: the plan was made for this distribution and version.
want_id=rhel
want_version=9.6
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

# facts#143: the readiness tool needs jq and curl.
missing=()
for tool in jq curl; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
if [ "${#missing[@]}" -gt 0 ]; then
  run dnf install -y "${missing[@]}"
else
  echo "unchanged: jq and curl are installed"
fi

# facts#63–66: auditd before mstunnel-setup so the Tunnel folders are audited.
if ! command -v auditctl >/dev/null 2>&1; then
  run dnf install -y audit audispd-plugins
fi
systemctl is-enabled --quiet auditd 2>/dev/null || run systemctl enable auditd
systemctl is-active --quiet auditd 2>/dev/null || run service auditd start

# facts#71–76: load ip_tables and tun now and at every boot.
for module in ip_tables tun; do
  [ -d "/sys/module/$module" ] || run modprobe "$module"
done
write_file /etc/modules-load.d/mstunnel_iptables.conf 'ip_tables
'
write_file /etc/modules-load.d/mstunnel_tun.conf 'tun
'

# facts#67–70: IPv4 forwarding now and at every boot.
write_file /etc/sysctl.d/90-mstunnel.conf '# facts#67, facts#69: IPv4 forwarding must be on and must survive reboots.
net.ipv4.ip_forward=1
'
[ "$(cat /proc/sys/net/ipv4/ip_forward)" = 1 ] || run sysctl -w net.ipv4.ip_forward=1

# facts#87, facts#88, facts#90: open the Tunnel port for TCP and UDP; SSH only from the planned sources; nothing else.
run systemctl enable --now firewalld
run firewall-cmd --permanent --add-port=443/tcp
run firewall-cmd --permanent --add-port=443/udp
run firewall-cmd --permanent '--add-rich-rule=rule family="ipv4" source address="10.40.10.0/24" service name="ssh" accept'
run firewall-cmd --permanent --remove-service=ssh
run firewall-cmd --permanent --remove-service=cockpit
run firewall-cmd --reload

# Print what to do next.
echo 'Next steps (this script does not install Microsoft Tunnel):'
echo '  1. Run tunnel-preflight.sh and fix every FAIL.'
echo '  2. Readiness tool (facts#141, facts#145): wget --output-document=mst-readiness https://aka.ms/microsofttunnelready && chmod +x mst-readiness && sudo ./mst-readiness network && sudo ./mst-readiness utils'
echo '  3. Place the TLS certificate (facts#47): full chain in /etc/mstunnel/certs/site.crt, key without password in /etc/mstunnel/private/site.key'
echo '  4. Install (facts#168): wget --output-document=mstunnel-setup https://aka.ms/microsofttunneldownload && chmod +x mstunnel-setup && sudo ./mstunnel-setup'
echo '  6. On RHEL 8.4 or later run sudo mst-cli server restart after setup (facts#27).'

# Done.
if [ "$DRY_RUN" = 1 ]; then echo "dry run finished: nothing was changed ($CHANGES file changes planned)"; else echo "prepare-server: done ($CHANGES file changes)"; fi

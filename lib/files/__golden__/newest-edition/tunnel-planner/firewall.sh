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

# Changes need root; tests may dry-run as a normal user.
if [ "$(id -u)" -ne 0 ]; then
  if [ "$DRY_RUN" = 1 ] && [ "${TP_ALLOW_NON_ROOT:-0}" = 1 ]; then
    echo "note: not root; dry run only"
  else
    fail "this script must run as root" "run it with sudo"
  fi
fi

# facts#87, facts#88, facts#90: open the Tunnel port for TCP and UDP; SSH only from the planned sources; nothing else.
run systemctl enable --now firewalld
run firewall-cmd --permanent --add-port=443/tcp
run firewall-cmd --permanent --add-port=443/udp
run firewall-cmd --permanent '--add-rich-rule=rule family="ipv4" source address="10.40.10.0/24" service name="ssh" accept'
run firewall-cmd --permanent --remove-service=ssh
run firewall-cmd --permanent --remove-service=cockpit
run firewall-cmd --reload

# Done.
if [ "$DRY_RUN" = 1 ]; then echo "dry run finished: nothing was changed"; else echo "firewall: done"; fi

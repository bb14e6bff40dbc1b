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
run ufw allow 443/tcp
run ufw allow 8443/tcp
run ufw allow 443/udp
run ufw allow 8443/udp
run ufw allow from 10.250.0.0/24 to any port 22 proto tcp
run ufw allow from 10.251.0.0/24 to any port 22 proto tcp
# SSH only as planned: drop an existing allow-from-anywhere SSH rule.
ufw_rules=$(ufw status 2>/dev/null || true)
for rule in OpenSSH 22/tcp 22; do
  if grep -Eq "^${rule}[[:space:]]+ALLOW[[:space:]]+Anywhere" <<< "$ufw_rules"; then run ufw delete allow "$rule"; fi
done
run ufw default deny incoming
run ufw default allow outgoing
run ufw --force enable

# Done.
if [ "$DRY_RUN" = 1 ]; then echo "dry run finished: nothing was changed"; else echo "firewall: done"; fi

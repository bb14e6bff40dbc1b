#!/usr/bin/env bash
# Builds (once) the Debian 12 root filesystem the real-userland test runs prepare-server.sh in, and prints its path.
# Cached outside the clone (TP_USERLAND_CACHE, default /var/cache/tunnel-planner), keyed by this file's content, so
# a change here builds a new one. It holds every package the Ubuntu/Docker scripts would install, because the
# test's network namespace has no network; iptables-persistent waits as .deb files for an offline install.
# Exit status: 0 ready, 1 the build failed, 3 cannot build here (the message says what to install).
set -euo pipefail

cache=${TP_USERLAND_CACHE:-/var/cache/tunnel-planner}
packages=(iproute2 procps kmod ufw nftables iptables jq curl auditd audispd-plugins ca-certificates openssl docker.io)
offline=(iptables-persistent)

# The mirror apt uses on this machine (deb822 sources or sources.list), so debootstrap needs no other network.
mirror=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources 2>/dev/null | grep -v security | head -n 1 || true)
[ -n "$mirror" ] || mirror=$(awk '$1 == "deb" && $3 == "bookworm" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}

key=$( { cat "$0"; printf '%s\n' "$mirror"; } | sha256sum | cut -c1-12)
root=$cache/debian12-$key
if [ -f "$root/.tp-complete" ]; then echo "$root"; exit 0; fi

if [ "$(id -u)" -ne 0 ]; then
  echo "The real-userland test needs root to build its Debian 12 root filesystem (debootstrap) and to enter it (many file owners)." >&2
  echo "Run the tests as root (CI does), or build the cache once: sudo bash scripts/userland/rootfs.sh" >&2
  exit 3
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "> installing debootstrap" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2 || { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2; }
  fi
  command -v debootstrap >/dev/null 2>&1 || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 3; }
fi
unshare --user --map-root-user --net true 2>/dev/null || { echo "user and network namespaces are not available (unshare --user --net failed): the kernel must allow them" >&2; exit 3; }

mkdir -p "$cache"
tmp=$(mktemp -d "$cache/build.XXXXXX")
cleanup() { umount -R "$tmp/root/proc" "$tmp/root/sys" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
started=$SECONDS
echo "> debootstrap bookworm from $mirror (a few minutes, once)" >&2
debootstrap --variant=minbase --include="$(IFS=,; echo "${packages[*]}")" bookworm "$tmp/root" "$mirror" >"$tmp/debootstrap.log" 2>&1 \
  || { tail -n 20 "$tmp/debootstrap.log" >&2; exit 1; }
cp /etc/resolv.conf "$tmp/root/etc/resolv.conf"
chroot "$tmp/root" apt-get install -y -qq --download-only "${offline[@]}" >&2
rm -f "$tmp/root/etc/resolv.conf"
umount -R "$tmp/root/proc" "$tmp/root/sys" 2>/dev/null || true
touch "$tmp/root/.tp-complete"
# Another run may have finished the same build meanwhile: keep the first.
mv -T "$tmp/root" "$root" 2>/dev/null || [ -f "$root/.tp-complete" ] || exit 1
# Builds of older versions of this file, unused for a day, go.
find "$cache" -maxdepth 1 -name 'debian12-*' ! -name "debian12-$key" -mtime +1 -exec rm -rf {} + 2>/dev/null || true
echo "> root filesystem ready in $((SECONDS - started)) s: $root" >&2
echo "$root"

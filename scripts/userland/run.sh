#!/usr/bin/env bash
# Runs a test's steps in a fresh copy of the cached root filesystem, entered with its own user, network, mount and
# PID namespaces plus chroot: nothing it does reaches the host's firewall, sysctls or kernel modules.
# Usage: run.sh ROOTFS STEPS RESULTS BUNDLE
#   ROOTFS   the cached Debian 12 tree (rootfs.sh); it stays untouched: an overlay takes every write
#   STEPS    a bash file defining steps(); it calls in_root, step and snapshot (below)
#   RESULTS  a host folder, seen inside as /tp-results: outputs, the stand-ins' call log and their unit state
#   BUNDLE   the generated files, seen inside as /tp-bundle (read-only)
# Only the service manager (systemd is not PID 1) and modprobe (the kernel is the host's) are stand-ins.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ "${1:-}" != --inside ]; then
  [ "$#" -eq 4 ] || { echo "usage: run.sh ROOTFS STEPS RESULTS BUNDLE" >&2; exit 2; }
  work=$(mktemp -d "${TMPDIR:-/tmp}/tp-userland.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work/upper" "$work/work" "$work/merged"
  status=0
  unshare --user --map-root-user --net --mount --pid --fork --kill-child \
    "$here/run.sh" --inside "$1" "$(realpath "$2")" "$(realpath "$3")" "$(realpath "$4")" "$work" || status=$?
  exit "$status"
fi

rootfs=$2 steps=$3 results=$4 bundle=$5 work=$6
merged=$work/merged
mount --make-rprivate /
# userxattr: whiteouts and opaque folders that a user namespace may write (removing a package needs them).
mount -t overlay overlay -o "lowerdir=$rootfs,upperdir=$work/upper,workdir=$work/work,userxattr" "$merged"
mount --rbind /dev "$merged/dev"
mount -t proc proc "$merged/proc"
mount -t sysfs sysfs "$merged/sys"
mkdir -p "$merged/tp-results" "$merged/tp-bundle"
mount --bind "$results" "$merged/tp-results"
mount --bind "$bundle" "$merged/tp-bundle"
mount -o remount,bind,ro "$merged/tp-bundle"
ip link set lo up
install -m 0755 "$here"/standins/* "$merged/usr/local/sbin/"
# apt drops to its _apt user, which a namespace that maps only root cannot switch to: keep apt's work as root here.
echo 'APT::Sandbox::User "root";' > "$merged/etc/apt/apt.conf.d/00tp-userns"

# Run a command as root inside the root filesystem, with a clean environment; extra VAR=value pairs come first.
in_root() { chroot "$merged" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root TP_STANDIN_DIR=/tp-results "$@"; }
# step NAME [VAR=value...] command...: stdout, stderr and the exit status into RESULTS/NAME.*
step() {
  local name=$1 status=0
  shift
  in_root "$@" > "$results/$name.out" 2> "$results/$name.err" || status=$?
  echo "$status" > "$results/$name.status"
}
# Every path the runs created or changed (the overlay's upper layer), with type, mode and content hash.
snapshot() {
  (
    cd "$work/upper"
    find . \( -path ./tp-results -o -path ./tp-bundle -o -path ./tmp -o -path ./run \) -prune -o -printf '%p %y %m\n' | sort
    find . \( -path ./tp-results -o -path ./tp-bundle -o -path ./tmp -o -path ./run \) -prune -o -type f -print0 | sort -z | xargs -0 -r sha256sum
  ) > "$results/$1.tree"
}

# shellcheck source=/dev/null
. "$steps"
steps

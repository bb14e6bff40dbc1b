#!/usr/bin/env bash
# Exit status: 0 done, 1 a step failed (the message says what to do), 2 wrong options.
set -euo pipefail

# Options.
SITE=
usage() { echo 'usage: cloud-aws-security-group.sh'; }
while [ "$#" -gt 0 ]; do
  case $1 in
    --site) [ "$#" -ge 2 ] || { usage >&2; exit 2; }; SITE=$2; shift ;;
    --site=*) SITE=${1#--site=} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

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

# Set this before running.
: "${AWS_SECURITY_GROUP_ID:?set AWS_SECURITY_GROUP_ID to the security group of the Tunnel instance}"

# A rule that exists already is fine: AWS answers InvalidPermission.Duplicate, so re-runs pass.
allow_in() {
  local out
  if out=$(aws ec2 authorize-security-group-ingress --group-id "$AWS_SECURITY_GROUP_ID" "$@" 2>&1); then
    echo "added: $*"
  elif [[ $out == *InvalidPermission.Duplicate* ]]; then
    echo "unchanged: $*"
  else
    printf '%s\n' "$out" >&2
    exit 1
  fi
}

# SSH is opened only from the planned source networks, never from the whole internet.
echo 'SSH from: 203.0.113.0/24'

# facts#87, facts#88: inbound TCP and UDP on the site's port (facts#161: one site's rules per security group).
rules_primary() {
  allow_in --protocol tcp --port 443 --cidr 0.0.0.0/0
  allow_in --protocol udp --port 443 --cidr 0.0.0.0/0
  allow_in --protocol tcp --port 22 --cidr 203.0.113.0/24
}
rules_"${SITE//-/_}"

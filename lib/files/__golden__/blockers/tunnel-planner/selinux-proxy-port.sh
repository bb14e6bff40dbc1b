#!/usr/bin/env bash
# facts#111: Run it on the RHEL server with SELinux enforcing or permissive.
set -euo pipefail

# The planned proxy port and the port lookup.
port=8080
# shellcheck disable=SC2016 # awk program, expanded by awk
port_in_type='$2 == "tcp" && (type == "" || $1 == type) { for (i = 3; i <= NF; i++) { gsub(",", "", $i); if ($i == port) found = 1 } } END { exit !found }'
ports=$(sudo semanage port -l)

# facts#112: already in http_port_t? Then nothing to do.
if printf '%s\n' "$ports" | awk -v port="$port" -v type=http_port_t "$port_in_type"; then
  echo "tcp/${port} is already http_port_t"
  exit 0
fi

# facts#111: -m when another type owns the port (e.g. squid_port_t), -a when no type does.
if printf '%s\n' "$ports" | awk -v port="$port" -v type= "$port_in_type"; then
  sudo semanage port -m -t http_port_t -p tcp "$port"
else
  sudo semanage port -a -t http_port_t -p tcp "$port"
fi
sudo semanage port -l | grep -w -- "http_port_t"

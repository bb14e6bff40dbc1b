#!/usr/bin/env bash
# Change the podman bridge from 10.88.0.0/16 to 192.168.128.0/24.
# Run AFTER mstunnel-setup (facts#56: the bridge can only be changed after installation).
set -euo pipefail

# Planned bridge subnet and gateway.
subnet=192.168.128.0/24
gateway=192.168.128.1

# Which network backend does this Podman use? (facts §2 item 8)
# Podman 3 has no NetworkBackend field and only knows CNI.
backend=$(sudo podman info --format '{{.Host.NetworkBackend}}' 2>/dev/null || echo cni)
echo "Podman network backend: ${backend}"

# facts#57: stop the Tunnel server and agent first.
sudo mst-cli server stop
sudo mst-cli agent stop

# facts#61: CNI keeps the bridge in 87-podman-bridge.conflist; netavark has no such file (facts §2 item 8).
if [ "$backend" = "cni" ]; then
  if ip link show cni-podman0 >/dev/null 2>&1; then sudo ip link del cni-podman0; fi
  sudo cp -p /etc/cni/net.d/87-podman-bridge.conflist /etc/cni/net.d/87-podman-bridge.conflist.bak
  sudo jq --arg s "$subnet" --arg g "$gateway" '(.plugins[] | select(.type == "bridge") | .ipam.ranges) = [[{subnet: $s, gateway: $g}]]' /etc/cni/net.d/87-podman-bridge.conflist.bak | sudo tee /etc/cni/net.d/87-podman-bridge.conflist >/dev/null
else
  # netavark: the default network comes from containers.conf (not in Microsoft's docs, facts#62).
  if ip link show podman0 >/dev/null 2>&1; then sudo ip link del podman0; fi
  sudo mkdir -p /etc/containers/containers.conf.d
  printf '[network]\ndefault_subnet = "%s"\n' "$subnet" | sudo tee /etc/containers/containers.conf.d/90-mstunnel-bridge.conf >/dev/null
fi

# Check the default network now uses the planned subnet.
sudo podman network inspect podman --format '{{range .Subnets}}{{.Subnet}} {{end}}'

# facts#60: start the agent, then the server.
sudo mst-cli agent start
sudo mst-cli server start

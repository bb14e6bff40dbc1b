#!/usr/bin/env bash
# Change the docker bridge from 172.17.0.0/16 to 192.168.128.0/24.
# Run AFTER mstunnel-setup (facts#56: the bridge can only be changed after installation).
set -euo pipefail

# bip is the gateway address plus prefix, not the network address (facts §2 item 9).
bip=192.168.128.1/24

# facts#57: stop the Tunnel server and agent first.
sudo mst-cli server stop
sudo mst-cli agent stop

# facts#58: delete the old bridge device.
if ip link show docker0 >/dev/null 2>&1; then sudo ip link del docker0; fi

# facts#59: set bip, keeping other keys of an existing daemon.json; sudo tee, never sudo echo > (facts §2 item 9).
if sudo test -s /etc/docker/daemon.json; then
  sudo cp -p /etc/docker/daemon.json /etc/docker/daemon.json.bak
  sudo jq --arg bip "$bip" '.bip = $bip' /etc/docker/daemon.json.bak | sudo tee /etc/docker/daemon.json >/dev/null
else
  sudo mkdir -p /etc/docker
  printf '{\n  "bip": "%s"\n}\n' "$bip" | sudo tee /etc/docker/daemon.json >/dev/null
fi

# The docs omit the restart; Docker reads bip only at start (facts §2 item 9).
sudo systemctl restart docker
ip -4 addr show docker0

# facts#60: start the agent, then the server.
sudo mst-cli agent start
sudo mst-cli server start

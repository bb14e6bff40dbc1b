#!/usr/bin/env bash
set -euo pipefail

# facts#66: install before mstunnel-setup (Ubuntu: manual install).
sudo apt-get update
sudo apt-get install -y auditd audispd-plugins
sudo systemctl enable auditd
if ! systemctl is-active --quiet auditd; then sudo service auditd start; fi
systemctl is-active auditd

#!/usr/bin/env bash
set -euo pipefail

# facts#66: install before mstunnel-setup (RHEL family).
sudo dnf install -y audit audispd-plugins
sudo systemctl enable auditd
if ! systemctl is-active --quiet auditd; then sudo service auditd start; fi
systemctl is-active auditd

#!/usr/bin/env bash
# Installs auditd before mstunnel-setup, so the Tunnel folders are audited.
set -euo pipefail

# facts#66: install before mstunnel-setup (Ubuntu: manual install, facts#65).
sudo apt-get update
sudo apt-get install -y auditd audispd-plugins
sudo systemctl enable auditd
# RHEL refuses systemctl start/stop of auditd; service works everywhere.
if ! systemctl is-active --quiet auditd; then sudo service auditd start; fi
systemctl is-active auditd

#!/usr/bin/env bash
# Installiert auditd vor mstunnel-setup, damit die Tunnel-Verzeichnisse überwacht werden.
set -euo pipefail

# facts#66: install before mstunnel-setup (RHEL family, facts#64).
sudo dnf install -y audit audispd-plugins
sudo systemctl enable auditd
# RHEL refuses systemctl start/stop of auditd; service works everywhere.
if ! systemctl is-active --quiet auditd; then sudo service auditd start; fi
systemctl is-active auditd

#!/usr/bin/env bash
set -euo pipefail

# Set this before running.
: "${AWS_SECURITY_GROUP_ID:?set AWS_SECURITY_GROUP_ID to the security group of the Tunnel instance}"

# facts#87, facts#88: inbound TCP and UDP on each site port; SSH only from the planned sources.
aws ec2 authorize-security-group-ingress --group-id "$AWS_SECURITY_GROUP_ID" --protocol tcp --port 443 --cidr 0.0.0.0/0
aws ec2 authorize-security-group-ingress --group-id "$AWS_SECURITY_GROUP_ID" --protocol udp --port 443 --cidr 0.0.0.0/0
aws ec2 authorize-security-group-ingress --group-id "$AWS_SECURITY_GROUP_ID" --protocol tcp --port 22 --cidr 0.0.0.0/0

#!/usr/bin/env bash
set -euo pipefail

# Set these for your subscription before running.
: "${AZ_RESOURCE_GROUP:?set AZ_RESOURCE_GROUP to the resource group of the NSG}"
: "${AZ_NSG_NAME:?set AZ_NSG_NAME to the network security group of the Tunnel NIC}"

# facts#87, facts#88: inbound TCP and UDP on each site port; SSH only from the planned sources.
az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-tcp-443 --priority 300 --direction Inbound --access Allow --protocol Tcp --destination-port-ranges 443 --source-address-prefixes Internet
az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-udp-443 --priority 310 --direction Inbound --access Allow --protocol Udp --destination-port-ranges 443 --source-address-prefixes Internet
az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-tcp-22 --priority 320 --direction Inbound --access Allow --protocol Tcp --destination-port-ranges 22 --source-address-prefixes 10.40.10.0/24

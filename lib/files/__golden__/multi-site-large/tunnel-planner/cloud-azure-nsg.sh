#!/usr/bin/env bash
# az network nsg rule create creates or updates a rule by name, so a second run changes nothing.
# Exit status: 0 done, 1 a step failed (the message says what to do), 2 wrong options.
set -euo pipefail

# Options.
SITE=
usage() { echo 'usage: cloud-azure-nsg.sh --site frankfurt|dublin|singapore'; }
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
# shellcheck disable=SC2034 # not every script reads every site value
case $SITE in
  frankfurt)
    site_tcp_ports=(443)
    site_udp_ports=(443)
    ;;
  dublin)
    site_tcp_ports=(443)
    site_udp_ports=(443)
    ;;
  singapore)
    site_tcp_ports=(8443)
    site_udp_ports=(8443)
    ;;
  "") echo 'this plan has 3 sites: name this server'\''s site with --site (frankfurt, dublin, singapore)' >&2; exit 2 ;;
  *) echo "unknown site: $SITE (this plan has: frankfurt, dublin, singapore)" >&2; exit 2 ;;
esac

# Set these for your subscription before running.
: "${AZ_RESOURCE_GROUP:?set AZ_RESOURCE_GROUP to the resource group of the NSG}"
: "${AZ_NSG_NAME:?set AZ_NSG_NAME to the network security group of the Tunnel NIC}"

# SSH is opened only from the planned source networks, never from the whole internet.
echo 'SSH from: 10.250.0.0/24, 10.251.0.0/24'

# facts#87, facts#88: inbound TCP and UDP on the site's port (facts#161: one site's rules per security group).
rules_frankfurt() {
  az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-tcp-443 --priority 300 --direction Inbound --access Allow --protocol Tcp --destination-port-ranges 443 --source-address-prefixes Internet --output none
  az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-udp-443 --priority 310 --direction Inbound --access Allow --protocol Udp --destination-port-ranges 443 --source-address-prefixes Internet --output none
  az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-tcp-22 --priority 320 --direction Inbound --access Allow --protocol Tcp --destination-port-ranges 22 --source-address-prefixes 10.250.0.0/24 10.251.0.0/24 --output none
}
rules_dublin() {
  az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-tcp-443 --priority 300 --direction Inbound --access Allow --protocol Tcp --destination-port-ranges 443 --source-address-prefixes Internet --output none
  az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-udp-443 --priority 310 --direction Inbound --access Allow --protocol Udp --destination-port-ranges 443 --source-address-prefixes Internet --output none
  az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-tcp-22 --priority 320 --direction Inbound --access Allow --protocol Tcp --destination-port-ranges 22 --source-address-prefixes 10.250.0.0/24 10.251.0.0/24 --output none
}
rules_singapore() {
  az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-tcp-8443 --priority 300 --direction Inbound --access Allow --protocol Tcp --destination-port-ranges 8443 --source-address-prefixes Internet --output none
  az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-udp-8443 --priority 310 --direction Inbound --access Allow --protocol Udp --destination-port-ranges 8443 --source-address-prefixes Internet --output none
  az network nsg rule create --resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME" --name mstunnel-tcp-22 --priority 320 --direction Inbound --access Allow --protocol Tcp --destination-port-ranges 22 --source-address-prefixes 10.250.0.0/24 10.251.0.0/24 --output none
}
rules_"${SITE//-/_}"

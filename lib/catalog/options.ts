// Option lists for plan fields: the zod enums, UI selects and tests all derive from these.

/** facts#2, facts#3: Plan 1 is the minimum; Tunnel for MAM needs Plan 2 or the Suite. */
export const INTUNE_PLANS = ["none", "plan1", "plan2", "suite"] as const;
export const VPN_MODES = ["full-device", "per-app"] as const;
/** facts#121, facts#123: the proxy pushed to devices in the VPN profile. */
export const DEVICE_PROXY_MODES = ["none", "direct", "pac"] as const;
/** facts#4: auto = the runtime the catalog pairs with the distro. */
export const CONTAINER_CHOICES = ["auto", "docker", "podman"] as const;
export const CONTAINER_RUNTIMES = ["docker", "podman"] as const;
/** facts#30: 64-bit AMD/Intel only; arm64 is listed so it can be flagged. */
export const CPU_ARCHES = ["x86_64", "arm64"] as const;
export const HOSTINGS = ["on-premises", "azure", "aws", "gcp", "other-cloud"] as const;
/** facts#80: cloud VMs need a private path to on-premises resources. */
export const ONPREM_CONNECTIVITY = ["expressroute", "vpn", "direct-connect", "none"] as const;
/** facts#79: two NICs recommended, one allowed. */
export const NIC_COUNTS = [1, 2] as const;
export const SELINUX_MODES = ["enforcing", "permissive", "disabled"] as const;
export const FIREWALLS = ["auto", "firewalld", "ufw", "nftables", "iptables", "none"] as const;
/** facts#36, facts#42: a private CA needs a trusted certificate profile on devices. */
export const CERT_ISSUERS = ["public", "private"] as const;
/** facts#43 */
export const CERT_FORMATS = ["pem", "pfx"] as const;
export const KEY_ALGORITHMS = ["rsa", "ecdsa"] as const;
/** facts#44: the OCSP/CRL address must be reachable from the server. */
export const REVOCATION_MODES = ["ocsp", "crl", "both", "none"] as const;
/** facts#120: the server only takes a static HTTP(S) proxy, no PAC. */
export const SERVER_PROXY_MODES = ["none", "http"] as const;

export type ContainerRuntime = (typeof CONTAINER_RUNTIMES)[number];

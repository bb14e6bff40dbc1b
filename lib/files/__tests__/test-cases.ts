/**
 * Plans for the files engine's own golden tests, independent of the engine's fixtures: each switches on a different
 * set of builders (runtime, firewall, proxy, SELinux, cloud, rootless, several sites). Partial plans: parsePlan fills
 * the rest, and evaluatePlan decides report.setup, so the files are rendered from real engine decisions.
 */
const base = {
  name: "Contoso rollout",
  planningDate: "2026-11-28",
  sites: [{ name: "Primary", publicAddress: "tunnel.contoso.com", port: 443 }],
  tls: { subjectNames: ["tunnel.contoso.com"] },
};

export const FILES_CASES: Record<string, Record<string, unknown>> = {
  "files-minimal-ubuntu": {
    ...base,
    name: "Minimal",
    server: { distro: "ubuntu-22.04", firewall: "none", ssh: { enabled: false, sourceCidrs: [] }, auditd: false },
  },
  "files-ubuntu-docker-proxy-azure": {
    ...base,
    server: {
      distro: "ubuntu-22.04",
      hosting: "azure",
      onPremConnectivity: "expressroute",
      ssh: { enabled: true, sourceCidrs: ["10.1.0.0/16", "192.0.2.10/32"] },
    },
    network: { internalCidrs: ["172.16.0.0/12", "10.0.0.0/8"], dnsServers: ["10.0.0.10"] },
    serverProxy: {
      mode: "http",
      address: "proxy.contoso.com",
      port: 8080,
      noProxy: ["127.0.0.1", "localhost", ".contoso.local"],
    },
  },
  "files-ubuntu-iptables-ssh-anywhere": {
    ...base,
    name: "Ubuntu iptables",
    server: {
      distro: "ubuntu-22.04",
      firewall: "iptables",
      hosting: "aws",
      onPremConnectivity: "vpn",
      ssh: { enabled: true, sourceCidrs: [] },
    },
  },
  "files-rhel-podman-rootless-aws": {
    ...base,
    name: "Fabrikam RHEL (rootless)",
    server: {
      distro: "rhel-9.4",
      rootlessPodman: true,
      hosting: "aws",
      onPremConnectivity: "vpn",
      ssh: { enabled: true, sourceCidrs: ["203.0.113.0/24"] },
    },
    network: { bridgeCidr: "192.168.200.0/24" },
    tls: { subjectNames: ["tunnel.contoso.com"], issuer: "private", format: "pfx", validityDays: 730 },
    serverProxy: { mode: "http", address: "10.10.10.1", port: 3128 },
  },
  "files-rhel8-nftables-two-sites": {
    ...base,
    name: "Northwind two sites",
    devices: { ios: 3000 },
    sites: [
      { name: "Berlin", devices: 2000, publicAddress: "vpn-ber.northwind.example", port: 443 },
      { name: "Munich", devices: 1000, publicAddress: "vpn-muc.northwind.example", port: 8443, disableUdp: true },
    ],
    server: {
      distro: "rhel-8.10",
      firewall: "nftables",
      selinux: "permissive",
      auditd: false,
      ssh: { enabled: true, sourceCidrs: ["10.20.0.0/16"] },
    },
    network: { internalCidrs: ["10.0.0.0/8"] },
    tls: { subjectNames: ["*.northwind.example"] },
  },
  "files-centos7-iptables": {
    ...base,
    name: "Legacy CentOS",
    server: { distro: "centos-7", firewall: "iptables", selinux: "disabled" },
    serverProxy: { mode: "http", address: "proxy.legacy.example", port: 3128 },
  },
  // Issue 10: Podman 5 has no CNI, so the bridge change uses netavark only (editions.md §5.3).
  "files-rhel96-podman5-bridge": {
    ...base,
    name: "RHEL 9.6 with Podman 5",
    locale: "de",
    edition: "2026-09-03",
    server: { distro: "rhel-9.6", firewall: "firewalld", ssh: { enabled: true, sourceCidrs: ["10.30.0.0/16"] } },
    network: { internalCidrs: ["10.0.0.0/8"] },
    serverProxy: { mode: "http", address: "proxy.fabrikam.example", port: 8080 },
  },
  "files-ubuntu2404-docker": {
    ...base,
    name: "Ubuntu 24.04",
    edition: "2026-09-03",
    server: { distro: "ubuntu-24.04", firewall: "ufw", ssh: { enabled: true, sourceCidrs: [] } },
    network: { internalCidrs: ["172.16.0.0/12"] },
  },
};

import type { FilesPlan, FilesReport } from "./input";

/**
 * Plans + reports for the files engine's own golden tests, independent of the engine's fixtures:
 * each case switches on a different set of builders (runtime, firewall, proxy, SELinux, cloud, rootless).
 */
export interface FilesCase {
  plan: FilesPlan;
  report: FilesReport;
}

const FQDNS: FilesReport["fqdns"] = [
  { host: "*.manage.microsoft.com", purpose: "Intune service", required: true },
  { host: "manage.microsoft.com", purpose: "Intune service (probed by the readiness tool)", required: true },
  { host: "login.microsoftonline.com", purpose: "Microsoft Entra sign-in", required: true },
  { host: "graph.microsoft.com", purpose: "Microsoft Graph", required: true },
  { host: "mcr.microsoft.com", purpose: "Container images, \"MAR\"", required: true },
  { host: "*.data.mcr.microsoft.com", purpose: "Container image data, CDN", required: true },
];

const base: FilesPlan = {
  name: "Contoso rollout",
  sites: [{ name: "Primary", publicAddress: "tunnel.contoso.com", port: 443, disableUdp: false }],
  server: {
    distro: "ubuntu-22.04",
    rootlessPodman: false,
    cpuArch: "x86_64",
    hosting: "on-premises",
    selinux: "enforcing",
    firewall: "auto",
    ssh: { enabled: true, sourceCidrs: [] },
    auditd: true,
  },
  network: {
    internalCidrs: [],
    clientPool: "169.254.0.0/16",
    dnsServers: [],
    splitTunnel: { include: [], exclude: [] },
    bridgeCidr: null,
  },
  tls: {
    subjectNames: ["tunnel.contoso.com"],
    issuer: "public",
    format: "pem",
    validityDays: 397,
    keyAlgorithm: "rsa",
    keyBits: 2048,
    revocation: "ocsp",
  },
  serverProxy: { mode: "none", address: "", port: 3128, noProxy: ["127.0.0.1", "localhost"] },
};

const sizing = (cpus: number, memoryGb: number, diskGb: number, names = ["Primary"]) => ({
  sites: names.map((name) => ({ name, cpusPerServer: cpus, memoryGbPerServer: memoryGb, diskGbPerServer: diskGb })),
});

export const FILES_CASES: Record<string, FilesCase> = {
  "files-minimal-ubuntu": {
    plan: {
      ...base,
      name: "Minimal",
      server: { ...base.server, firewall: "none", ssh: { enabled: false, sourceCidrs: [] }, auditd: false },
    },
    report: { os: { distro: "ubuntu-22.04", container: "docker" }, sizing: sizing(4, 4, 30), fqdns: FQDNS, findings: [] },
  },
  "files-ubuntu-docker-proxy-azure": {
    plan: {
      ...base,
      server: { ...base.server, hosting: "azure", ssh: { enabled: true, sourceCidrs: ["10.1.0.0/16", "192.0.2.10/32"] } },
      network: { ...base.network, internalCidrs: ["172.16.0.0/12", "10.0.0.0/8"], dnsServers: ["10.0.0.10"] },
      serverProxy: { mode: "http", address: "proxy.contoso.com", port: 8080, noProxy: ["127.0.0.1", "localhost", ".contoso.local"] },
    },
    report: {
      os: { distro: "ubuntu-22.04", container: "docker" },
      sizing: sizing(8, 8, 30),
      fqdns: FQDNS,
      findings: [{ id: "bridge-overlap" }],
    },
  },
  "files-rhel-podman-rootless-aws": {
    plan: {
      ...base,
      name: "Fabrikam RHEL (rootless)",
      server: { ...base.server, distro: "rhel-9.4", rootlessPodman: true, hosting: "aws", ssh: { enabled: true, sourceCidrs: ["203.0.113.0/24"] } },
      network: { ...base.network, bridgeCidr: "192.168.200.0/24" },
      tls: { ...base.tls, issuer: "private", format: "pfx", validityDays: 730 },
      serverProxy: { mode: "http", address: "10.10.10.1", port: 3128, noProxy: ["127.0.0.1", "localhost"] },
    },
    report: {
      os: { distro: "rhel-9.4", container: "podman" },
      sizing: sizing(4, 4, 30),
      fqdns: FQDNS,
      findings: [{ id: "proxy-selinux-port" }, { id: "proxy-podman-image-pulls" }],
    },
  },
  "files-rhel8-nftables-two-sites": {
    plan: {
      ...base,
      name: "Northwind two sites",
      sites: [
        { name: "Berlin", publicAddress: "vpn-ber.northwind.example", port: 443, disableUdp: false },
        { name: "Munich", publicAddress: "vpn-muc.northwind.example", port: 8443, disableUdp: true },
      ],
      server: { ...base.server, distro: "rhel-8.10", firewall: "nftables", selinux: "permissive", auditd: false, ssh: { enabled: true, sourceCidrs: ["10.20.0.0/16"] } },
      network: { ...base.network, internalCidrs: ["10.0.0.0/8"] },
      tls: { ...base.tls, subjectNames: ["*.northwind.example"] },
    },
    report: { os: { distro: "rhel-8.10", container: "podman" }, sizing: sizing(8, 8, 30, ["Berlin", "Munich"]), fqdns: FQDNS, findings: [{ id: "bridge-overlap" }] },
  },
  "files-centos7-iptables": {
    plan: {
      ...base,
      name: "Legacy CentOS",
      server: { ...base.server, distro: "centos-7", firewall: "iptables", selinux: "disabled" },
      serverProxy: { mode: "http", address: "proxy.legacy.example", port: 3128, noProxy: ["127.0.0.1", "localhost"] },
    },
    report: { os: { distro: "centos-7", container: "docker" }, sizing: sizing(4, 4, 30), fqdns: FQDNS, findings: [] },
  },
};

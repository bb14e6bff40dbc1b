// report.setup: every decision the server files need, made once from the plan and the report (issue 12).
// lib/files renders it and decides nothing; a rule that changes a file changes here.
import ipaddr from "ipaddr.js";
import { findDistro } from "@/lib/catalog/distros";
import { findRow } from "@/lib/catalog/editions/resolve";
import type { Edition } from "@/lib/catalog/editions/types";
import { cidr } from "@/lib/net/cidr";
import type { Plan } from "@/lib/plan/schema";
import { planSlug } from "@/lib/plan/slug";
import type {
  Finding,
  Fqdn,
  OsReport,
  Setup,
  SetupFileId,
  SetupFirewall,
  SetupPackage,
  Sizing,
} from "@/lib/report/types";
import { DEFAULT_BRIDGES } from "./network";
import { podmanMajor } from "./lifecycle";
import { needsSelinuxProxyPort } from "./proxy";
import { lifetimeLimits } from "./tls";

export type SetupInput = {
  os: OsReport;
  sizing: Sizing;
  findings: readonly Finding[];
  fqdns: readonly Fqdn[];
  edition: Edition;
  date: string;
};

/**
 * facts#94: the concrete hosts mst-readiness probes behind a documented wildcard (S9), a few per wildcard so an
 * offline server fails fast. *.blob.storage.azure.net has no known concrete host and is left to the readiness tool.
 */
export const WILDCARD_PROBES: Readonly<Record<string, readonly string[]>> = {
  "*.manage.microsoft.com": ["agents.msua01.manage.microsoft.com", "agents.amsua0502.manage.microsoft.com"],
  "*.data.mcr.microsoft.com": ["westeurope.data.mcr.microsoft.com", "eastus.data.mcr.microsoft.com"],
  "*.blob.core.windows.net": ["amsua0102moaas.blob.core.windows.net", "amsub0102moaas.blob.core.windows.net"],
  "*.sts.windows.net": ["sts.windows.net"],
};

/** Network address + 1: Docker's bip and the Podman gateway (facts#59, facts#61, facts §2 item 9). */
function firstHost(text: string): { gateway: string; prefix: number } {
  const c = cidr(text);
  const bytes = c.address.toByteArray();
  const n = bytes.reduce((acc, b) => acc * 256 + b, 0) + 1;
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256);
  return { gateway: ipaddr.fromByteArray(octets).toString(), prefix: c.prefix };
}

function siteKeys(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name, i) => {
    const slug = planSlug(name);
    const base = slug === "tunnel-plan" && !/tunnel.?plan/i.test(name) ? `site-${i + 1}` : slug;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

export function buildSetup(plan: Plan, input: SetupInput): Setup {
  const { server, network, serverProxy: sp } = plan;
  const distro = findDistro(server.distro);
  const family = distro?.family ?? "ubuntu";
  const release = distro?.osRelease ?? { id: family, versionId: "" };
  // facts#64, facts#65: apt on Ubuntu; the RHEL family uses dnf from 8 on, yum on 7.
  const packageManager = family === "ubuntu" ? "apt" : Number(distro?.version.split(".")[0] ?? 0) <= 7 ? "yum" : "dnf";
  const runtimeName = input.os.container;
  const certificateHosts = [
    ...new Set(input.fqdns.filter((f) => f.source === "certificate").map((f) => f.host)),
  ].sort();
  const podman = runtimeName === "podman";
  const rootless = podman && server.rootlessPodman;
  const requirement = input.os.containerRequirement;
  // "4.9.4-rhel" is what `podman --version` prints as 4.9.4-rhel: the scripts compare the numeric part.
  const version = requirement
    ? { values: requirement.versions.map((v) => v.match(/^\d+(\.\d+)*/)?.[0] ?? v), match: requirement.rule }
    : null;
  // editions.md §5.3: Podman 5 (RHEL 9.5+, 10.x) has no CNI; the edition's row says which major the server runs.
  const major = podman ? podmanMajor(findRow(input.edition, server.distro)) : null;

  const keys = siteKeys(plan.sites.map((s) => s.name));
  const sites = plan.sites.map((s, i) => {
    const size = input.sizing.sites[i];
    return {
      key: keys[i] ?? `site-${i + 1}`,
      name: s.name,
      publicAddress: s.publicAddress,
      tcpPorts: [s.port],
      // facts#52, facts#53: UDP carries DTLS unless the site disables it.
      udpPorts: s.disableUdp ? [] : [s.port],
      cpus: size?.cpusPerServer ?? 0,
      memoryGb: size?.memoryGbPerServer ?? 0,
      diskGb: size?.diskGbPerServer ?? 0,
    };
  });

  const manager: SetupFirewall =
    server.firewall === "auto" ? (family === "ubuntu" ? "ufw" : "firewalld") : server.firewall;
  const selinuxPort = needsSelinuxProxyPort(plan, distro) ? sp.port : null;
  const proxy =
    sp.mode === "http" && sp.address
      ? { url: `http://${sp.address}:${sp.port}`, host: sp.address, port: sp.port, noProxy: [...sp.noProxy] }
      : null;

  const apt = packageManager === "apt";
  const packages: SetupPackage[] = [
    // facts#143: the readiness tool needs jq and curl.
    { name: "jq", reason: "readiness", fact: "facts#143" },
    { name: "curl", reason: "readiness", fact: "facts#143" },
    ...(server.auditd
      ? apt
        ? [
            { name: "auditd", reason: "auditd" as const, fact: "facts#65" },
            { name: "audispd-plugins", reason: "auditd" as const, fact: "facts#65" },
          ]
        : [
            { name: "audit", reason: "auditd" as const, fact: "facts#64" },
            { name: "audispd-plugins", reason: "auditd" as const, fact: "facts#64" },
          ]
      : []),
    ...firewallPackages(manager, apt),
    ...(selinuxPort !== null
      ? [
          {
            name: packageManager === "yum" ? "policycoreutils-python" : "policycoreutils-python-utils",
            reason: "selinux" as const,
            fact: "facts#111",
          },
        ]
      : []),
  ];

  const lowestPort = Math.min(...sites.flatMap((s) => s.tcpPorts));
  const sysctl = [
    { key: "net.ipv4.ip_forward", value: "1", fact: "facts#69" },
    ...(rootless
      ? [
          { key: "net.core.somaxconn", value: "8192", fact: "facts#164" },
          { key: "net.netfilter.nf_conntrack_acct", value: "1", fact: "facts#164" },
          { key: "net.netfilter.nf_conntrack_timestamp", value: "1", fact: "facts#164" },
          ...(lowestPort < 1024
            ? [{ key: "net.ipv4.ip_unprivileged_port_start", value: String(lowestPort), fact: "facts#89" }]
            : []),
        ]
      : []),
  ];
  const modules: Setup["modules"] = [
    { name: "ip_tables", fact: "facts#72" },
    { name: "tun", fact: "facts#74" },
    // facts#164: the nf_conntrack sysctls exist only once the module is loaded, so it must load at boot before sysctl runs.
    ...(rootless ? [{ name: "nf_conntrack" as const, fact: "facts#164" }] : []),
  ];

  const bridge = computeBridge(plan, input, runtimeName, major);
  const cloud = server.hosting === "azure" || server.hosting === "aws" ? server.hosting : null;
  const setup: Omit<Setup, "files"> = {
    os: { distro: input.os.distro, family, osReleaseId: release.id, versionId: release.versionId, packageManager },
    runtime: {
      name: runtimeName,
      rootless,
      version,
      podmanMajor: major,
      install: podman ? "podman" : apt ? "docker-ce-apt" : "docker-ce-yum",
      // facts#163: rootless Podman keeps its storage under /home.
      storagePath: podman ? (rootless ? "/home" : "/var/lib/containers") : "/var/lib/docker",
    },
    packages,
    modules,
    sysctl,
    firewall: {
      manager,
      disableIfActive: manager === "none" ? [] : (["firewalld", "ufw"] as const).filter((m) => m !== manager),
      ssh: { enabled: server.ssh.enabled, sources: [...new Set(server.ssh.sourceCidrs)].sort() },
    },
    sites,
    cloud,
    bridge,
    clientPool: network.clientPool,
    proxy,
    selinux: { mode: family === "rhel" ? server.selinux : null, proxyPortLabel: selinuxPort },
    auditd: server.auditd,
    certificate: {
      format: plan.tls.format,
      maxValidityDays: maxValidityDays(plan, input),
      // The loaded certificate names its OCSP/CRL hosts (facts#44); without one the proxy team fills a file.
      revocation: plan.tls.revocation !== "none" || certificateHosts.length > 0,
      revocationHosts: certificateHosts,
    },
    probeHosts: listProbeHosts(input.fqdns),
  };
  return { ...setup, files: listSetupFiles(setup, input.fqdns.length > 0) };
}

/**
 * The longest lifetime the preflight accepts for the installed certificate: the edition's limit (facts#38), and for a
 * public issuer also the CA/Browser Forum limit on the planning date (facts#195) and, with iOS devices, Apple's (facts#39).
 */
function maxValidityDays(plan: Plan, input: SetupInput): number {
  const limits = lifetimeLimits(input.edition, input.date);
  if (plan.tls.issuer !== "public") return limits.all;
  return Math.min(limits.all, limits.publicCa.maxDays, plan.devices.ios > 0 ? limits.publicIos : limits.all);
}

function firewallPackages(manager: SetupFirewall, apt: boolean): SetupPackage[] {
  const pkg = (name: string): SetupPackage => ({ name, reason: "firewall", fact: "facts#87" });
  switch (manager) {
    case "none":
      return [];
    case "iptables":
      // Rules must survive a reboot: iptables-persistent on Ubuntu, the iptables services on the RHEL family.
      return apt ? [pkg("iptables"), pkg("iptables-persistent")] : [pkg("iptables"), pkg("iptables-services")];
    default:
      return [pkg(manager)];
  }
}

function computeBridge(
  plan: Plan,
  input: SetupInput,
  runtime: "docker" | "podman",
  podmanMajor: number | null,
): Setup["bridge"] {
  const standard = DEFAULT_BRIDGES[runtime];
  const suggested = input.findings.find((f) => f.id === "bridge-overlap")?.suggestion?.bridgeCidr;
  // facts#55, facts §3 item 6: a custom bridge is the planner's choice; a default that overlaps moves to the engine's free range.
  const [target, change] = plan.network.bridgeCidr
    ? [cidr(plan.network.bridgeCidr).text, "custom" as const]
    : typeof suggested === "string"
      ? [suggested, "default-overlaps" as const]
      : [standard, "none" as const];
  // editions.md §5.3: Podman 5 has no CNI, only netavark; Podman 4 may run either, so the script reads it on the server.
  const backend =
    runtime === "docker" ? "docker" : podmanMajor !== null && podmanMajor >= 5 ? "netavark" : "podman-detect";
  return { default: standard, target, change, backend, ...firstHost(target) };
}

function listProbeHosts(fqdns: readonly Fqdn[]): string[] {
  // Hosts with their own ports are the certificate's plain-HTTP OCSP/CRL addresses, not HTTPS destinations.
  const hosts = fqdns
    .filter((f) => !f.ports)
    .flatMap((f) => (f.host.startsWith("*.") ? (WILDCARD_PROBES[f.host] ?? []) : [f.host]));
  return [...new Set(hosts)].sort();
}

/** Which files apply to this plan (plan-format §2.3): each only when the plan needs it. */
function listSetupFiles(s: Omit<Setup, "files">, hasFqdns: boolean): SetupFileId[] {
  const docker = s.runtime.name === "docker";
  const proxy = s.proxy !== null;
  const when = (cond: boolean, ...ids: SetupFileId[]) => (cond ? ids : []);
  return [
    "sysctl",
    "modules-load",
    ...when(proxy && s.os.packageManager === "apt", "apt-proxy"),
    ...when(proxy && s.os.packageManager !== "apt", "package-proxy-lines"),
    // facts#106: the seed gives the /etc/environment lines under Docker.
    ...when(proxy && docker, "environment-lines", "docker-proxy-dropin"),
    ...when(proxy && !docker, "podman-proxy-profile", "monitor-dropin"),
    ...when(proxy, "env-sh-lines"),
    ...when(s.firewall.manager === "nftables", "nft-ruleset"),
    "prepare-server",
    "preflight",
    ...when(s.firewall.manager !== "none", "firewall-script"),
    ...when(s.bridge.change !== "none", "change-bridge", "bridge-template"),
    ...when(s.cloud === "azure", "cloud-azure"),
    ...when(s.cloud === "aws", "cloud-aws"),
    ...when(s.selinux.proxyPortLabel !== null, "selinux-proxy-port"),
    ...when(s.auditd, "install-auditd"),
    ...when(hasFqdns, "allowlists", "squid"),
    "readme",
  ];
}

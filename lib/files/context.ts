import type { FilesPlan, FilesReport, Firewall } from "./input";
import { overlaps, parseCidr, proposeFreeBridge } from "./net";

export type Runtime = "docker" | "podman";
export type PackageManager = "apt" | "yum" | "dnf";

/** Everything the builders need, derived once from plan + report. */
export interface FilesContext {
  plan: FilesPlan;
  report: FilesReport;
  runtime: Runtime;
  pkg: PackageManager;
  redHat: boolean;
  firewall: Exclude<Firewall, "auto">;
  tcpPorts: number[];
  udpPorts: number[];
  /** The bridge to configure, or null when the runtime default is kept. */
  bridge: { cidr: string; reason: "custom" | "default-overlaps" } | null;
  defaultBridge: string;
  proxy: { host: string; port: number; url: string; noProxy: string[] } | null;
  selinuxProxyPort: boolean;
  sizing: { cpus: number; memoryGb: number; diskGb: number };
  /** OS release id and version the distro check expects, e.g. ["ubuntu", "22.04"]. */
  osRelease: { id: string; version: string };
}

// facts#55: runtime default bridges.
export const DEFAULT_BRIDGE: Record<Runtime, string> = { docker: "172.17.0.0/16", podman: "10.88.0.0/16" };

// facts#112: stock RHEL http_port_t ports.
export const HTTP_PORT_T = [80, 81, 443, 488, 8008, 8009, 8443, 9000];

const sortedUnique = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

export function buildContext(plan: FilesPlan, report: FilesReport): FilesContext {
  const distro = report.os.distro || plan.server.distro;
  const redHat = !distro.startsWith("ubuntu");
  const [osId = "", osVersion = ""] = distro.split("-");
  // facts#4: Podman on RHEL 8+, Docker elsewhere; the report already resolved "auto".
  const runtime: Runtime =
    report.os.container === "podman" || report.os.container === "docker"
      ? report.os.container
      : redHat && !/-7$/.test(distro)
        ? "podman"
        : "docker";
  const pkg: PackageManager = !redHat ? "apt" : /-7$/.test(distro) ? "yum" : "dnf";
  const firewall = plan.server.firewall === "auto" ? (redHat ? "firewalld" : "ufw") : plan.server.firewall;

  const defaultBridge = DEFAULT_BRIDGE[runtime];
  const taken = [
    ...plan.network.internalCidrs,
    ...plan.network.splitTunnel.include,
    ...plan.network.dnsServers,
    plan.network.clientPool,
  ];
  let bridge: FilesContext["bridge"] = null;
  const overlapFinding = report.findings.find((f) => f.id === "bridge-overlap");
  if (plan.network.bridgeCidr) bridge = { cidr: plan.network.bridgeCidr, reason: "custom" };
  else if (overlapFinding || taken.some((t) => overlaps(parseCidr(t), parseCidr(defaultBridge)))) {
    // facts#55, facts §3 item 6: the default collides; use the engine's proposal, else find a free range.
    const suggested = overlapFinding?.suggestion?.bridgeCidr;
    const free = typeof suggested === "string" ? suggested : proposeFreeBridge(taken);
    if (free) bridge = { cidr: free, reason: "default-overlaps" };
  }

  const sp = plan.serverProxy;
  const proxy =
    sp.mode === "http" && sp.address
      ? { host: sp.address, port: sp.port, url: `http://${sp.address}:${sp.port}`, noProxy: [...sp.noProxy] }
      : null;
  // facts#111, facts#112: SELinux must allow the proxy port as http_port_t.
  const selinuxProxyPort =
    redHat && plan.server.selinux !== "disabled" && proxy !== null && !HTTP_PORT_T.includes(proxy.port);

  const sites = report.sizing.sites;
  const sizing = {
    cpus: Math.max(0, ...sites.map((s) => s.cpusPerServer)),
    memoryGb: Math.max(0, ...sites.map((s) => s.memoryGbPerServer)),
    diskGb: Math.max(0, ...sites.map((s) => s.diskGbPerServer)),
  };

  return {
    plan,
    report,
    runtime,
    pkg,
    redHat,
    firewall,
    tcpPorts: sortedUnique(plan.sites.map((s) => s.port)),
    // facts#52, facts#53: UDP carries DTLS unless the site disables it.
    udpPorts: sortedUnique(plan.sites.filter((s) => !s.disableUdp).map((s) => s.port)),
    bridge,
    defaultBridge,
    proxy,
    selinuxProxyPort,
    sizing,
    osRelease: { id: osId, version: osVersion },
  };
}

/** Concrete hosts to probe (wildcards cannot be probed directly), sorted. */
export function probeHosts(ctx: FilesContext): string[] {
  return [...new Set(ctx.report.fqdns.map((f) => f.host).filter((h) => !h.includes("*")))].sort();
}

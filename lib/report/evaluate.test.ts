import { readFileSync } from "node:fs";
import { translate } from "@/lib/i18n";
import { describe, expect, it } from "vitest";
import { FINDING_IDS, FINDINGS, type FindingId } from "@/lib/catalog/findings";
import { defaultPlan, parsePlan, type PlanInput } from "@/lib/plan";
import { evaluatePlan } from "./evaluate";

const plan = (input: PlanInput) => {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const fixture = (name: string) => plan(JSON.parse(readFileSync(`lib/__fixtures__/${name}.tunnelplan.json`, "utf8")) as PlanInput);

/** A clean plan: the default plan with an address the certificate covers. */
const clean: PlanInput = { sites: [{ publicAddress: "tunnel.contoso.com" }], tls: { subjectNames: ["tunnel.contoso.com"] } };
const withClean = (patch: PlanInput): PlanInput => ({
  ...clean,
  ...patch,
  sites: patch.sites ?? clean.sites,
  tls: { ...clean.tls, ...patch.tls },
});

const CASES: Record<FindingId, [PlanInput, string]> = {
  "license-azure-missing": [{ licensing: { azureSubscription: false } }, "licensing.azureSubscription"],
  "license-intune-missing": [{ licensing: { intunePlan: "none" } }, "licensing.intunePlan"],
  "license-mam-needs-plan2": [{ licensing: { tunnelForMam: true, intunePlan: "plan1" } }, "licensing.intunePlan"],
  "platform-android-dedicated": [{ devices: { androidDedicated: 5 } }, "devices.androidDedicated"],
  "platform-gsa-conflict": [{ devices: { usesGlobalSecureAccess: true } }, "devices.usesGlobalSecureAccess"],
  "device-proxy-android-below-10": [
    { devices: { androidFullyManaged: 10, androidBelow10: 3 }, vpn: { deviceProxy: { mode: "direct", address: "10.1.1.1" } } },
    "devices.androidBelow10",
  ],
  "device-proxy-pac-edge-sign-in": [{ vpn: { deviceProxy: { mode: "pac", pacUrl: "https://pac.contoso.com/p.pac" } } }, "vpn.deviceProxy.mode"],
  "ios-per-app-split-tunnel-ignored": [{ devices: { ios: 5 }, vpn: { mode: "per-app" }, network: { splitTunnel: { include: ["10.0.0.0/16"] } } }, "vpn.mode"],
  "per-app-local-tld": [{ vpn: { mode: "per-app" }, network: { dnsSuffixes: ["contoso.com", "corp.contoso.local"] } }, "network.dnsSuffixes.1"],
  "cpu-arch-unsupported": [{ server: { cpuArch: "arm64" } }, "server.cpuArch"],
  "os-unsupported": [{ server: { distro: "ubuntu-18.04" } }, "server.distro"],
  "os-end-of-support": [{ server: { distro: "centos-7" }, planningDate: "2024-07-01" }, "server.distro"],
  "container-runtime-mismatch": [{ server: { distro: "rhel-9.4", container: "docker" } }, "server.container"],
  "rhel-load-ip-tables": [{ server: { distro: "rhel-8.10" } }, "server.distro"],
  "rootless-podman-requirements": [{ server: { rootlessPodman: true } }, "server.rootlessPodman"],
  "cloud-needs-onprem-connectivity": [{ server: { hosting: "azure" } }, "server.onPremConnectivity"],
  "single-server-site": [{ sites: [{ publicAddress: "tunnel.contoso.com", highAvailability: false }] }, "sites.0.highAvailability"],
  "connections-above-health-threshold": [{ devices: { ios: 20_000 } }, "devices.peakConcurrencyPercent"],
  "auditd-recommended": [{ server: { auditd: false } }, "server.auditd"],
  "bridge-overlap": [{ network: { internalCidrs: ["172.16.0.0/12"] } }, "network.bridgeCidr"],
  "client-pool-overlap": [{ network: { internalCidrs: ["169.254.10.0/24"] } }, "network.clientPool"],
  "client-pool-too-small": [{ devices: { ios: 1_000 }, network: { clientPool: "100.64.0.0/24" } }, "network.clientPool"],
  "split-tunnel-zero-route": [{ network: { splitTunnel: { include: ["0.0.0.0/0"] } } }, "network.splitTunnel.include.0"],
  "split-tunnel-rule-limit": [
    { network: { splitTunnel: { include: Array.from({ length: 501 }, (_, i) => `100.${64 + Math.floor(i / 256)}.${i % 256}.0/24`) } } },
    "network.splitTunnel.include",
  ],
  "tls-name-mismatch": [{ tls: { subjectNames: ["other.contoso.com"] } }, "tls.subjectNames"],
  "tls-wildcard-invalid": [{ tls: { subjectNames: ["tunnel.contoso.com", "cont*.com"] } }, "tls.subjectNames.1"],
  "tls-validity-too-long": [{ tls: { issuer: "private", validityDays: 731 } }, "tls.validityDays"],
  "tls-public-validity-398": [{ tls: { validityDays: 399 } }, "tls.validityDays"],
  "tls-key-too-small": [{ tls: { keyBits: 1024 } }, "tls.keyBits"],
  "tls-private-ca-profile": [{ tls: { issuer: "private" } }, "tls.issuer"],
  "tls-revocation-unreachable": [{ tls: { revocation: "none" } }, "tls.revocation"],
  "proxy-authenticated": [{ serverProxy: { mode: "http", address: "proxy.contoso.com", authenticated: true } }, "serverProxy.authenticated"],
  "proxy-tls-inspection": [{ serverProxy: { mode: "http", address: "proxy.contoso.com", tlsInspection: true } }, "serverProxy.tlsInspection"],
  "proxy-selinux-port": [{ server: { distro: "rhel-9.4" }, serverProxy: { mode: "http", address: "10.1.1.1", port: 3128 } }, "serverProxy.port"],
  "proxy-podman-image-pulls": [{ server: { distro: "rhel-9.4" }, serverProxy: { mode: "http", address: "10.1.1.1", port: 8080 } }, "serverProxy.mode"],
};

describe("findings (plan-format §2.2)", () => {
  const cleanReport = evaluatePlan(plan(clean));
  it("the clean plan and the default plan have no findings", () => {
    expect(cleanReport.findings).toEqual([]);
    expect(evaluatePlan(defaultPlan).findings).toEqual([]);
  });
  it.each(FINDING_IDS)("%s is produced by its plan, with the catalog's text and the right field", (id) => {
    const [patch, field] = CASES[id];
    const report = evaluatePlan(plan(withClean(patch)));
    const found = report.findings.filter((f) => f.id === id);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ id, title: translate("en", `findings.${id}.title`), field, fact: FINDINGS[id].fact });
    expect(found[0]?.detail).toContain(translate("en", `findings.${id}.detail`));
    expect(found[0]?.action.length).toBeGreaterThan(10);
    expect(cleanReport.findings.some((f) => f.id === id)).toBe(false);
  });
  it("every catalog id has a case, and the fixtures together produce every id", () => {
    expect(Object.keys(CASES).sort()).toEqual([...FINDING_IDS].sort());
    const seen = new Set(
      Object.values(CASES).flatMap(([patch]) => evaluatePlan(plan(withClean(patch))).findings.map((f) => f.id)),
    );
    expect(FINDING_IDS.filter((id) => !seen.has(id))).toEqual([]);
  });
  it("severities follow the catalog, except rootless with an old Podman", () => {
    const report = evaluatePlan(plan(withClean({ server: { distro: "rhel-8.8", rootlessPodman: true } })));
    expect(report.findings.find((f) => f.id === "rootless-podman-requirements")?.severity).toBe("warning");
    expect(evaluatePlan(plan(withClean({ server: { rootlessPodman: true } }))).findings.find((f) => f.id === "rootless-podman-requirements")?.severity).toBe(
      "blocker",
    );
  });
  it("blockers come first, then warnings, then info", () => {
    const order = evaluatePlan(fixture("blockers")).findings.map((f) => ({ blocker: 0, warning: 1, info: 2 })[f.severity]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it("a wildcard certificate covers one label only", () => {
    const ids = (names: string[], address: string) =>
      evaluatePlan(plan({ sites: [{ publicAddress: address }], tls: { subjectNames: names } })).findings.map((f) => f.id);
    expect(ids(["*.contoso.com"], "tunnel.contoso.com")).toEqual([]);
    expect(ids(["*.contoso.com"], "a.tunnel.contoso.com")).toEqual(["tls-name-mismatch"]);
    expect(ids(["*.contoso.com"], "contoso.com")).toEqual(["tls-name-mismatch"]);
    expect(ids(["TUNNEL.contoso.com"], "tunnel.Contoso.com")).toEqual([]);
    expect(ids(["203.0.113.10"], "203.0.113.10")).toEqual([]);
  });
});

describe("report", () => {
  it("contoso fixture: sizing, OS, ports and the bridge proposal", () => {
    const r = evaluatePlan(fixture("contoso-single-site"));
    expect(r.sizing.totals).toEqual({ servers: 3, cpus: 24, memoryGb: 24, diskGb: 90 });
    expect(r.os).toMatchObject({ distro: "rhel-9.4", container: "podman", containerVersion: "4.9.4-rhel", status: "supported", supportEnds: null });
    expect(r.findings.find((f) => f.id === "bridge-overlap")?.suggestion).toEqual({ bridgeCidr: "192.168.128.0/24" });
    expect(r.ports.inbound.map((p) => [p.protocol, p.port, p.required])).toEqual([
      ["tcp", 443, true],
      ["udp", 443, true],
      ["tcp", 22, false],
    ]);
    expect(r.ports.outbound.map((p) => [p.protocol, p.port])).toEqual([
      ["tcp", 3128],
      ["tcp", 443],
      ["tcp", 80],
    ]);
    expect(r.catalog.asOf).toBe("2024-10-24");
  });
  it("ports: no SSH when disabled, no port 80 without revocation, UDP dropped only when disabled", () => {
    const r = evaluatePlan(plan({ server: { ssh: { enabled: false } }, tls: { revocation: "none" }, sites: [{ port: 8443, disableUdp: true }] }));
    expect(r.ports.inbound.map((p) => [p.protocol, p.port])).toEqual([["tcp", 8443]]);
    expect(r.ports.outbound.map((p) => p.port)).toEqual([443]);
  });
  it("FQDNs: the six documented, MAR, and the hosts only the readiness tool probes", () => {
    const hosts = evaluatePlan(defaultPlan).fqdns;
    expect(hosts.filter((h) => h.source === "documented")).toHaveLength(6);
    expect(hosts.map((h) => h.host)).toEqual(
      expect.arrayContaining(["mcr.microsoft.com", "*.data.mcr.microsoft.com", "login.windows.net", "manage.microsoft.com", "sts.windows.net"]),
    );
  });
  it("the checklist is ordered by phase and every item has an owner and a fact", () => {
    const r = evaluatePlan(fixture("contoso-single-site"));
    const phases = [...new Set(r.checklist.map((c) => c.phase))];
    expect(phases).toEqual(["Licensing and roles", "Server", "Network and firewall", "Certificate", "Proxy", "Readiness tool", "Install", "After install", "Devices and profiles"]);
    for (const item of r.checklist) {
      expect(item.fact).toMatch(/^facts#\d+$/);
      expect(["intune", "linux", "network", "pki", "security"]).toContain(item.owner);
    }
    expect(r.checklist.find((c) => c.id === "change-bridge")?.title).toContain("192.168.128.0/24");
    expect(new Set(r.checklist.map((c) => c.id)).size).toBe(r.checklist.length);
  });
  it("is deterministic and does not change its input", () => {
    const p = fixture("multi-site-large");
    const before = structuredClone(p);
    expect(JSON.stringify(evaluatePlan(p))).toBe(JSON.stringify(evaluatePlan(structuredClone(p))));
    expect(p).toEqual(before);
  });
  it("multi-site-large: three sites sized separately", () => {
    const r = evaluatePlan(fixture("multi-site-large"));
    expect(r.sizing.sites.map((s) => [s.name, s.devices, s.servers])).toEqual([
      ["Frankfurt", 30_000, 9],
      ["Dublin", 20_000, 5],
      ["Singapore", 10_000, 4],
    ]);
    expect(r.findings.filter((f) => f.severity === "blocker")).toEqual([]);
  });
  it("the blockers fixture has at least fifteen blockers", () => {
    expect(evaluatePlan(fixture("blockers")).findings.filter((f) => f.severity === "blocker").length).toBeGreaterThanOrEqual(15);
  });
});

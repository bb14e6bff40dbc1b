import { readFileSync } from "node:fs";
import { translate } from "@/lib/i18n/translate";
import { describe, expect, it } from "vitest";
import { FINDING_IDS, FINDINGS, type FindingId } from "@/lib/catalog/findings";
import { summary } from "@/test/support/cert-summaries";
import { createDefaultPlan, defaultPlan } from "@/lib/plan/defaults";
import { parsePlan } from "@/lib/plan/parse";
import type { PlanInput } from "@/lib/plan/schema";
import { evaluatePlan, summarizePlan } from "./evaluate";

const plan = (input: PlanInput) => {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const fixture = (name: string) =>
  plan(JSON.parse(readFileSync(`lib/__fixtures__/${name}.tunnelplan.json`, "utf8")) as PlanInput);

/**
 * A clean plan: a new plan (newest edition, Ubuntu 24.04, a certificate a public CA may issue today) with an
 * address the certificate covers. Under the newest edition two notes always apply (EDITION_NOTES).
 */
const clean: PlanInput = {
  planningDate: "2026-11-28",
  edition: "2026-09-03",
  server: { distro: "ubuntu-24.04" },
  sites: [{ publicAddress: "tunnel.contoso.com" }],
  tls: { subjectNames: ["tunnel.contoso.com"], validityDays: 199 },
};
const EDITION_NOTES = ["endpoints-unlisted", "installer-account-role"];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const merge = (base: unknown, patch: unknown): unknown =>
  isObject(base) && isObject(patch)
    ? Object.fromEntries(
        [...new Set([...Object.keys(base), ...Object.keys(patch)])].map((k) => [
          k,
          k in patch ? merge(base[k], patch[k]) : base[k],
        ]),
      )
    : patch;
const withClean = (patch: PlanInput): PlanInput => merge(clean, patch) as PlanInput;

/** tls-cert-unreadable comes from a file that could not be read, not from a plan (lib/rules/certificate.test.ts). */
type PlanFindingId = Exclude<FindingId, "tls-cert-unreadable">;
const PLAN_FINDING_IDS = FINDING_IDS.filter((id): id is PlanFindingId => id !== "tls-cert-unreadable");
const cert = (patch: Parameters<typeof summary>[0]): PlanInput => ({ tls: { certificate: summary(patch) } });

const CASES: Record<PlanFindingId, [PlanInput, string]> = {
  "license-azure-missing": [{ licensing: { azureSubscription: false } }, "licensing.azureSubscription"],
  "license-intune-missing": [{ licensing: { intunePlan: "none" } }, "licensing.intunePlan"],
  "license-mam-needs-plan2": [{ licensing: { tunnelForMam: true, intunePlan: "plan1" } }, "licensing.intunePlan"],
  "platform-android-dedicated": [{ devices: { androidDedicated: 5 } }, "devices.androidDedicated"],
  "platform-gsa-conflict": [{ devices: { usesGlobalSecureAccess: true } }, "devices.usesGlobalSecureAccess"],
  "platform-android-version": [{ devices: { androidFullyManaged: 10, android10: 2 } }, "devices.android10"],
  "device-proxy-android-below-10": [
    {
      edition: "2024-10-24",
      server: { distro: "ubuntu-22.04" },
      devices: { androidFullyManaged: 10, androidBelow10: 3 },
      vpn: { deviceProxy: { mode: "direct", address: "10.1.1.1" } },
    },
    "devices.androidBelow10",
  ],
  "device-proxy-pac-edge-sign-in": [
    { vpn: { deviceProxy: { mode: "pac", pacUrl: "https://pac.contoso.com/p.pac" } } },
    "vpn.deviceProxy.mode",
  ],
  "ios-per-app-split-tunnel-ignored": [
    { devices: { ios: 5 }, vpn: { mode: "per-app" }, network: { splitTunnel: { include: ["10.0.0.0/16"] } } },
    "vpn.mode",
  ],
  "per-app-local-tld": [
    { vpn: { mode: "per-app" }, network: { dnsSuffixes: ["contoso.com", "corp.contoso.local"] } },
    "network.dnsSuffixes.1",
  ],
  "cpu-arch-unsupported": [{ server: { cpuArch: "arm64" } }, "server.cpuArch"],
  "os-unsupported": [{ server: { distro: "ubuntu-18.04" } }, "server.distro"],
  "os-not-in-edition": [{ server: { distro: "ubuntu-22.04" } }, "server.distro"],
  "os-end-of-support": [
    { edition: "2024-10-24", server: { distro: "centos-7" }, planningDate: "2024-07-01" },
    "server.distro",
  ],
  "os-listed-after-end": [{ server: { distro: "rhel-9.4" } }, "server.distro"],
  "os-end-announced": [
    { edition: "2025-04-15a", server: { distro: "rhel-9.4" }, planningDate: "2025-06-01" },
    "server.distro",
  ],
  "container-runtime-mismatch": [{ server: { distro: "rhel-9.6", container: "docker" } }, "server.container"],
  "rhel-load-ip-tables": [{ server: { distro: "rhel-8.10" } }, "server.distro"],
  "rootless-podman-requirements": [{ server: { rootlessPodman: true } }, "server.rootlessPodman"],
  "podman5-bridge-steps": [
    { server: { distro: "rhel-9.6" }, network: { bridgeCidr: "192.168.128.0/24" } },
    "network.bridgeCidr",
  ],
  "cloud-needs-onprem-connectivity": [{ server: { hosting: "azure" } }, "server.onPremConnectivity"],
  "single-server-site": [
    { sites: [{ publicAddress: "tunnel.contoso.com", highAvailability: false }] },
    "sites.0.highAvailability",
  ],
  "connections-above-health-threshold": [{ devices: { ios: 20_000 } }, "devices.peakConcurrencyPercent"],
  "auditd-recommended": [{ server: { auditd: false } }, "server.auditd"],
  "bridge-overlap": [{ network: { internalCidrs: ["172.16.0.0/12"] } }, "network.bridgeCidr"],
  "client-pool-overlap": [{ network: { internalCidrs: ["169.254.10.0/24"] } }, "network.clientPool"],
  "client-pool-too-small": [
    { devices: { ios: 1_000 }, network: { clientPool: "100.64.0.0/24" } },
    "network.clientPool",
  ],
  "split-tunnel-zero-route": [
    { network: { splitTunnel: { include: ["0.0.0.0/0"] } } },
    "network.splitTunnel.include.0",
  ],
  "split-tunnel-rule-limit": [
    {
      network: {
        splitTunnel: {
          include: Array.from({ length: 501 }, (_, i) => `100.${64 + Math.floor(i / 256)}.${i % 256}.0/24`),
        },
      },
    },
    "network.splitTunnel.include",
  ],
  "tls-name-mismatch": [{ tls: { subjectNames: ["other.contoso.com"] } }, "tls.subjectNames"],
  "tls-wildcard-invalid": [{ tls: { subjectNames: ["tunnel.contoso.com", "cont*.com"] } }, "tls.subjectNames.1"],
  "tls-validity-too-long": [{ tls: { issuer: "private", validityDays: 731 } }, "tls.validityDays"],
  "tls-public-validity-398": [{ devices: { ios: 10 }, tls: { validityDays: 399 } }, "tls.validityDays"],
  "tls-public-ca-max-validity": [{ tls: { validityDays: 201 } }, "tls.validityDays"],
  "tls-key-too-small": [{ tls: { keyBits: 1024 } }, "tls.keyBits"],
  "tls-key-algorithm-unlisted": [{ tls: { keyAlgorithm: "ecdsa", keyBits: 256 } }, "tls.keyAlgorithm"],
  "tls-private-ca-profile": [{ tls: { issuer: "private" } }, "tls.issuer"],
  "tls-revocation-unreachable": [{ tls: { revocation: "none" } }, "tls.revocation"],
  "tls-cert-name-mismatch": [cert({ subjectNames: ["other.contoso.com"] }), "tls.certificate"],
  "tls-cert-expired": [
    cert({ notBefore: "2026-01-01T00:00:00Z", notAfter: "2026-06-01T00:00:00Z" }),
    "tls.certificate",
  ],
  "tls-cert-not-yet-valid": [
    cert({ notBefore: "2026-12-01T00:00:00Z", notAfter: "2027-05-01T00:00:00Z" }),
    "tls.certificate",
  ],
  "tls-cert-expires-soon": [
    cert({ notBefore: "2026-06-01T00:00:00Z", notAfter: "2026-12-20T00:00:00Z" }),
    "tls.certificate",
  ],
  "tls-cert-lifetime-too-long": [
    cert({ notBefore: "2026-09-01T00:00:00Z", notAfter: "2027-09-01T00:00:00Z" }),
    "tls.certificate",
  ],
  "tls-cert-key-too-small": [cert({ keyBits: 1024 }), "tls.certificate"],
  "tls-cert-key-algorithm-unlisted": [cert({ keyAlgorithm: "ecdsa", keyBits: 256 }), "tls.certificate"],
  "tls-cert-chain-incomplete": [cert({ chain: [], anchor: "none", publicRoot: null }), "tls.certificate"],
  "tls-cert-no-server-auth": [cert({ extendedKeyUsage: ["clientAuth"] }), "tls.certificate"],
  "tls-cert-no-revocation": [cert({ ocsp: [], crl: [] }), "tls.certificate"],
  "proxy-authenticated": [
    { serverProxy: { mode: "http", address: "proxy.contoso.com", authenticated: true } },
    "serverProxy.authenticated",
  ],
  "proxy-tls-inspection": [
    { serverProxy: { mode: "http", address: "proxy.contoso.com", tlsInspection: true } },
    "serverProxy.tlsInspection",
  ],
  "proxy-selinux-port": [
    { server: { distro: "rhel-9.6" }, serverProxy: { mode: "http", address: "10.1.1.1", port: 3128 } },
    "serverProxy.port",
  ],
  "proxy-podman-image-pulls": [
    { server: { distro: "rhel-9.6" }, serverProxy: { mode: "http", address: "10.1.1.1", port: 8080 } },
    "serverProxy.mode",
  ],
  "installer-account-role": [{}, "licensing.intunePlan"],
  "endpoints-unlisted": [{}, "serverProxy.mode"],
  "edition-newer-available": [{ edition: "2025-03-04", server: { distro: "ubuntu-24.04" } }, "edition"],
  "edition-check-live-page": [{ planningDate: "2027-06-01", tls: { validityDays: 99 } }, "edition"],
  "dns-suffix-only-first": [{ network: { dnsSuffixes: ["corp.contoso.com", "contoso.local"] } }, "network.dnsSuffixes"],
  "graph-name-too-long": [
    { name: "P".repeat(100), sites: [{ name: "S".repeat(110), publicAddress: "tunnel.contoso.com" }] },
    "sites.0.name",
  ],
  "graph-name-not-unique": [
    {
      sites: [
        { name: "Site", devices: 0, publicAddress: "a.contoso.com" },
        { name: "\u017fite", devices: 0, publicAddress: "b.contoso.com" },
      ],
      tls: { subjectNames: ["*.contoso.com"] },
    },
    "sites.1.name",
  ],
};

describe("findings (plan-format §2.2)", () => {
  const cleanReport = evaluatePlan(plan(clean));
  it("the clean plan and a new plan have only the newest edition's two notes", () => {
    expect(cleanReport.findings.map((f) => f.id).sort()).toEqual(EDITION_NOTES);
    expect(
      evaluatePlan(createDefaultPlan("2026-11-30"))
        .findings.map((f) => f.id)
        .sort(),
    ).toEqual(EDITION_NOTES);
    // On the source document's edition, before the August 2025 endpoint change, not even those.
    const old = evaluatePlan(
      plan(withClean({ edition: "2024-10-24", planningDate: "2025-01-15", server: { distro: "ubuntu-22.04" } })),
    );
    expect(old.findings.map((f) => f.id)).toEqual(["edition-newer-available"]);
  });
  it.each(PLAN_FINDING_IDS)("%s is produced by its plan, with the catalog's text and the right field", (id) => {
    const [patch, field] = CASES[id];
    const report = evaluatePlan(plan(withClean(patch)));
    const found = report.findings.filter((f) => f.id === id);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({
      id,
      title: translate("en", `findings.${id}.title`),
      field,
      fact: FINDINGS[id].fact,
    });
    expect(found[0]?.detail).toContain(translate("en", `findings.${id}.detail`));
    expect(found[0]?.action.length).toBeGreaterThan(10);
    if (!EDITION_NOTES.includes(id)) expect(cleanReport.findings.some((f) => f.id === id)).toBe(false);
  });
  it("every catalog id has a case, and the fixtures together produce every id", () => {
    expect(Object.keys(CASES).sort()).toEqual([...PLAN_FINDING_IDS].sort());
    const seen = new Set(
      Object.values(CASES).flatMap(([patch]) => evaluatePlan(plan(withClean(patch))).findings.map((f) => f.id)),
    );
    expect(PLAN_FINDING_IDS.filter((id) => !seen.has(id))).toEqual([]);
  });
  it("severities follow the catalog, except rootless with an old Podman", () => {
    const report = evaluatePlan(
      plan(withClean({ edition: "2024-10-24", server: { distro: "rhel-8.8", rootlessPodman: true } })),
    );
    expect(report.findings.find((f) => f.id === "rootless-podman-requirements")?.severity).toBe("warning");
    expect(
      evaluatePlan(plan(withClean({ server: { rootlessPodman: true } }))).findings.find(
        (f) => f.id === "rootless-podman-requirements",
      )?.severity,
    ).toBe("blocker");
  });
  it("blockers come first, then warnings, then info", () => {
    const order = evaluatePlan(fixture("blockers")).findings.map(
      (f) => ({ blocker: 0, warning: 1, info: 2 })[f.severity],
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it("a wildcard certificate covers one label only", () => {
    const ids = (names: string[], address: string) =>
      evaluatePlan(plan(withClean({ sites: [{ publicAddress: address }], tls: { subjectNames: names } })))
        .findings.map((f) => f.id)
        .filter((id) => !EDITION_NOTES.includes(id));
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
    expect(r.os).toMatchObject({
      distro: "rhel-9.4",
      container: "podman",
      containerVersion: "4.9.4-rhel",
      status: "supported",
      supportEnds: null,
    });
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
    const r = evaluatePlan(
      plan({
        server: { ssh: { enabled: false } },
        tls: { revocation: "none" },
        sites: [{ port: 8443, disableUdp: true }],
      }),
    );
    expect(r.ports.inbound.map((p) => [p.protocol, p.port])).toEqual([["tcp", 8443]]);
    expect(r.ports.outbound.map((p) => p.port)).toEqual([443]);
  });
  it("FQDNs: the six documented, MAR, and the hosts only the readiness tool probes", () => {
    const hosts = evaluatePlan(defaultPlan).fqdns;
    expect(hosts.filter((h) => h.source === "documented")).toHaveLength(6);
    expect(hosts.map((h) => h.host)).toEqual(
      expect.arrayContaining([
        "mcr.microsoft.com",
        "*.data.mcr.microsoft.com",
        "login.windows.net",
        "manage.microsoft.com",
        "sts.windows.net",
      ]),
    );
  });
  it("the checklist is ordered by phase and every item has an owner and a fact", () => {
    const r = evaluatePlan(fixture("contoso-single-site"));
    const phases = [...new Set(r.checklist.map((c) => c.phase))];
    expect(phases).toEqual([
      "Licensing and roles",
      "Server",
      "Network and firewall",
      "Certificate",
      "Proxy",
      "Readiness tool",
      "Install",
      "After install",
      "Devices and profiles",
    ]);
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
    // Its 397-day public certificate was fine when the fixture was written; from 2026-03-15 public CAs issue at
    // most 200 days (facts#195), which applies by date whatever the plan's edition.
    expect(r.findings.filter((f) => f.severity === "blocker").map((f) => f.id)).toEqual(["tls-public-ca-max-validity"]);
  });
  it("the blockers fixture has at least fifteen blockers", () => {
    expect(
      evaluatePlan(fixture("blockers")).findings.filter((f) => f.severity === "blocker").length,
    ).toBeGreaterThanOrEqual(15);
  });
});

describe("summarizePlan", () => {
  it.each(["minimal", "contoso-single-site", "multi-site-large", "blockers", "newest-edition"])(
    "gives the report's own sizing and findings: %s",
    (name) => {
      const p = fixture(name);
      const { sizing, findings } = evaluatePlan(p, { today: "2026-11-28" });
      expect(summarizePlan(p, { today: "2026-11-28" })).toEqual({ sizing, findings });
    },
  );
});

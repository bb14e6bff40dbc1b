import { describe, expect, it } from "vitest";
import { DISTRO_IDS } from "@/lib/catalog/distros";
import { createDefaultPlan, defaultPlan } from "@/lib/plan/defaults";
import { migratePlan } from "@/lib/plan/migrations";
import { parsePlan } from "@/lib/plan/parse";
import { planSchema } from "@/lib/plan/schema";

const issuesOf = (input: unknown) => {
  const r = parsePlan(input);
  if (r.ok) throw new Error("expected the plan to be invalid");
  return r.issues;
};

describe("planSchema defaults", () => {
  it("parse({}) yields the full default plan of plan-format §1", () => {
    expect(planSchema.parse({})).toEqual(defaultPlan);
    expect(defaultPlan.sites).toEqual([
      {
        name: "Primary",
        devices: null,
        publicAddress: "",
        port: 443,
        disableUdp: false,
        highAvailability: true,
        loadBalancer: false,
      },
    ]);
    expect(defaultPlan.server.distro).toBe("ubuntu-22.04");
    expect(defaultPlan.network.clientPool).toBe("169.254.0.0/16");
    expect(defaultPlan.serverProxy.noProxy).toEqual(["127.0.0.1", "localhost"]);
    expect(defaultPlan.tls).toMatchObject({ validityDays: 397, keyBits: 2048, revocation: "ocsp" });
    expect(defaultPlan.devices).toMatchObject({ connectionsPerDevice: 1, peakConcurrencyPercent: 100 });
  });
  it("default lists are fresh arrays, not shared between parses", () => {
    const a = planSchema.parse({});
    a.network.internalCidrs.push("10.0.0.0/8");
    a.serverProxy.noProxy.push("x.io");
    expect(planSchema.parse({}).network.internalCidrs).toEqual([]);
    expect(planSchema.parse({}).serverProxy.noProxy).toEqual(["127.0.0.1", "localhost"]);
  });
  it("a missing planningDate takes today when given, else the fixed fallback", () => {
    expect(createDefaultPlan("2027-03-01").planningDate).toBe("2027-03-01");
    expect(createDefaultPlan().planningDate).toBe("2026-11-28");
    const r = parsePlan({ planningDate: "2025-01-02" }, { today: "2027-03-01" });
    expect(r.ok && r.value.planningDate).toBe("2025-01-02");
  });
  it("distro ids come from the catalog", () => {
    expect(DISTRO_IDS).toEqual(
      expect.arrayContaining([
        "centos-7",
        "rhel-7",
        "rhel-8.6",
        "rhel-8.10",
        "rhel-9.0",
        "rhel-9.4",
        "ubuntu-18.04",
        "ubuntu-20.04",
        "ubuntu-22.04",
        "centos-8",
      ]),
    );
    for (const id of DISTRO_IDS) expect(parsePlan({ server: { distro: id } }).ok).toBe(true);
    expect(issuesOf({ server: { distro: "debian-12" } })[0]?.path).toBe("server.distro");
  });
});

describe("parsePlan field paths", () => {
  it.each([
    [{ sites: [{ port: 0 }] }, "sites.0.port"],
    [{ sites: [{ port: 70000 }] }, "sites.0.port"],
    [{ network: { internalCidrs: ["10.0.0.0/8", "10.0.0.0/8", "10.1.2.3/16"] } }, "network.internalCidrs.2"],
    [{ network: { dnsServers: ["1.1.1"] } }, "network.dnsServers.0"],
    [{ network: { dnsSuffixes: ["contoso .com"] } }, "network.dnsSuffixes.0"],
    [{ network: { bridgeCidr: "192.168.128.1/24" } }, "network.bridgeCidr"],
    [{ network: { splitTunnel: { exclude: ["nope"] } } }, "network.splitTunnel.exclude.0"],
    [{ vpn: { deviceProxy: { pacUrl: "file:///etc/passwd" } } }, "vpn.deviceProxy.pacUrl"],
    [{ serverProxy: { address: "proxy;reboot" } }, "serverProxy.address"],
    [{ tls: { subjectNames: ["a b"] } }, "tls.subjectNames.0"],
    [{ name: "x".repeat(121) }, "name"],
    [{ devices: { ios: -1 } }, "devices.ios"],
    [{ devices: { ios: 1.5 } }, "devices.ios"],
    [{ devices: { connectionsPerDevice: 0 } }, "devices.connectionsPerDevice"],
    [{ devices: { peakConcurrencyPercent: 101 } }, "devices.peakConcurrencyPercent"],
    [{ server: { nics: 3 } }, "server.nics"],
    [{ planningDate: "2026-13-01" }, "planningDate"],
    [{ sites: [] }, "sites"],
  ])("%j → %s", (input, path) => {
    expect(issuesOf(input).map((i) => i.path)).toContain(path);
  });
  it("the host-bits message reaches the issue", () => {
    expect(issuesOf({ network: { clientPool: "10.1.2.3/16" } })).toEqual([
      {
        path: "network.clientPool",
        message: "10.1.2.3/16 is an address inside the network 10.1.0.0/16, not its start; did you mean 10.1.0.0/16?",
      },
    ]);
  });
  it("never throws on hostile input", () => {
    for (const input of [
      null,
      42,
      "plan",
      [],
      { sites: "x" },
      { devices: null },
      { sites: [null] },
      { tls: { subjectNames: [1] } },
    ]) {
      expect(parsePlan(input).ok).toBe(false);
    }
  });
});

describe("cross-field rules", () => {
  const devices = { ios: 600, androidFullyManaged: 400 };
  it("a plan may have a hundred sites (large tenants); the list is capped at 500", () => {
    const sites = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `S${i}`, devices: 10, publicAddress: `t${i}.contoso.com` }));
    expect(parsePlan({ devices: { ios: 1000 }, sites: sites(100) }).ok).toBe(true);
    expect(issuesOf({ devices: { ios: 5010 }, sites: sites(501) })).toContainEqual({
      path: "sites",
      message: "at most 500 sites",
    });
  });
  it("several sites must each set devices", () => {
    const issues = issuesOf({ devices, sites: [{ name: "A", devices: 1000 }, { name: "B" }] });
    expect(issues.map((i) => i.path)).toContain("sites.1.devices");
  });
  it("site devices must sum to the total", () => {
    const issues = issuesOf({
      devices,
      sites: [
        { name: "A", devices: 500 },
        { name: "B", devices: 400 },
      ],
    });
    expect(issues).toContainEqual({
      path: "sites",
      message: "the sites' devices add up to 900, but the plan has 1000 devices",
    });
    expect(
      parsePlan({
        devices,
        sites: [
          { name: "A", devices: 600 },
          { name: "B", devices: 400 },
        ],
      }).ok,
    ).toBe(true);
  });
  it("androidBelow10 may not exceed the Android devices", () => {
    expect(issuesOf({ devices: { ...devices, androidBelow10: 401 } }).map((i) => i.path)).toEqual([
      "devices.androidBelow10",
    ]);
    expect(parsePlan({ devices: { ...devices, androidBelow10: 400 } }).ok).toBe(true);
  });
  it("site names are unique and non-empty, public addresses unique", () => {
    const issues = issuesOf({
      devices,
      sites: [
        { name: "A", devices: 500, publicAddress: "t.contoso.com" },
        { name: "a", devices: 250, publicAddress: "T.contoso.com" },
        { name: " ", devices: 250 },
      ],
    });
    expect(issues.map((i) => i.path).sort()).toEqual(["sites.1.name", "sites.1.publicAddress", "sites.2.name"]);
  });
});

describe("unknown fields and migrations", () => {
  it("unknown fields are dropped and reported by path", () => {
    const r = parsePlan({ colour: "red", sites: [{ name: "A", extra: 1 }], server: { ssh: { keyFile: "x" } } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.unknownFields).toEqual(["colour", "sites.0.extra", "server.ssh.keyFile"]);
    expect(r.value).not.toHaveProperty("colour");
  });
  it("the strict schema itself rejects unknown fields with their path", () => {
    const result = planSchema.safeParse({ server: { gpu: true } });
    expect(result.success).toBe(false);
  });
  it("a missing schemaVersion is read as 1 and reported", () => {
    const r = parsePlan({ name: "old" });
    expect(r.ok && r.report.migrations).toEqual(["schemaVersion was missing; read as version 1"]);
    const current = parsePlan({ schemaVersion: 1 });
    expect(current.ok && current.report).toEqual({ unknownFields: [], migrations: [], repaired: [] });
  });
  it("a newer schemaVersion says it was made by a newer version", () => {
    expect(migratePlan({ schemaVersion: 2 })).toEqual({
      ok: false,
      issues: [{ path: "schemaVersion", message: expect.stringContaining("made by a newer version") }],
    });
    expect(issuesOf({ schemaVersion: "1" })[0]?.path).toBe("schemaVersion");
    expect(issuesOf([])[0]).toEqual({ path: "", message: "a plan must be a JSON object" });
  });
});

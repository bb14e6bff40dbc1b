import { createTexts } from "@/lib/i18n/texts";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import type { PlanInput } from "@/lib/plan/schema";
import { busiestServerConnections, computePeakConnections, computeSiteSizing, computeSizing } from "./sizing";

const base = { connectionsPerDevice: 1, peakConcurrencyPercent: 100, highAvailability: false };
const size = (devices: number, opts: Partial<typeof base> = {}) =>
  computeSiteSizing("S", devices, { ...base, ...opts }, createTexts("en"));
const plan = (input: PlanInput) => {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

const en = createTexts("en");

describe("sizing table rows (facts#28)", () => {
  it.each([
    [0, 1, 4, 4],
    [1, 1, 4, 4],
    [1_000, 1, 4, 4],
    [1_001, 1, 4, 4],
    [2_000, 1, 4, 4],
    [2_001, 2, 8, 8],
    [5_000, 2, 8, 8],
    [5_001, 3, 8, 8],
    [10_000, 3, 8, 8],
    [10_001, 4, 8, 8],
    [20_000, 4, 8, 8],
    [20_001, 8, 8, 8],
    [40_000, 8, 8, 8],
  ])("%d devices → %d servers × %d CPUs, %d GB", (devices, servers, cpus, memory) => {
    const s = size(devices);
    expect([s.servers, s.cpusPerServer, s.memoryGbPerServer, s.diskGbPerServer, s.spareServers]).toEqual([
      servers,
      cpus,
      memory,
      30,
      0,
    ]);
  });
  it("beyond 40,000 devices: ceil(d / 5,000) servers of 8 CPUs, 8 GB, 30 GB (facts#29)", () => {
    expect(size(40_001).servers).toBe(9);
    expect(size(45_000).servers).toBe(9);
    expect(size(60_000).servers).toBe(12);
    expect(size(60_001)).toMatchObject({ servers: 13, cpusPerServer: 8, memoryGbPerServer: 8, diskGbPerServer: 30 });
  });
  it("the 64,000-connection rule raises the server count", () => {
    expect(size(1_000, { connectionsPerDevice: 64 }).servers).toBe(1);
    expect(size(1_000, { connectionsPerDevice: 65 })).toMatchObject({ peakConnections: 65_000, servers: 2 });
    expect(size(1_000, { connectionsPerDevice: 100 })).toMatchObject({ peakConnections: 100_000, servers: 2 });
    expect(size(1_000, { connectionsPerDevice: 100 }).reasoning.join("\n")).toContain(
      "ceil(100,000 / 64,000) = 2 servers, more than 1",
    );
  });
  it("peak connections = d × connections per device × peak%, rounded up", () => {
    expect(computePeakConnections(5_000, 1, 100)).toBe(5_000);
    expect(computePeakConnections(5_000, 2, 50)).toBe(5_000);
    expect(computePeakConnections(1_001, 1, 50)).toBe(501);
    expect(computePeakConnections(3, 0.1, 100)).toBe(1);
    expect(computePeakConnections(1_000, 1.1, 100)).toBe(1_100);
  });
  it("high availability adds one spare server", () => {
    expect(size(5_000, { highAvailability: true })).toMatchObject({ servers: 3, spareServers: 1 });
    expect(size(60_000, { highAvailability: true })).toMatchObject({ servers: 13, spareServers: 1 });
  });
  it("the reasoning shows every step with numbers, and says where a rule is the planner's choice", () => {
    expect(size(5_000, { highAvailability: true }).reasoning).toEqual([
      "Devices at this site: 5,000.",
      'Table row "up to 5,000 devices": 2 servers with 8 CPUs, 8 GB memory and 30 GB disk each.',
      "Peak connections: 5,000 devices × 1 per device × 100% = 5,000.",
      "Connection limit: ceil(5,000 / 64,000) = 1 server, not more than 2, so the count stays at 2 (the page names 64,000 concurrent connections per Microsoft Tunnel; the planner reads that as per server).",
      "High availability: 2 + 1 spare = 3 servers. The spare is the planner's conservative choice: servers upgrade one at a time, and the spare keeps the site's capacity during upgrades and failures.",
      "Connections per active server at peak: 5,000 / 2 = 2,500; the health check alerts above 4,990 (within the limit). The sources disagree here: the prerequisites page names 64,000 connections per Microsoft Tunnel, the health check turns Unhealthy above 4,990, and the table itself is not linear; the planner sizes from the table and the 4,990 alert.",
    ]);
    // Between two rows the next row up is taken, and the reasoning says it is a conservative choice (facts#28).
    expect(size(3_000).reasoning[2]).toContain("takes the next row up, a conservative choice");
    expect(size(2_000).reasoning.join(" ")).not.toContain("conservative choice so that");
  });
});

describe("computeSizing on plans", () => {
  it("matches the plan-format example: 5,000 devices, HA → 3 servers, 24 CPUs, 24 GB, 90 GB", () => {
    const { sizing } = computeSizing(plan({ devices: { ios: 3_000, androidFullyManaged: 2_000 } }), en);
    expect(sizing.sites[0]).toMatchObject({ devices: 5_000, peakConnections: 5_000, servers: 3, spareServers: 1 });
    expect(sizing.totals).toEqual({ servers: 3, cpus: 24, memoryGb: 24, diskGb: 90 });
  });
  it("counts all five platforms, including dedicated devices", () => {
    const { sizing } = computeSizing(
      plan({
        devices: {
          ios: 1,
          androidFullyManaged: 1,
          androidCorporateWorkProfile: 1,
          androidPersonalWorkProfile: 1,
          androidDedicated: 1,
        },
      }),
      en,
    );
    expect(sizing.sites[0]?.devices).toBe(5);
  });
  it("sizes each site from its own devices and sums the totals", () => {
    const p = plan({
      devices: { ios: 60_000 },
      sites: [
        { name: "A", devices: 45_000 },
        { name: "B", devices: 15_000, highAvailability: false },
      ],
    });
    const { sizing } = computeSizing(p, en);
    expect(sizing.sites.map((s) => s.servers)).toEqual([10, 4]);
    expect(sizing.totals).toEqual({ servers: 14, cpus: 112, memoryGb: 112, diskGb: 420 });
  });
  it("health threshold: 4,990 per active server is fine, 4,991 warns (facts#32)", () => {
    const at = (ios: number, ha = false) =>
      computeSizing(plan({ devices: { ios }, sites: [{ highAvailability: ha }] }), en).findings.map((f) => f.id);
    // 20,000 devices on 4 servers = 5,000 each; 40,000 on 8 = 5,000 each.
    expect(at(20_000)).toContain("connections-above-health-threshold");
    expect(at(40_000, true)).toContain("connections-above-health-threshold");
    expect(at(10_000)).not.toContain("connections-above-health-threshold");
    // 1,000 devices × 4.99 = 4,990 on one server; × 4.991 = 4,991.
    const conns = (c: number) =>
      computeSizing(
        plan({ devices: { ios: 1_000, connectionsPerDevice: c }, sites: [{ highAvailability: true }] }),
        en,
      ).findings.map((f) => f.id);
    expect(conns(4.99)).not.toContain("connections-above-health-threshold");
    expect(conns(4.991)).toContain("connections-above-health-threshold");
  });
  it("the threshold finding suggests a server count that meets it", () => {
    const { findings } = computeSizing(plan({ devices: { ios: 20_000 }, sites: [{ highAvailability: true }] }), en);
    expect(findings.find((f) => f.id === "connections-above-health-threshold")?.suggestion).toEqual({ servers: 6 });
  });
  it("one server without HA is a single-server site; HA avoids it", () => {
    expect(computeSizing(plan({ sites: [{ highAvailability: false }] }), en).findings.map((f) => f.id)).toEqual([
      "single-server-site",
    ]);
    expect(computeSizing(plan({}), en).findings).toEqual([]);
  });
  it("busiest server connections over all sites", () => {
    const { sizing } = computeSizing(
      plan({
        devices: { ios: 12_000 },
        sites: [
          { name: "A", devices: 10_000 },
          { name: "B", devices: 2_000 },
        ],
      }),
      en,
    );
    expect(busiestServerConnections(sizing)).toBe(3_334);
  });
});

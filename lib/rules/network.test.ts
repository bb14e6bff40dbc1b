import fc from "fast-check";
import { createTexts } from "@/lib/i18n/texts";
import { describe, expect, it } from "vitest";
import { cidr, overlaps, parseCidr, proposeFreeSlash24, usableHosts } from "@/lib/net/cidr";
import { parsePlan } from "@/lib/plan/parse";
import type { PlanInput } from "@/lib/plan/schema";
import { computeNetworkFindings, listPlanRanges } from "./network";

const plan = (input: PlanInput) => {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

const en = createTexts("en");

describe("CIDR math", () => {
  it("overlap is symmetric containment", () => {
    expect(overlaps(cidr("10.0.0.0/8"), cidr("10.88.0.0/16"))).toBe(true);
    expect(overlaps(cidr("10.88.0.0/16"), cidr("10.0.0.0/8"))).toBe(true);
    expect(overlaps(cidr("172.16.0.0/12"), cidr("172.17.0.0/16"))).toBe(true);
    expect(overlaps(cidr("172.32.0.0/16"), cidr("172.16.0.0/12"))).toBe(false);
    expect(overlaps(cidr("192.168.1.0/24"), cidr("192.168.1.255/32"))).toBe(true);
    expect(overlaps(cidr("192.168.1.0/24"), cidr("192.168.2.0/24"))).toBe(false);
  });
  it("usable hosts exclude network and broadcast", () => {
    expect(usableHosts(cidr("169.254.0.0/16"))).toBe(65_534);
    expect(usableHosts(cidr("10.0.0.0/24"))).toBe(254);
    expect(usableHosts(cidr("10.0.0.0/31"))).toBe(2);
  });
  it("parseCidr flags host bits and normalises", () => {
    expect(parseCidr("10.1.2.3/16")).toMatchObject({ text: "10.1.0.0/16", hostBitsSet: true });
    expect(parseCidr("10.1.2.3")).toMatchObject({ text: "10.1.2.3/32", hostBitsSet: false });
    expect(parseCidr("10.1.2.3/33")).toBeNull();
  });
  it("proposes 192.168.128.0/24 first, then the next free private /24", () => {
    expect(proposeFreeSlash24([])).toBe("192.168.128.0/24");
    expect(proposeFreeSlash24([cidr("192.168.128.0/24")])).toBe("192.168.129.0/24");
    expect(proposeFreeSlash24([cidr("192.168.0.0/16")])).toBe("172.16.0.0/24");
    expect(proposeFreeSlash24([cidr("192.168.0.0/16"), cidr("172.16.0.0/12")])).toBe("10.0.0.0/24");
    expect(proposeFreeSlash24([cidr("0.0.0.0/0")])).toBeNull();
  });
});

const octet = fc.integer({ min: 0, max: 255 });
const arbCidr = fc
  .tuple(fc.oneof(fc.constantFrom(10, 172, 192), octet), octet, octet, octet, fc.integer({ min: 8, max: 32 }))
  .map(([a, b, c, d, p]) => cidr(`${a}.${b}.${c}.${d}/${p}`));

describe("properties", () => {
  it("the proposed /24 overlaps nothing it was given", () => {
    fc.assert(
      fc.property(fc.array(arbCidr, { maxLength: 30 }), (taken) => {
        const free = proposeFreeSlash24(taken);
        if (free === null) return;
        expect(taken.some((t) => overlaps(t, cidr(free)))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
  it("overlap is symmetric and reflexive", () => {
    fc.assert(
      fc.property(arbCidr, arbCidr, (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(overlaps(a, a)).toBe(true);
      }),
    );
  });
  it("the bridge suggestion in a finding is free of every range in the plan", () => {
    fc.assert(
      fc.property(
        fc.array(arbCidr, { minLength: 1, maxLength: 12 }),
        fc.array(arbCidr, { maxLength: 6 }),
        (internal, include) => {
          const p = plan({
            network: {
              internalCidrs: [...internal.map((c) => c.text), "10.88.0.0/16"],
              splitTunnel: { include: include.map((c) => c.text) },
            },
            server: { distro: "rhel-9.4" },
          });
          const f = computeNetworkFindings(p, "podman", 0, en).find((x) => x.id === "bridge-overlap");
          expect(f).toBeDefined();
          const suggested = f?.suggestion?.bridgeCidr;
          if (typeof suggested !== "string") return;
          expect(listPlanRanges(p).some((r) => overlaps(r, cidr(suggested)))).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("network findings", () => {
  const ids = (input: PlanInput, runtime: "docker" | "podman" = "docker", busiest = 0) =>
    computeNetworkFindings(plan(input), runtime, busiest, en).map((f) => f.id);
  it("the default plan has no network finding", () => {
    expect(ids({})).toEqual([]);
    expect(ids({}, "podman")).toEqual([]);
  });
  it("Docker's default bridge overlaps 172.16.0.0/12; Podman's overlaps 10.0.0.0/8", () => {
    expect(ids({ network: { internalCidrs: ["172.16.0.0/12"] } }, "docker")).toEqual(["bridge-overlap"]);
    expect(ids({ network: { internalCidrs: ["172.16.0.0/12"] } }, "podman")).toEqual([]);
    expect(ids({ network: { internalCidrs: ["10.0.0.0/8"] } }, "podman")).toEqual(["bridge-overlap"]);
  });
  it("bridge overlap with a DNS server, a split include or the client pool; a custom bridge replaces the default", () => {
    expect(ids({ network: { dnsServers: ["172.17.0.53"] } })).toEqual(["bridge-overlap"]);
    expect(ids({ network: { splitTunnel: { include: ["172.17.5.0/24"] } } })).toEqual(["bridge-overlap"]);
    expect(ids({ network: { clientPool: "172.17.0.0/16" } })).toEqual(["bridge-overlap"]);
    expect(ids({ network: { internalCidrs: ["172.16.0.0/12"], bridgeCidr: "192.168.128.0/24" } })).toEqual([]);
    expect(ids({ network: { internalCidrs: ["192.168.0.0/16"], bridgeCidr: "192.168.128.0/24" } })).toEqual([
      "bridge-overlap",
    ]);
  });
  it("the bridge finding names the overlaps and suggests a free /24", () => {
    const [f] = computeNetworkFindings(
      plan({ network: { internalCidrs: ["10.0.0.0/8", "192.168.0.0/16"] } }),
      "podman",
      0,
      en,
    );
    expect(f?.suggestion).toEqual({ bridgeCidr: "172.16.0.0/24" });
    expect(f?.context).toContain("10.88.0.0/16 overlaps internal network 10.0.0.0/8");
  });
  it("client pool overlap and size", () => {
    expect(ids({ network: { clientPool: "10.10.0.0/16", internalCidrs: ["10.0.0.0/8"] } }, "podman")).toContain(
      "client-pool-overlap",
    );
    expect(ids({ network: { clientPool: "100.64.0.0/16", splitTunnel: { include: ["100.64.1.0/24"] } } })).toEqual([
      "client-pool-overlap",
    ]);
    expect(ids({ network: { clientPool: "100.64.0.0/24" } }, "docker", 254)).toEqual([]);
    expect(ids({ network: { clientPool: "100.64.0.0/24" } }, "docker", 255)).toEqual(["client-pool-too-small"]);
    expect(ids({}, "docker", 65_534)).toEqual([]);
    expect(ids({}, "docker", 65_535)).toEqual(["client-pool-too-small"]);
  });
  it("0.0.0.0 in a split rule, and the 500-rule limit", () => {
    const zero = computeNetworkFindings(
      plan({ network: { splitTunnel: { exclude: ["8.8.8.8/32", "0.0.0.0/0"] } } }),
      "docker",
      0,
      en,
    );
    expect(zero.map((f) => [f.id, f.field])).toEqual([["split-tunnel-zero-route", "network.splitTunnel.exclude.1"]]);
    const rules = (n: number) => Array.from({ length: n }, (_, i) => `100.${64 + Math.floor(i / 256)}.${i % 256}.0/24`);
    expect(
      ids({
        network: { splitTunnel: { include: rules(300), exclude: rules(200).map((r) => r.replace(/^100\./, "198.")) } },
      }),
    ).toEqual([]);
    expect(
      ids({
        network: { splitTunnel: { include: rules(301), exclude: rules(200).map((r) => r.replace(/^100\./, "198.")) } },
      }),
    ).toEqual(["split-tunnel-rule-limit"]);
  });
});

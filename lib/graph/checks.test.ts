import { describe, expect, it } from "vitest";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Plan, PlanInput } from "@/lib/plan/schema";
import { foldName, MAX_DISPLAY_NAME } from "./checks";
import { buildGraphFiles, graphReadiness } from "./";
import { planOf, TODAY } from "@/test/support/graph";

const clean: PlanInput = {
  name: "Contoso",
  sites: [{ publicAddress: "tunnel.contoso.com" }],
  tls: { subjectNames: ["tunnel.contoso.com"] },
};
const evaluate = (plan: Plan) => ({ plan, report: evaluatePlan(plan, { today: TODAY }) });
const blocksOf = ({ plan, report }: ReturnType<typeof evaluate>) => {
  const ready = graphReadiness(plan, report);
  return ready.ok ? [] : ready.blocks;
};
const manyRoutes = Array.from({ length: 501 }, (_, i) => `10.${Math.floor(i / 256)}.${i % 256}.0/24`);

describe("checks before emitting (graph-api.md §4)", () => {
  it("a clean plan gets all three files", () => {
    const c = evaluate(planOf(clean));
    expect(buildGraphFiles(c.plan, c.report)).toHaveLength(3);
  });

  const blocked: [string, PlanInput, string][] = [
    [
      "client pool overlaps an internal network (facts#152)",
      { ...clean, network: { internalCidrs: ["169.254.10.0/24"] } },
      "client-pool-overlap",
    ],
    [
      "a DNS server lies in the client pool (facts#152)",
      { ...clean, network: { dnsServers: ["169.254.0.53"] } },
      "client-pool-overlap",
    ],
    [
      "0.0.0.0 in a split-tunnel rule (facts#153)",
      { ...clean, network: { splitTunnel: { include: ["0.0.0.0/1"], exclude: [] } } },
      "split-tunnel-zero-route",
    ],
    [
      "more than 500 split-tunnel rules (facts#154)",
      { ...clean, network: { splitTunnel: { include: manyRoutes, exclude: [] } } },
      "split-tunnel-rule-limit",
    ],
    [
      "publicAddress not covered by the certificate (facts#37)",
      { ...clean, tls: { subjectNames: ["other.contoso.com"] } },
      "tls-name-mismatch",
    ],
    [
      "the client pool on the container bridge (facts#55)",
      { ...clean, network: { clientPool: "172.17.0.0/16" } },
      "bridge-overlap",
    ],
    [
      "a display name over the limit",
      { ...clean, name: "N".repeat(120), sites: [{ name: "S".repeat(100), publicAddress: "tunnel.contoso.com" }] },
      "graph-name-too-long",
    ],
  ];
  it.each(blocked)("%s: the finding is in the report, no Graph file, and the checklist says why", (_why, input, id) => {
    const c = evaluate(planOf(input));
    expect(c.report.findings.map((f) => f.id)).toContain(id);
    expect(blocksOf(c).map((b) => (b.kind === "finding" ? b.id : b.kind))).toContain(id);
    expect(buildGraphFiles(c.plan, c.report)).toEqual([]);
    const item = c.report.checklist.find((i) => i.id === "graph-script");
    expect(item?.title).toBe("New-TunnelPlan.ps1 is not generated yet");
    expect(item?.detail).toContain(`(${id})`);
  });

  it("a bridge overlap that does not touch the client pool does not withhold the files (contoso's case)", () => {
    const c = evaluate(
      planOf({ ...clean, server: { distro: "rhel-9.4" }, network: { internalCidrs: ["10.0.0.0/8"] } }),
    );
    expect(c.report.findings.map((f) => f.id)).toContain("bridge-overlap");
    expect(buildGraphFiles(c.plan, c.report)).toHaveLength(3);
  });

  it("a site without a public address withholds the files without a finding (the default plan stays clean)", () => {
    const c = evaluate(planOf({ name: "Contoso" }));
    expect(c.report.findings.filter((f) => f.field.startsWith("sites.") || f.id.startsWith("graph-"))).toEqual([]);
    expect(blocksOf(c)).toEqual([{ kind: "address-missing", site: "Primary", field: "sites.0.publicAddress" }]);
    expect(buildGraphFiles(c.plan, c.report)).toEqual([]);
    expect(c.report.checklist.find((i) => i.id === "graph-script")?.detail).toContain(
      "site Primary has no public address",
    );
  });

  it("a hand-built plan with a value outside its grammar gets no file, whatever the findings say", () => {
    const plan = planOf(clean);
    const report = evaluatePlan(plan, { today: TODAY });
    const broken: Plan[] = [
      { ...plan, sites: [{ ...plan.sites[0]!, publicAddress: "tunnel contoso.com" }] },
      { ...plan, sites: [{ ...plan.sites[0]!, name: "A\nB" }] },
      { ...plan, sites: [{ ...plan.sites[0]!, port: 0 }] },
      { ...plan, network: { ...plan.network, dnsServers: ["10.0.0.1'; calc"] } },
      { ...plan, network: { ...plan.network, splitTunnel: { include: ["10.0.0.0/33"], exclude: [] } } },
    ];
    for (const p of broken) {
      const ready = graphReadiness(p, report);
      expect(ready.ok, JSON.stringify(p.sites)).toBe(false);
      if (!ready.ok) expect(ready.blocks.every((b) => b.kind === "invalid")).toBe(true);
      expect(buildGraphFiles(p, report)).toEqual([]);
    }
  });
});

describe("display names", () => {
  it("compares like the script (.NET OrdinalIgnoreCase): case-insensitive, character by character", () => {
    expect(foldName("Frankfurt")).toBe(foldName("FRANKFURT"));
    expect(foldName("\u017fite")).toBe(foldName("Site")); // long s: simple upper case is S
    expect(foldName("Straße")).not.toBe(foldName("STRASSE")); // ß has no one-character upper case
    expect(foldName("Zürich")).toBe(foldName("ZÜRICH"));
  });
  it("graph-name-not-unique names both sites; graph-name-too-long names the field to shorten", () => {
    const c = evaluate(
      planOf({
        name: "Contoso",
        sites: [
          { name: "Site", devices: 0, publicAddress: "a.contoso.com" },
          { name: "\u017fite", devices: 0, publicAddress: "b.contoso.com" },
        ],
        tls: { subjectNames: ["*.contoso.com"] },
      }),
    );
    const dup = c.report.findings.find((f) => f.id === "graph-name-not-unique");
    expect(dup).toMatchObject({ severity: "warning", field: "sites.1.name" });
    expect(dup?.detail).toContain('"Contoso - Site" and "Contoso - \u017fite"');
    expect(buildGraphFiles(c.plan, c.report)).toEqual([]);

    const long = evaluate(
      planOf({
        name: "N".repeat(120),
        sites: [{ name: "S".repeat(100), publicAddress: "tunnel.contoso.com" }],
        tls: clean.tls,
      }),
    );
    const f = long.report.findings.find((x) => x.id === "graph-name-too-long");
    expect(f).toMatchObject({ field: "sites.0.name" });
    expect(f?.detail).toContain(`has 223 characters (at most ${MAX_DISPLAY_NAME})`);
  });
  it("dns-suffix-only-first says which suffix Intune gets and which are not sent, in the plan's language", () => {
    const input = { ...clean, network: { dnsSuffixes: ["corp.contoso.com", "eu.contoso.com", "contoso.local"] } };
    const en = evaluate(planOf(input)).report.findings.find((f) => f.id === "dns-suffix-only-first");
    expect(en).toMatchObject({ severity: "info", field: "network.dnsSuffixes" });
    expect(en?.detail).toContain("Intune gets corp.contoso.com; eu.contoso.com and contoso.local are not sent.");
    const de = evaluate(planOf({ ...input, locale: "de" })).report.findings.find(
      (f) => f.id === "dns-suffix-only-first",
    );
    expect(de?.detail).toContain(
      "Intune erhält corp.contoso.com; eu.contoso.com und contoso.local werden nicht übertragen.",
    );
    // One suffix is exactly what the configuration holds: no finding.
    const one = evaluate(planOf({ ...clean, network: { dnsSuffixes: ["corp.contoso.com"] } })).report.findings;
    expect(one.map((f) => f.id)).not.toContain("dns-suffix-only-first");
  });
});

describe("the checklist's Intune items", () => {
  it("end the network phase: point to New-TunnelPlan.ps1 with the counts, and remind of the probe URL the bodies leave out (facts#159)", () => {
    const c = evaluate(planOf(clean));
    const network = c.report.checklist.filter((i) => i.phaseId === "network").map((i) => i.id);
    expect(network).toContain("create-sites");
    expect(network.slice(-2)).toEqual(["graph-script", "site-probe-url"]);
    const script = c.report.checklist.find((i) => i.id === "graph-script");
    expect(script).toMatchObject({ owner: "intune", title: "Or run New-TunnelPlan.ps1", fact: "facts#155" });
    expect(script?.detail).toContain("creates or updates the server configuration and the site by display name");
    expect(c.report.checklist.find((i) => i.id === "site-probe-url")).toMatchObject({
      owner: "intune",
      fact: "facts#159",
    });
    const de = evaluate(planOf({ ...clean, locale: "de" })).report.checklist.find((i) => i.id === "graph-script");
    expect(de?.title).toBe("Oder New-TunnelPlan.ps1 ausführen");
  });
});

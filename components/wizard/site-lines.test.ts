import { describe, expect, it } from "vitest";
import { defaultPlan } from "@/lib/plan/defaults";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Plan } from "@/lib/plan/schema";
import { siteLines } from "./site-lines";

const TODAY = "2026-11-30";
const planWith = (sites: { name: string; devices: number }[]): Plan => ({
  ...structuredClone(defaultPlan),
  devices: { ...defaultPlan.devices, ios: sites.reduce((n, s) => n + s.devices, 0) },
  sites: sites.map((s, i) => ({ ...defaultPlan.sites[0]!, ...s, publicAddress: `t${i}.contoso.com` })),
});
const sizingOf = (plan: Plan) => evaluatePlan(plan, { today: TODAY, files: false }).sizing.sites;

describe("the summary's site lines", () => {
  const before = planWith([
    { name: "Berlin", devices: 20_000 },
    { name: "Madrid", devices: 500 },
    { name: "Oslo", devices: 9_000 },
  ]);
  const report = sizingOf(before);

  it("show a renamed site's new name with the report's count before the report follows", () => {
    const renamed = structuredClone(before);
    renamed.sites[1]!.name = "Madrid-Nord";
    expect(siteLines(report, renamed.sites)).toEqual([
      { name: "Berlin", servers: report[0]!.servers },
      { name: "Madrid-Nord", servers: report[1]!.servers },
      { name: "Oslo", servers: report[2]!.servers },
    ]);
    // The report that follows agrees: a name moves no count.
    expect(siteLines(sizingOf(renamed), renamed.sites)).toEqual(siteLines(report, renamed.sites));
  });

  it("never pair a name with another site's count while a removed site's report is still on screen", () => {
    const removed = structuredClone(before);
    removed.sites.splice(1, 1);
    // Berlin and Oslo need different numbers of servers, so a shift would show.
    expect(report[0]!.servers).not.toBe(report[1]!.servers);
    expect(siteLines(report, removed.sites)).toEqual(report.map((s) => ({ name: s.name, servers: s.servers })));
    expect(siteLines(sizingOf(removed), removed.sites).map((l) => l.name)).toEqual(["Berlin", "Oslo"]);
  });

  it("keep the report's lines while an added site has no count yet", () => {
    const added = structuredClone(before);
    added.sites.push({ ...added.sites[0]!, name: "Lisboa" });
    expect(siteLines(report, added.sites).map((l) => l.name)).toEqual(["Berlin", "Madrid", "Oslo"]);
  });
});

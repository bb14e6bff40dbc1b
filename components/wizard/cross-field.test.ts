import { describe, expect, it } from "vitest";
import { defaultPlan } from "@/lib/plan/defaults";
import { planSchema } from "@/lib/plan/schema";
import { checkStepValues } from "./cross-field";
import { steps, stepValues } from "./steps";

const byId = (id: string) => steps.find((s) => s.id === id)!;

/** A two-site plan with 4,000 Android devices: the situation of issue 16 item 9. */
function twoSites() {
  const plan = structuredClone(defaultPlan);
  plan.devices.androidFullyManaged = 4000;
  plan.sites = [
    { ...plan.sites[0]!, name: "Berlin", devices: 2500, publicAddress: "berlin.contoso.com" },
    { ...plan.sites[0]!, name: "Hamburg", devices: 1500, publicAddress: "hamburg.contoso.com" },
  ];
  expect(planSchema.safeParse(plan).success).toBe(true);
  return plan;
}

describe("checkStepValues: every cross-field rule shows on the step that edits the field, while typing", () => {
  it("Android devices below version 10 above the Android total is an issue at that field of the devices step (facts#121)", () => {
    const plan = twoSites();
    const values = stepValues(byId("devices"), plan) as { devices: typeof plan.devices };
    values.devices.androidBelow10 = 5000;
    const check = checkStepValues(byId("devices"), values, plan, {}, steps);
    expect([...check.issues.keys()]).toEqual(["devices.androidBelow10"]);
    expect(check.issues.get("devices.androidBelow10")).toMatchObject({
      rule: "android-below-10",
      below10: 5000,
      android: 4000,
    });
  });

  it("a count not typed yet (NaN from an empty field) waits instead of reporting", () => {
    const plan = twoSites();
    const values = stepValues(byId("devices"), plan) as { devices: typeof plan.devices };
    values.devices.androidFullyManaged = Number.NaN;
    expect(checkStepValues(byId("devices"), values, plan, {}, steps).issues.size).toBe(0);
  });

  it("the sites step shows the sum, a missing count, a taken name and a taken address at their fields", () => {
    const plan = twoSites();
    const values = { sites: [...plan.sites, { ...plan.sites[1]!, name: " hamburg ", devices: null }] };
    const check = checkStepValues(byId("sites"), values, plan, {}, steps);
    expect([...check.issues.keys()].sort()).toEqual(["sites.2.devices", "sites.2.name", "sites.2.publicAddress"]);
    values.sites[2] = { ...values.sites[2]!, name: "Munich", publicAddress: "munich.contoso.com", devices: 100 };
    const sum = checkStepValues(byId("sites"), values, plan, {}, steps).issues;
    expect([...sum.keys()]).toEqual(["sites"]);
    expect(sum.get("sites")).toMatchObject({ rule: "sites-sum", sum: 4100, total: 4000 });
  });

  it("checks against the devices step's pending draft, and keeps other steps' issues out of the step's own fields", () => {
    const plan = twoSites();
    const devicesDraft = {
      ...stepValues(byId("devices"), plan),
      devices: { ...plan.devices, androidFullyManaged: 5000 },
    };
    const sites = checkStepValues(
      byId("sites"),
      stepValues(byId("sites"), plan),
      plan,
      { devices: devicesDraft },
      steps,
    );
    expect(sites.devices.androidFullyManaged).toBe(5000);
    expect(sites.issues.get("sites")).toMatchObject({ sum: 4000, total: 5000 });
    const devices = checkStepValues(byId("devices"), devicesDraft, plan, {}, steps);
    expect(devices.issues.size).toBe(0);
    expect(devices.all.get("sites")).toMatchObject({ rule: "sites-sum" });
  });

  it("finds exactly what planSchema rejects, for every rule", () => {
    const plan = twoSites();
    const broken = {
      ...plan,
      devices: { ...plan.devices, androidBelow10: 4001 },
      sites: [...plan.sites, { ...plan.sites[0]!, devices: null }],
    };
    const result = planSchema.safeParse(broken);
    const schemaPaths = result.success ? [] : result.error.issues.map((i) => i.path.join("."));
    const all = new Set(
      steps.flatMap((s) => [...checkStepValues(s, stepValues(s, broken as never), plan, {}, steps).issues.keys()]),
    );
    expect([...all].sort()).toEqual([...new Set(schemaPaths)].sort());
  });
});

describe("checkStepValues: Android 10", () => {
  it("devices on version 10 and below it may not exceed the Android devices together (facts#126)", () => {
    const plan = structuredClone(defaultPlan);
    plan.devices.androidFullyManaged = 4000;
    const values = stepValues(byId("devices"), plan) as { devices: typeof plan.devices };
    values.devices.androidBelow10 = 1000;
    values.devices.android10 = 3500;
    const issue = checkStepValues(byId("devices"), values, plan, {}, steps).issues.get("devices.android10");
    expect(issue).toMatchObject({ rule: "android-10", below10: 1000, android10: 3500, android: 4000 });
    values.devices.android10 = 3000;
    expect(checkStepValues(byId("devices"), values, plan, {}, steps).issues.size).toBe(0);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseChangedSlices, parsePlanChange, sameValue } from "./incremental";
import { planSchema, type Plan } from "./schema";

const FIXTURES = join(process.cwd(), "lib", "__fixtures__");
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as Record<string, unknown>;

/** A valid three-site plan: 300 devices, 100 per site. */
function threeSites(): Plan {
  const plan = planSchema.parse(fixture("contoso-single-site.tunnelplan.json"));
  const [first] = plan.sites;
  plan.devices = {
    ...plan.devices,
    ios: 300,
    androidFullyManaged: 0,
    androidCorporateWorkProfile: 0,
    androidPersonalWorkProfile: 0,
  };
  plan.sites = ["A", "B", "C"].map((name, i) => ({
    ...first!,
    name,
    publicAddress: `t${i}.contoso.com`,
    devices: 100,
  }));
  return planSchema.parse(plan);
}

/** The plan as a form would hold it: a deep copy, so nothing is the base's object. */
const copy = (plan: Plan) => structuredClone(plan) as unknown as Record<string, unknown>;

describe("parsePlanChange", () => {
  const base = threeSites();
  const cases: [string, (input: Record<string, unknown> & Plan) => void][] = [
    ["nothing changed", () => {}],
    ["a site renamed", (p) => void (p.sites[1]!.name = "B2")],
    ["a site's name emptied", (p) => void (p.sites[1]!.name = "")],
    ["a site's port out of range", (p) => void (p.sites[2]!.port = 70_000)],
    ["a site with a key the schema does not know", (p) => void Object.assign(p.sites[0]!, { extra: 1 })],
    ["two sites with one name", (p) => void (p.sites[2]!.name = "a")],
    ["site devices that no longer add up", (p) => void (p.sites[0]!.devices = 90)],
    ["a devices count changed with the sites", (p) => void ((p.devices.ios = 310), (p.sites[0]!.devices = 110))],
    [
      "a site added",
      (p) => void p.sites.push({ ...p.sites[0]!, name: "D", publicAddress: "d.contoso.com", devices: 0 }),
    ],
    ["every site removed", (p) => void p.sites.splice(0)],
    ["a network the schema normalises", (p) => void (p.network.internalCidrs = ["10.0.0.1/8"])],
    ["a slice left out (its default applies)", (p) => void delete (p as Partial<Plan>).serverProxy],
    ["a key no plan has", (p) => void Object.assign(p, { extra: true })],
  ];
  it.each(cases)("gives planSchema's own result: %s", (_, change) => {
    const input = copy(base) as Record<string, unknown> & Plan;
    change(input);
    const expected = planSchema.safeParse(structuredClone(input));
    const actual = parsePlanChange(base, input);
    expect(actual.success).toBe(expected.success);
    if (expected.success) expect(actual.data).toEqual(expected.data);
    else expect(actual.error?.issues).toEqual(expected.error.issues);
  });

  it.each(cases)("parseChangedSlices fails exactly when the slices' schemas do: %s", (_, change) => {
    const input = copy(base) as Record<string, unknown> & Plan;
    change(input);
    const expected = z.object(planSchema.shape).safeParse(structuredClone(input));
    const actual = parseChangedSlices(base, input, Object.keys(planSchema.shape));
    expect(actual).toEqual(expected.success ? expected.data : null);
  });

  it("keeps the base's objects for what did not change, and parses the changed site afresh", () => {
    const input = copy(base) as Record<string, unknown> & Plan;
    input.sites[1]!.name = "B2";
    const result = parsePlanChange(base, input);
    expect(result.success).toBe(true);
    const plan = result.data!;
    expect(plan.sites[0]).toBe(base.sites[0]);
    expect(plan.sites[2]).toBe(base.sites[2]);
    expect(plan.sites[1]).not.toBe(input.sites[1]);
    expect(plan.sites[1]!.name).toBe("B2");
    expect(plan.devices).toBe(base.devices);
    expect(plan.network).toBe(base.network);
    expect(Object.keys(plan)).toEqual(Object.keys(planSchema.shape));
  });
});

describe("parseChangedSlices", () => {
  const base = threeSites();
  it("parses only the keys asked for, and is null when a changed part does not parse (the caller runs the schema for its messages)", () => {
    const input = copy(base) as Record<string, unknown> & Plan;
    input.sites[0]!.devices = 150;
    const slices = parseChangedSlices(base, input, ["sites", "devices"]);
    expect(Object.keys(slices!)).toEqual(["sites", "devices"]);
    expect(slices!.devices).toBe(base.devices);
    expect((slices!.sites as Plan["sites"])[0]!.devices).toBe(150);
    input.sites[0]!.devices = -1;
    expect(parseChangedSlices(base, input, ["sites"])).toBeNull();
  });
});

describe("the premise: planSchema gives back what it accepted", () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith(".tunnelplan.json")))("%s parses to itself", (name) => {
    const once = planSchema.parse(fixture(name));
    expect(planSchema.parse(structuredClone(once))).toEqual(once);
  });
});

describe("sameValue", () => {
  it("compares plain data by content", () => {
    expect(sameValue({ a: [1, { b: "x" }], c: null }, { a: [1, { b: "x" }], c: null })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameValue({ n: Number.NaN }, { n: Number.NaN })).toBe(true);
    expect(sameValue({ n: 1 }, { n: "1" })).toBe(false);
  });
});

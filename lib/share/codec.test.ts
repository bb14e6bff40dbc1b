import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ADDED_SINCE_V1 } from "./added-fields";
import { mergeJson } from "./diff";
import { describe, expect, it } from "vitest";
import { defaultPlan } from "@/lib/plan/defaults";
import { planSchema, type Plan } from "@/lib/plan/schema";
import { BASELINE_V1 } from "./baseline-v1";
import { decodeShareFragment, encodePayloadForTests, encodeShareFragment } from "./codec";
import { parsePlanFile } from "./plan-file";
import { summarizeLoadReport } from "./summary";
import { buildShareUrl, extractShareFragment, parseShareUrl } from "./url";

function roundTrip(plan: Plan) {
  const result = decodeShareFragment(encodeShareFragment(plan));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  if (result.ok) expect(result.plan).toEqual(plan);
  return result;
}

type Choice = { path: (string | number)[]; value: unknown };

/** Every enum member, literal and boolean the schema accepts, found by walking planSchema (one source of truth). */
function listCatalogChoices(schema: unknown, path: (string | number)[] = []): Choice[] {
  const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, v]) =>
        listCatalogChoices(v, [...path, k]),
      );
    case "enum":
      return Object.values(def.entries as Record<string, unknown>).map((value) => ({ path, value }));
    case "literal":
      return (def.values as unknown[]).map((value) => ({ path, value }));
    case "boolean":
      return [true, false].map((value) => ({ path, value }));
    case "array":
      return listCatalogChoices(def.element, [...path, 0]);
    case "union":
      return (def.options as unknown[]).flatMap((o) => listCatalogChoices(o, path));
    default:
      for (const key of ["innerType", "in", "schema"]) if (def[key]) return listCatalogChoices(def[key], path);
      return [];
  }
}

/** The plan with one value set; null when the path runs through a field that is null (tls.certificate needs a whole summary first). */
function withValue(plan: Plan, path: (string | number)[], value: unknown): Plan | null {
  const copy = structuredClone(plan) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<string | number, unknown>;
    if (node === null) return null;
  }
  node[path.at(-1)!] = value;
  return copy as unknown as Plan;
}

describe("share codec", () => {
  it("encodes the default plan as an empty diff and decodes it with a clean report", () => {
    const fragment = encodeShareFragment(defaultPlan);
    expect(fragment.startsWith("p1.")).toBe(true);
    expect(fragment.length).toBeLessThan(20);
    const result = roundTrip(defaultPlan);
    if (result.ok) expect(result.report.repaired).toEqual([]);
  });

  it("keeps the frozen v1 baseline plus the fields added since equal to today's defaults (else links grow; never edit the baseline)", () => {
    expect(mergeJson(BASELINE_V1, ADDED_SINCE_V1)).toEqual(JSON.parse(JSON.stringify(defaultPlan)));
  });

  it("round-trips every catalog value of every field", () => {
    const choices = listCatalogChoices(planSchema);
    expect(choices.length).toBeGreaterThan(40);
    let checked = 0;
    let reachable = 0;
    for (const { path, value } of choices) {
      const plan = withValue(defaultPlan, path, value);
      if (plan === null) continue; // lib/cert/summary-link.test.ts round-trips the certificate summary's choices
      reachable++;
      if (!planSchema.safeParse(plan).success) continue; // a value that needs another field first
      roundTrip(plan);
      checked++;
    }
    expect(checked).toBeGreaterThan(reachable * 0.9);
  }, 60_000);

  const fixtureDir = join(process.cwd(), "lib", "__fixtures__");
  const fixtures = readdirSync(fixtureDir).filter((f) => f.endsWith(".json"));
  it.each(fixtures)("round-trips fixture %s", (file) => {
    const parsed = parsePlanFile(readFileSync(join(fixtureDir, file), "utf8"));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) roundTrip(parsed.plan);
  });

  it("builds and parses whole URLs, bare fragments and pasted text", () => {
    const plan = withValue(defaultPlan, ["name"], "Contoso rollout")!;
    const url = buildShareUrl("https://planner.example/", plan);
    expect(url).toMatch(/^https:\/\/planner\.example\/open#p1\.[A-Za-z0-9_-]+$/);
    expect(extractShareFragment(url)).toBe(url.split("#")[1]);
    for (const text of [url, ` <${url}> `, `#${url.split("#")[1]}`, url.split("#")[1]!]) {
      const result = parseShareUrl(text);
      expect(result.ok && result.plan.name).toBe("Contoso rollout");
    }
  });

  it.each([
    ["", "truncated"],
    ["https://planner.example/open", "truncated"],
    ["p1", "truncated"],
    ["p1.", "truncated"],
    ["hello world", "not-tunnel-planner"],
    ["s=N4IgZg", "not-tunnel-planner"],
    ["p2.AAAA", "newer-version"],
    ["p1.!!!!", "corrupt"],
  ])("reports %j as %s", (input, code) => {
    const result = parseShareUrl(input);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it("repairs invalid values to their default and lists unknown fields, field by field", () => {
    const fragment = encodePayloadForTests({
      name: "Hand-made",
      tls: { validityDays: -5 },
      devices: { ios: "many" },
      colour: "blue",
      server: { gpu: true },
    });
    const result = decodeShareFragment(fragment);
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.plan.name).toBe("Hand-made");
    expect(result.plan.tls.validityDays).toBe(defaultPlan.tls.validityDays);
    expect(result.plan.devices.ios).toBe(defaultPlan.devices.ios);
    expect(result.report.repaired.map((r) => r.path).sort()).toEqual(["devices.ios", "tls.validityDays"]);
    expect(summarizeLoadReport(result.report).ignored).toEqual(expect.arrayContaining(["colour", "server.gpu"]));
  });

  it("reports a payload from a newer schema as newer-version", () => {
    expect(decodeShareFragment(encodePayloadForTests({ schemaVersion: 99 }))).toMatchObject({
      ok: false,
      error: { code: "newer-version" },
    });
  });

  it("reports a payload that is not a JSON object as corrupt", () => {
    expect(decodeShareFragment(encodePayloadForTests([1, 2]))).toMatchObject({ ok: false, error: { code: "corrupt" } });
  });
});

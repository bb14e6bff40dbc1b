import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeShareFragment } from "./codec";
import { parseShareUrl } from "./url";

// Links made by the first release (format p1). Generated once and reviewed; NEVER regenerate or edit:
// every later version must decode them to exactly these plans (codec.ts, compatibility rules).
type FrozenLink = { name: string; url: string; plan: unknown };
const frozen = JSON.parse(readFileSync(join(__dirname, "__fixtures__", "links-v1.json"), "utf8")) as {
  links: FrozenLink[];
};

describe("frozen p1 links keep decoding to the same plans", () => {
  it("has links to check", () => {
    expect(frozen.links.length).toBeGreaterThanOrEqual(5);
  });

  it.each(frozen.links.map((l) => [l.name, l] as const))("%s", (_name, link) => {
    const result = parseShareUrl(link.url, { today: "2026-11-28" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    // Fields added since p1 shipped read as their defaults: the source document's edition, English, no certificate, nothing ticked.
    const plan = link.plan as { devices: object; tls: object };
    expect(result.plan).toEqual({
      ...plan,
      edition: "2024-10-24",
      locale: "en",
      devices: { ...plan.devices, android10: 0 },
      tls: { ...plan.tls, certificate: null },
      progress: {},
    });
    expect(result.report.repaired).toEqual([]);
    expect(decodeShareFragment(link.url.split("#")[1]!).ok).toBe(true);
  });
});

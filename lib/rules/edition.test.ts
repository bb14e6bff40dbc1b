import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISTRO_IDS } from "@/lib/catalog/distros";
import { EDITION_IDS, NEWEST_EDITION_ID, type EditionId } from "@/lib/catalog/editions/ids";
import { EDITIONS } from "@/lib/catalog/editions/resolve";
import { createTexts } from "@/lib/i18n/texts";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan, PlanInput } from "@/lib/plan/schema";
import { evaluatePlan } from "@/lib/report/evaluate";
import { moveToEdition, summarizeEdition } from "./edition";

const en = createTexts("en");
const plan = (input: PlanInput): Plan => {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

/** Plans across editions, distributions, runtimes, devices, certificates and dates. */
const arbPlan: fc.Arbitrary<Plan> = fc
  .record({
    edition: fc.constantFrom(...EDITION_IDS),
    planningDate: fc.constantFrom("2024-01-15", "2024-10-24", "2025-06-30", "2026-03-15", "2026-11-30", "2027-04-01"),
    distro: fc.constantFrom(...DISTRO_IDS),
    container: fc.constantFrom("auto", "docker", "podman" as const),
    rootless: fc.boolean(),
    ios: fc.nat({ max: 60_000 }),
    android: fc.nat({ max: 20_000 }),
    below10: fc.nat({ max: 50 }),
    android10: fc.nat({ max: 50 }),
    issuer: fc.constantFrom("public", "private" as const),
    validity: fc.integer({ min: 1, max: 900 }),
    keyAlgorithm: fc.constantFrom("rsa", "ecdsa" as const),
    bridge: fc.constantFrom(null, "192.168.128.0/24"),
    tunnelForMam: fc.boolean(),
  })
  .map((r) =>
    plan({
      edition: r.edition,
      planningDate: r.planningDate,
      licensing: { tunnelForMam: r.tunnelForMam, intunePlan: "plan2" },
      devices: {
        ios: r.ios,
        androidFullyManaged: r.android + r.below10 + r.android10,
        androidBelow10: r.below10,
        android10: r.android10,
      },
      server: { distro: r.distro, container: r.container, rootlessPodman: r.rootless },
      network: { bridgeCidr: r.bridge, internalCidrs: ["10.0.0.0/8"] },
      tls: {
        issuer: r.issuer,
        validityDays: r.validity,
        keyAlgorithm: r.keyAlgorithm,
        keyBits: r.keyAlgorithm === "rsa" ? 2048 : 256,
      },
    }),
  );

describe("moving a plan to another edition (issue 10)", () => {
  it("for any plan, moving to the newest edition loses no field and changes nothing but the edition", () => {
    fc.assert(
      fc.property(arbPlan, (p) => {
        const moved = moveToEdition(p, NEWEST_EDITION_ID);
        expect({ ...moved, edition: p.edition }).toEqual(p);
        expect(moved.edition).toBe(NEWEST_EDITION_ID);
        const reread = parsePlan(JSON.parse(JSON.stringify(moved)));
        expect(reread.ok && reread.value).toEqual(moved);
        // Sizing and ports never depend on the edition (editions.md §4.16).
        const [before, after] = [evaluatePlan(p), evaluatePlan(moved)];
        expect(after.sizing).toEqual(before.sizing);
        expect(after.ports).toEqual(before.ports);
        expect(after.catalog.edition).toBe(NEWEST_EDITION_ID);
        expect(after.editionChanges).toEqual([]);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("every edition evaluates any plan, and only the newest reports no newer edition", () => {
    fc.assert(
      fc.property(arbPlan, fc.constantFrom(...EDITION_IDS), (p, id: EditionId) => {
        const r = evaluatePlan(moveToEdition(p, id));
        expect(r.catalog.edition).toBe(id);
        expect(r.findings.some((f) => f.id === "edition-newer-available")).toBe(id !== NEWEST_EDITION_ID);
        expect(r.editionChanges.every((c) => c.edition > id)).toBe(true);
        // Changes that affect the plan come first.
        const flags = r.editionChanges.map((c) => c.affectsPlan);
        expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it("each edition has a one-line summary with its date", () => {
    expect(EDITIONS.map((e) => summarizeEdition(e, en))).toEqual([
      "Sep 6, 2024: one edition before the source document: no key-size rule, no Linux system auditing section, no Tunnel for MAM note.",
      "Oct 24, 2024: the source document this planner is built on (the German page).",
      "Mar 4, 2025: adds Ubuntu 24.04; drops CentOS 7.4+, RHEL 7.4+, RHEL 8.6, RHEL 9.0, RHEL 9.1, and Ubuntu 20.04; announces the end of support for RHEL 8.7, RHEL 8.8, and RHEL 9.2; changes the certificate lifetime and key size and the government clouds.",
      "Mar 27, 2025: changes the government clouds and Linux system auditing.",
      "Apr 15, 2025: adds RHEL 9.5, RHEL 9.6, and RHEL 10.0; drops RHEL 8.7, RHEL 8.8, and RHEL 9.2; announces the end of support for RHEL 8.9, RHEL 9.3, and RHEL 9.4; changes the account that registers the servers.",
      "Apr 15, 2025: changes the FQDNs to allow.",
      "Mar 27, 2026: changes the Android versions.",
      "Aug 6, 2026: adds RHEL 9.7, RHEL 9.8, and Ubuntu 26.04; drops Ubuntu 22.04; changes the FQDNs to allow and Tunnel for MAM licensing.",
      "Sep 3, 2026: adds RHEL 10.1 and RHEL 10.2.",
    ]);
  });
});

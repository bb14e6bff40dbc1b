import { describe, expect, it } from "vitest";
import { listCitedFacts, parseFacts, readShared } from "@/test/support/shared-sources";

/**
 * [SEED] facts no code encodes yet, each with what would encode it (issue 11's "Missing requirements").
 * The test fails when one of them gets cited (take it off this list) or when any other [SEED] fact loses its citation.
 */
const NOT_YET_ENCODED: Readonly<Record<number, string>> = {
  182: "mst-cli install rebuilds the containers when an existing proxy changes: the proxy files/README",
};

// Every [SEED] fact of facts.md is cited as `facts#N` next to the code or test that encodes it (issue 11).
describe("seed-fact coverage", () => {
  const facts = parseFacts(readShared("domain/facts.md"));
  const seed = facts.filter((f) => f.tags.includes("SEED")).map((f) => f.fact);

  it("reads the [SEED] facts of facts.md", () => {
    expect(facts.length).toBeGreaterThan(190);
    expect(seed.length).toBeGreaterThanOrEqual(80);
    for (const n of Object.keys(NOT_YET_ENCODED))
      expect(seed, "only [SEED] facts belong on the pending list").toContain(Number(n));
  });

  it("cites every [SEED] fact in lib/, components/, app/ or scripts/ except the ones no code encodes yet", () => {
    const cited = listCitedFacts();
    const missing = seed.filter((n) => !cited.has(n) && !(n in NOT_YET_ENCODED));
    expect(
      missing,
      `[SEED] facts with no facts#N citation in code or tests: ${missing.map((n) => `#${n}`).join(", ")}`,
    ).toEqual([]);
    const nowCited = Object.keys(NOT_YET_ENCODED)
      .map(Number)
      .filter((n) => cited.has(n));
    expect(nowCited, `now cited, take off NOT_YET_ENCODED: ${nowCited.map((n) => `#${n}`).join(", ")}`).toEqual([]);
  });
});

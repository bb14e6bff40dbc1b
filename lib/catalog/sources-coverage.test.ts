import { describe, expect, it } from "vitest";
import { listCitedFacts, parseFacts, readShared } from "./sources-testing";

// Every [SEED] fact of facts.md is cited as `facts#N` next to the code or test that encodes it (issue 11).
describe("seed-fact coverage", () => {
  const facts = parseFacts(readShared("domain/facts.md"));
  const seed = facts.filter((f) => f.tags.includes("SEED")).map((f) => f.fact);

  it("reads the [SEED] facts of facts.md", () => {
    expect(facts.length).toBeGreaterThan(190);
    expect(seed.length).toBeGreaterThanOrEqual(80);
  });

  it("cites every [SEED] fact in lib/, components/, app/ or scripts/", () => {
    const cited = listCitedFacts();
    const missing = seed.filter((n) => !cited.has(n));
    expect(missing, `[SEED] facts with no facts#N citation in code or tests: ${missing.map((n) => `#${n}`).join(", ")}`).toEqual([]);
  });
});

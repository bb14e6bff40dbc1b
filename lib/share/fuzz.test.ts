import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { defaultPlan } from "@/lib/plan/defaults";
import { planSchema, type Plan } from "@/lib/plan/schema";
import { decodeShareFragment, encodeShareFragment } from "./codec";
import { parseShareUrl } from "./url";

const ERROR_CODES = ["truncated", "not-tunnel-planner", "newer-version", "corrupt"];

function sample(): Plan {
  const plan = structuredClone(defaultPlan);
  plan.name = "Fuzz rollout";
  plan.devices.ios = 1200;
  plan.network.internalCidrs = ["10.0.0.0/8", "172.16.0.0/12"];
  plan.network.dnsSuffixes = ["contoso.local"];
  return plan;
}

/** Never a throw; always either a plan that passes the schema or one of the four error codes. */
function expectPlanOrError(input: string) {
  const result = decodeShareFragment(input);
  if (result.ok) {
    expect(planSchema.safeParse(result.plan).success).toBe(true);
  } else {
    expect(ERROR_CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
  return result;
}

const fragment = encodeShareFragment(sample());
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

describe("decodeShareFragment under fuzzing (10,000 inputs)", () => {
  it("random text, random p1 payloads, truncations and mutations never throw", () => {
    const randomText = fc.string({ maxLength: 200 });
    const randomPayload = fc
      .array(fc.constantFrom(...ALPHABET), { maxLength: 300 })
      .map((chars) => `p1.${chars.join("")}`);
    const truncated = fc.nat({ max: fragment.length - 1 }).map((n) => fragment.slice(0, n));
    const mutated = fc
      .tuple(
        fc.nat({ max: fragment.length - 1 }),
        fc.constantFrom(...ALPHABET, "%", "#", ".", " "),
        fc.constantFrom("replace", "insert", "delete"),
      )
      .map(([at, ch, op]) =>
        op === "replace"
          ? fragment.slice(0, at) + ch + fragment.slice(at + 1)
          : op === "insert"
            ? fragment.slice(0, at) + ch + fragment.slice(at)
            : fragment.slice(0, at) + fragment.slice(at + 1),
      );
    let plans = 0;
    fc.assert(
      fc.property(fc.oneof(randomText, randomPayload, truncated, mutated), (input) => {
        if (expectPlanOrError(input).ok) plans++;
        expect(() => parseShareUrl(`http://localhost:3000/open#${input}`)).not.toThrow();
      }),
      { numRuns: 10_000 },
    );
    // Payloads carry a CRC-32, so almost no altered link decodes to a (different) plan.
    expect(plans).toBeLessThan(200);
    // Measured 1.6–4 s on 2 idle cores; the generous timeout only guards against a hang on a loaded machine.
  }, 120_000);

  it("a cut link is reported as truncated and a changed character as corrupt or truncated", () => {
    expect(expectPlanOrError(fragment.slice(0, Math.floor(fragment.length / 2)))).toMatchObject({
      ok: false,
      error: { code: "truncated" },
    });
    const at = Math.floor(fragment.length / 2);
    const swapped = fragment.slice(0, at) + (fragment[at] === "A" ? "B" : "A") + fragment.slice(at + 1);
    const result = expectPlanOrError(swapped);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(["corrupt", "truncated"]).toContain(result.error.code);
  });
});

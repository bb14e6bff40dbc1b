// A share link is never built when opening it would be refused: such a plan goes as a plan file.
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { MAX_PAYLOAD_CHARS, RELIABLE_LINK_LENGTH } from "./codec";
import { buildShareUrl, createShareLink, parseShareUrl } from "./url";

/** Deterministic scattered text: compresses poorly, like a real inventory. */
const scatter = (i: number, salt: number) => (Math.imul(i + 1, 2654435761) ^ Math.imul(salt, 40503)) >>> 0;

function plan(input: unknown): Plan {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues.slice(0, 3)));
  return r.value;
}

const cidrs = (n: number, salt: number) =>
  Array.from({ length: n }, (_, i) => {
    const x = scatter(i, salt);
    return `10.${(x >>> 16) & 255}.${(x >>> 8) & 255}.${x & 252}/30`;
  });

/** 500 sites with scattered names and addresses, and 3 × 2,000 scattered networks: a valid plan whose link is ~50 k characters. */
const huge = plan({
  name: "Global rollout",
  devices: { ios: 5000 },
  sites: Array.from({ length: 500 }, (_, i) => ({
    name: `Site ${scatter(i, 1).toString(36)}`,
    devices: 10,
    publicAddress: `gw-${scatter(i, 2).toString(36)}.contoso.com`,
  })),
  network: { internalCidrs: [...new Set(cidrs(2000, 3))], splitTunnel: { include: [...new Set(cidrs(2000, 5))] } },
  server: { ssh: { sourceCidrs: [...new Set(cidrs(2000, 6))] } },
});

describe("createShareLink", () => {
  it("refuses a plan whose link would be refused on opening, and says how long it would be", () => {
    const whole = buildShareUrl("https://planner.example", huge);
    expect(parseShareUrl(whole)).toMatchObject({ ok: false, error: { code: "corrupt" } });
    const r = createShareLink("https://planner.example", huge);
    expect(r).toMatchObject({ ok: false, code: "too-long", length: whole.length });
    if (!r.ok) expect(r.limit).toBe("https://planner.example/open#p1.".length + MAX_PAYLOAD_CHARS);
  });

  it("builds every link that opens, and marks those over the reliable length", () => {
    const small = createShareLink("https://planner.example/", plan({ name: "Contoso" }));
    expect(small).toMatchObject({ ok: true, reliable: true });
    if (small.ok) expect(parseShareUrl(small.url).ok).toBe(true);
    const long = createShareLink(
      "https://planner.example",
      plan({ name: "Campus", network: { internalCidrs: [...new Set(cidrs(600, 4))] } }),
    );
    expect(long.ok).toBe(true);
    if (long.ok) {
      expect(long.length).toBeGreaterThan(RELIABLE_LINK_LENGTH);
      expect(long.reliable).toBe(false);
      expect(parseShareUrl(long.url).ok).toBe(true);
    }
  });
});

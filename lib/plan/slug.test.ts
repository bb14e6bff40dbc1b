import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planSlug } from "./slug";

describe("planSlug", () => {
  it("turns a plan name into an ASCII file-name slug", () => {
    expect(planSlug("Contoso rollout")).toBe("contoso-rollout");
    expect(planSlug("Müller & Łukasz – Straße")).toBe("muller-lukasz-strasse");
    expect(planSlug("Zürich ✓ 2026")).toBe("zurich-2026");
    expect(planSlug("Ørsted")).toBe("orsted");
  });

  it("never keeps a path: ../../etc/passwd becomes etc-passwd", () => {
    expect(planSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(planSlug("C:\\Windows\\system32")).toBe("c-windows-system32");
  });

  it("falls back to tunnel-plan when nothing usable is left", () => {
    expect(planSlug("")).toBe("tunnel-plan");
    expect(planSlug("  ***  ")).toBe("tunnel-plan");
  });

  it("is always 1-60 characters of [a-z0-9-], never starting or ending with a dash", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (name) => {
        expect(planSlug(name)).toMatch(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/);
        expect(planSlug(name)).not.toContain("--");
      }),
    );
  });
});

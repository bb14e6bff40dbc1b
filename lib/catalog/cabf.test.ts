import { describe, expect, it } from "vitest";
import { publicCaLimitOn } from "./cabf";

describe("CA/Browser Forum public certificate lifetimes (facts#195)", () => {
  it("398 days until 2026-03-14, then 200, 100 from 2027-03-15 and 47 from 2029-03-15", () => {
    expect(publicCaLimitOn("2026-03-14").maxDays).toBe(398);
    expect(publicCaLimitOn("2026-03-15")).toEqual({ from: "2026-03-15", maxDays: 200 });
    expect(publicCaLimitOn("2026-11-30").maxDays).toBe(200);
    expect(publicCaLimitOn("2027-03-14").maxDays).toBe(200);
    expect(publicCaLimitOn("2027-03-15").maxDays).toBe(100);
    expect(publicCaLimitOn("2029-03-14").maxDays).toBe(100);
    expect(publicCaLimitOn("2029-03-15").maxDays).toBe(47);
    expect(publicCaLimitOn("2024-10-24").maxDays).toBe(398);
  });
});

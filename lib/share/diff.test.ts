import { describe, expect, it } from "vitest";
import { diffJson, mergeJson, type Json } from "./diff";

const base: Json = {
  name: "",
  port: 443,
  list: ["a"],
  nested: { on: true, off: false },
  sites: [{ name: "Primary", devices: null, port: 443 }],
};

describe("diffJson / mergeJson", () => {
  it("writes only what differs, sites item by item against the first baseline site", () => {
    const value: Json = {
      name: "Contoso",
      port: 443,
      list: ["a", "b"],
      nested: { on: true, off: true },
      sites: [
        { name: "Primary", devices: 10, port: 443 },
        { name: "Primary", devices: null, port: 443 },
      ],
    };
    const diff = diffJson(base, value);
    expect(diff).toEqual({ name: "Contoso", list: ["a", "b"], nested: { off: true }, sites: [{ devices: 10 }, {}] });
    expect(mergeJson(base, diff)).toEqual(value);
  });

  it("returns undefined for equal values and the base for an undefined diff", () => {
    expect(diffJson(base, structuredClone(base))).toBeUndefined();
    expect(mergeJson(base, undefined)).toEqual(base);
  });

  it("keeps unknown keys for validation to report and drops __proto__", () => {
    const merged = mergeJson(base, JSON.parse('{"extra":1,"__proto__":{"polluted":true}}')) as Record<string, unknown>;
    expect(merged.extra).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
  });
});

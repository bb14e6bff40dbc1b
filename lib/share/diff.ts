// Structural diff and merge of JSON values against a baseline, used to keep share links short.
// Objects are compared key by key; an array of objects (sites) is written item by item, each item as
// its diff against the baseline's first item; every other array is written whole when it differs.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

function itemTemplate(base: unknown): JsonObject | undefined {
  return Array.isArray(base) && isJsonObject(base[0]) ? base[0] : undefined;
}

/** The part of `value` that differs from `base`; `undefined` when they are equal. */
export function diffJson(base: unknown, value: Json): Json | undefined {
  if (jsonEqual(base, value)) return undefined;
  if (isJsonObject(base) && isJsonObject(value)) {
    const out: JsonObject = {};
    for (const key of Object.keys(value)) {
      const d = diffJson(base[key], value[key] as Json);
      if (d !== undefined) out[key] = d;
    }
    return out;
  }
  const template = itemTemplate(base);
  if (template && Array.isArray(value)) {
    return value.map((item) =>
      isJsonObject(item) ? ((diffJson(template, item) as JsonObject | undefined) ?? {}) : item,
    );
  }
  return value;
}

/** The inverse of diffJson: `base` with `diff` laid over it. Keys unknown to `base` are kept, so validation can report them. */
export function mergeJson(base: unknown, diff: unknown): unknown {
  if (diff === undefined) return structuredClone(base);
  if (isJsonObject(base) && isJsonObject(diff)) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(base), ...Object.keys(diff)])) {
      if (key === "__proto__") continue; // never let a link touch a prototype
      out[key] = mergeJson(base[key], diff[key]);
    }
    return out;
  }
  const template = itemTemplate(base);
  if (template && Array.isArray(diff)) {
    return diff.map((item) => (isJsonObject(item) ? mergeJson(template, item) : item));
  }
  return structuredClone(diff);
}

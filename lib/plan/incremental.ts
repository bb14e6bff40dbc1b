// planSchema for values that differ from an accepted plan in a few places (issue 17: every keystroke at
// 500 sites parsed all 500 sites three times, about 20 ms, while the keystroke changed one of them).
import type { z } from "zod";
import { listConsistencyIssues } from "./consistency";
import { planSchema, siteSchema, type Plan } from "./schema";

type Values = Record<string, unknown>;
const shape = planSchema.shape as unknown as Record<string, z.ZodType>;
const PLAN_KEYS = Object.keys(shape);

/** Structural equality of what form values and parsed plans are made of (plain objects, arrays, primitives). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameValue((a as Values)[k], (b as Values)[k]))
  );
}

/**
 * The sites as parsed, parsing only the sites that differ from base's site at the same place; null when
 * one of them does not parse. Only for a list as long as base's: base's length passed the list's own bounds.
 */
function parseChangedSites(base: Plan["sites"], sites: readonly unknown[]): Plan["sites"] | null {
  const out: Plan["sites"] = [];
  for (let i = 0; i < sites.length; i++) {
    const old = base[i]!;
    if (sameValue(sites[i], old)) {
      out.push(old);
      continue;
    }
    const parsed = siteSchema.safeParse(sites[i]);
    if (!parsed.success) return null;
    out.push(parsed.data);
  }
  return out;
}

/**
 * The slices `keys` of `values` as their planSchema sub-schemas parse them, parsing only what differs from
 * `base`, a plan planSchema accepted (the store holds no other): a slice equal to base's is base's own
 * object, since the schemas give back what they accepted; a sites list of base's length parses only its
 * changed sites (another length parses the whole list). Null exactly when the sub-schemas reject the
 * values; their messages come from running them. Unchanged slices and sites keep their identity, so what
 * is computed from them can be reused.
 */
export function parseChangedSlices(base: Plan, values: Values, keys: readonly string[]): Values | null {
  const out: Values = {};
  for (const key of keys) {
    const value = values[key];
    const old = (base as unknown as Values)[key];
    if (sameValue(value, old)) {
      out[key] = old;
      continue;
    }
    if (key === "sites" && Array.isArray(value) && value.length === base.sites.length) {
      const sites = parseChangedSites(base.sites, value);
      if (!sites) return null;
      out[key] = sites;
      continue;
    }
    const schema = shape[key];
    if (!schema) return null;
    const parsed = schema.safeParse(value);
    if (!parsed.success) return null;
    out[key] = parsed.data;
  }
  return out;
}

/**
 * planSchema.safeParse(input), parsing only what differs from `base` (see parseChangedSlices) and then
 * checking the cross-field rules on the whole plan; anything amiss runs planSchema itself, so the result
 * and its messages are always planSchema's.
 */
export function parsePlanChange(base: Plan, input: Values): z.ZodSafeParseResult<Plan> {
  const complete = Object.keys(input).length === PLAN_KEYS.length && PLAN_KEYS.every((k) => Object.hasOwn(input, k));
  const slices = complete ? parseChangedSlices(base, input, PLAN_KEYS) : null;
  if (slices && listConsistencyIssues(slices as Plan).length === 0) return { success: true, data: slices as Plan };
  return planSchema.safeParse(input);
}

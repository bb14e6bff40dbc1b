// The plan every new plan, link and file starts from (plan-format §1 defaults).
import { NEWEST_EDITION_ID } from "@/lib/catalog/editions/ids";
import type { Locale } from "@/lib/i18n/locales";
import { parsePlan } from "./parse";
import { planSchema, type Plan } from "./schema";

export const defaultPlan: Plan = planSchema.parse({});

/**
 * A new plan: dated `today` (the UI passes today's date; lib/ never reads the clock) and checked against the
 * newest edition of Microsoft's requirements (plan-format §4.1), in the given language.
 */
export function createDefaultPlan(today?: string, opts: { locale?: Locale } = {}): Plan {
  const result = parsePlan({ edition: NEWEST_EDITION_ID, ...(opts.locale ? { locale: opts.locale } : {}) }, { today });
  return result.ok ? result.value : structuredClone(defaultPlan);
}

// The plan every new plan, link and file starts from (plan-format §1 defaults).
import { parsePlan } from "./parse";
import { planSchema, type Plan } from "./schema";

export const defaultPlan: Plan = planSchema.parse({});

/** The default plan dated `today` (the UI passes today's date; lib/ never reads the clock). */
export function createDefaultPlan(today?: string): Plan {
  const result = parsePlan({}, { today });
  return result.ok ? result.value : structuredClone(defaultPlan);
}

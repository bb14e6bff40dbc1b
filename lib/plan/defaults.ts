import { planSchema, type Plan } from "./schema";

/** The plan every field falls back to; planningDate is the schema's fallback (use createPlan for today's date). */
export const defaultPlan: Plan = Object.freeze(planSchema.parse({})) as Plan;

/** A fresh plan dated `today` (YYYY-MM-DD), as the UI and CLI start one. */
export function createPlan(today: string): Plan {
  return planSchema.parse({ planningDate: today });
}

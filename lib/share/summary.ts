// What the UI shows about a loaded plan, and when loading one must ask before replacing the saved plan.
import { defaultPlan } from "@/lib/plan/defaults";
import type { LoadReport } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { jsonEqual } from "./diff";

export type LoadSummary = { ignored: string[]; repaired: LoadReport["repaired"]; migrations: string[] };

export function summarizeLoadReport(report: LoadReport): LoadSummary {
  return { ignored: [...report.unknownFields], repaired: [...report.repaired], migrations: [...report.migrations] };
}

/** True when replacing `saved` with `incoming` would lose work: the saved plan was edited and differs. */
export function isDifferentSavedPlan(saved: Plan, savedAt: string | null, incoming: Plan): boolean {
  if (savedAt === null || jsonEqual(saved, defaultPlan)) return false;
  return !jsonEqual(saved, incoming);
}

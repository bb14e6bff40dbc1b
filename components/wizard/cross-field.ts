import { listConsistencyIssues, type ConsistencyIssue } from "@/lib/plan/consistency";
import type { Plan } from "@/lib/plan/schema";
import type { Drafts } from "@/state/plan-store";
import { withOtherDrafts } from "./commit-step";
import type { StepDef } from "./steps";

type Values = Record<string, unknown>;
type Counts = Parameters<typeof listConsistencyIssues>[0]["devices"];

export type StepCrossCheck = {
  /** Cross-field problems of fields this step edits, keyed by their dotted path ("sites" for the sum). */
  issues: Map<string, ConsistencyIssue>;
  /** Every cross-field problem of the plan as it would be saved, this step's and the others'. */
  all: Map<string, ConsistencyIssue>;
  /** The device counts the step's values are checked against (another step's pending draft included). */
  devices: Counts;
};

/**
 * The rules of lib/plan/consistency.ts applied to the values as typed (with the other steps' drafts),
 * so the step shows them at its own fields while the user types, not only once the engine runs.
 */
export function checkStepValues(
  step: StepDef,
  values: Values,
  plan: Plan,
  drafts: Drafts,
  allSteps: readonly StepDef[],
): StepCrossCheck {
  const { candidate } = withOtherDrafts(step, plan, drafts, allSteps);
  Object.assign(candidate, values);
  const devices = candidate.devices as Counts | undefined;
  const sites = candidate.sites;
  const issues = new Map<string, ConsistencyIssue>();
  const all = new Map<string, ConsistencyIssue>();
  if (!devices || typeof devices !== "object" || !Array.isArray(sites)) return { issues, all, devices: plan.devices };
  for (const issue of listConsistencyIssues({ devices, sites })) {
    const path = issue.path.join(".");
    if (all.has(path)) continue;
    all.set(path, issue);
    if ((step.keys as readonly string[]).includes(String(issue.path[0]))) issues.set(path, issue);
  }
  return { issues, all, devices };
}

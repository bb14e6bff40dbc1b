import { formatIssues } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { parseChangedSlices, parsePlanChange } from "@/lib/plan/incremental";
import type { Drafts } from "@/state/plan-store";
import type { StepDef } from "./steps";

export type StepIssue = { path: string; message: string };
export type StepOutcome =
  { kind: "invalid" } | { kind: "blocked"; issues: StepIssue[] } | { kind: "ok"; plan: Plan; committed: string[] };

/**
 * What a change to one step does to the plan. The step's own schema must pass; then the plan with this
 * step and every other step's schema-valid draft must pass planSchema as a whole (cross-field rules such as
 * "the sites add up to the device total"), so the stored plan is always valid and drafts resolve together.
 * Both checks parse only what differs from `plan` (lib/plan/incremental.ts), with the same outcome.
 */
export function commitStep(
  step: StepDef,
  values: Record<string, unknown>,
  plan: Plan,
  drafts: Drafts,
  all: readonly StepDef[],
): StepOutcome {
  const own = parseChangedSlices(plan, values, step.keys);
  if (!own) return { kind: "invalid" };
  const { candidate, committed } = withOtherDrafts(step, plan, drafts, all);
  Object.assign(candidate, own);
  const full = parsePlanChange(plan, candidate);
  if (!full.success) return { kind: "blocked", issues: formatIssues(full.error.issues) };
  return { kind: "ok", plan: full.data, committed };
}

/** The plan with every other step's schema-valid draft applied: what this step's values are checked against. */
export function withOtherDrafts(
  step: StepDef,
  plan: Plan,
  drafts: Drafts,
  all: readonly StepDef[],
): { candidate: Record<string, unknown>; committed: string[] } {
  const candidate: Record<string, unknown> = { ...plan };
  const committed = [step.id];
  for (const other of all) {
    const draft = drafts[other.id];
    if (other.id === step.id || !draft) continue;
    const parsed = other.schema.safeParse(draft);
    if (!parsed.success) continue;
    Object.assign(candidate, parsed.data);
    committed.push(other.id);
  }
  return { candidate, committed };
}

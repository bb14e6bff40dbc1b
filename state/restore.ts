import { checkChecklistId } from "@/lib/plan/progress";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { restoreDrafts, type Drafts, type DroppedDraft } from "./drafts";
import { STORE_VERSION } from "./keys";

export type { Drafts, DroppedDraft } from "./drafts";

export type RecoveryIssue = { path: string; message: string };
/** A saved plan that could not be loaded: its raw text stays in storage, untouched, until the user decides. */
export type Unreadable = { id: string; raw: string; issues: RecoveryIssue[] };
/** One saved plan. `updatedAt` is null for a plan nobody has changed yet. */
export type StoredPlan = { id: string; plan: Plan; updatedAt: string | null; drafts: Drafts };

export type Restored =
  { ok: true; record: StoredPlan; dropped: DroppedDraft[] } | { ok: false; unreadable: Unreadable };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Layout 1 kept ticks beside the plan as `{ id: true }`; layout 2 keeps them in the plan (issue 16). */
function legacyProgress(v: unknown): Record<string, { done: true }> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(
    Object.keys(v)
      .filter((id) => v[id] === true && checkChecklistId(id) === null)
      .map((id) => [id, { done: true }]),
  );
}

/**
 * Turns one stored record (layout 1 or 2) into a plan through the same migrate -> validate path as plan files
 * (parsePlan), and its drafts through restoreDrafts. Never throws: anything unreadable or from a newer app
 * version becomes `unreadable` with the raw text, so nothing is lost.
 */
export function restoreRecord(id: string, raw: string, today: string): Restored {
  const fail = (issues: RecoveryIssue[]): Restored => ({ ok: false, unreadable: { id, raw, issues } });
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return fail([{ path: "", message: "The saved data is not valid JSON." }]);
  }
  if (!isRecord(envelope) || !isRecord(envelope.state))
    return fail([{ path: "", message: "The saved data has an unknown shape." }]);
  const version = envelope.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail([{ path: "version", message: "The saved data has no valid version." }]);
  }
  if (version > STORE_VERSION) {
    return fail([
      { path: "version", message: `The plan was saved by a newer version of Tunnel Planner (format ${version}).` },
    ]);
  }
  const state = envelope.state;
  let input = state.plan;
  if (version === 1 && isRecord(input) && !("progress" in input))
    input = { ...input, progress: legacyProgress(state.progress) };
  const parsed = parsePlan(input, { today });
  if (!parsed.ok) return fail(parsed.issues.map((i) => ({ path: i.path, message: i.message })));
  const { drafts, dropped } = restoreDrafts(state.drafts, parsed.value);
  const updatedAt = typeof state.updatedAt === "string" ? state.updatedAt : null;
  return { ok: true, record: { id, plan: parsed.value, updatedAt, drafts }, dropped };
}

/** The stored text of a record (layout 2). */
export function serializeRecord(record: StoredPlan): string {
  const { plan, updatedAt, drafts } = record;
  return JSON.stringify({ state: { plan, updatedAt, drafts }, version: STORE_VERSION });
}

import { defaultPlan, parsePlan, type Plan } from "@/lib/plan";

export const STORAGE_KEY = "tunnel-planner:v1";
export const STORE_VERSION = 1;

export type RecoveryIssue = { path: string; message: string };
/** A saved plan that could not be loaded: the raw text stays here (and in storage) until the user decides. */
export type Recovery = { raw: string; issues: RecoveryIssue[] };
/** Form values of a step that are not (yet) valid, kept so nothing typed is lost on reload. */
export type Drafts = Record<string, Record<string, unknown>>;

export type SavedSlice = {
  plan: Plan;
  updatedAt: string | null;
  progress: Record<string, boolean>;
  drafts: Drafts;
  recovery: Recovery | null;
};

export function freshSlice(): SavedSlice {
  return { plan: structuredClone(defaultPlan), updatedAt: null, progress: {}, drafts: {}, recovery: null };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function recover(raw: string, issues: RecoveryIssue[]): SavedSlice {
  return { ...freshSlice(), recovery: { raw, issues } };
}

function cleanProgress(v: unknown): Record<string, boolean> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, boolean] => e[1] === true));
}

function cleanDrafts(v: unknown): Drafts {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, Record<string, unknown>] => isRecord(e[1])));
}

/**
 * Turns the raw autosave text into store state through the same migrate -> validate path as plan files
 * (parsePlan). Never throws: anything unreadable or from a newer app version becomes a `recovery`.
 */
export function restoreSaved(raw: string, today: string): SavedSlice {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return recover(raw, [{ path: "", message: "The saved data is not valid JSON." }]);
  }
  if (!isRecord(envelope) || !isRecord(envelope.state)) {
    return recover(raw, [{ path: "", message: "The saved data has an unknown shape." }]);
  }
  const version = envelope.version;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) {
    return recover(raw, [{ path: "version", message: "The saved data has no valid version." }]);
  }
  if (version > STORE_VERSION) {
    return recover(raw, [
      { path: "version", message: `The plan was saved by a newer version of Tunnel Planner (format ${version}).` },
    ]);
  }
  const state = envelope.state;
  const parsed = parsePlan(state.plan, { today });
  if (!parsed.ok) return recover(raw, parsed.issues.map((i) => ({ path: i.path, message: i.message })));
  return {
    plan: parsed.value,
    updatedAt: typeof state.updatedAt === "string" ? state.updatedAt : null,
    progress: cleanProgress(state.progress),
    drafts: cleanDrafts(state.drafts),
    recovery: null,
  };
}

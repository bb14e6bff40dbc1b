// Reading and writing the plan records in localStorage (layout 2), and the one-time move from layout 1.
import { idOfKey, isPlanId, LEGACY_KEY, META_KEY, newPlanId, planKey, STORE_VERSION } from "./keys";
import { restoreRecord, type DroppedDraft, type StoredPlan, type Unreadable } from "./restore";

export type Library = {
  plans: Record<string, StoredPlan>;
  unreadable: Record<string, Unreadable>;
  dropped: Record<string, DroppedDraft[]>;
  /** The exact stored text of every record, to notice when another tab has written it since. */
  raws: Map<string, string>;
};

/** Storage can be missing (server) or throw (disabled, sandboxed): then nothing is read or written. */
export function storageOf(get: () => Storage | undefined): Storage | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

export function readMetaCurrent(local: Storage | undefined): string | null {
  try {
    const meta: unknown = JSON.parse(local?.getItem(META_KEY) ?? "null");
    const current = (meta as { current?: unknown } | null)?.current;
    return typeof current === "string" && isPlanId(current) ? current : null;
  } catch {
    return null;
  }
}

export function writeMeta(local: Storage | undefined, current: string | null): void {
  try {
    local?.setItem(META_KEY, JSON.stringify({ version: STORE_VERSION, current }));
  } catch {
    // A full storage only loses the "last opened" hint; the plans themselves report their own failures.
  }
}

/**
 * Layout 1 → 2, once (while no meta key exists): the old record's text moves unchanged into a plan key, so
 * even a damaged or newer-version save survives the move byte for byte; it is parsed when read, like any
 * record. The old key is removed only after the new one and the meta key are written.
 */
export function migrateLegacy(local: Storage | undefined): string | null {
  if (!local || local.getItem(META_KEY) !== null) return null;
  const legacy = local.getItem(LEGACY_KEY);
  if (legacy === null) return null;
  const id = newPlanId();
  try {
    local.setItem(planKey(id), legacy);
    writeMeta(local, id);
    if (local.getItem(META_KEY) === null) throw new Error("meta not written");
  } catch {
    local.removeItem(planKey(id));
    return null;
  }
  local.removeItem(LEGACY_KEY);
  return id;
}

/** Ids of every layout-2 plan record in storage. */
export function listPlanIds(local: Storage | undefined): string[] {
  const ids: string[] = [];
  for (let i = 0; i < (local?.length ?? 0); i++) {
    const id = idOfKey(local!.key(i));
    if (id !== null) ids.push(id);
  }
  return ids;
}

/** Every plan record in storage, readable or not (after migrating layout 1). */
export function readLibrary(local: Storage | undefined, today: string): Library {
  const library: Library = { plans: {}, unreadable: {}, dropped: {}, raws: new Map() };
  if (!local) return library;
  migrateLegacy(local);
  for (const id of listPlanIds(local)) {
    const raw = local.getItem(planKey(id));
    if (raw === null) continue;
    library.raws.set(id, raw);
    const restored = restoreRecord(id, raw, today);
    if (!restored.ok) library.unreadable[id] = restored.unreadable;
    else {
      library.plans[id] = restored.record;
      if (restored.dropped.length > 0) library.dropped[id] = restored.dropped;
    }
  }
  return library;
}

/** Plans newest first (a plan never changed sorts last), then by name for a stable order. */
export function sortPlans(plans: readonly StoredPlan[]): StoredPlan[] {
  return [...plans].sort(
    (a, b) => (b.updatedAt ?? "").localeCompare(a.updatedAt ?? "") || a.plan.name.localeCompare(b.plan.name),
  );
}

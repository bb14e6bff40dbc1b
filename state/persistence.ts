// Writes one plan record with a check that nobody else wrote it since this tab last read or wrote it
// (issue 17: a tab opened before another tab saved replaced the saved plan without asking).
import { planKey, TAB_CURRENT_KEY } from "./keys";
import { todayIso } from "./today";
import { storageOf, writeMeta } from "./library";
import { restoreRecord, serializeRecord, type Restored, type StoredPlan } from "./restore";

export const local = () => storageOf(() => (typeof window === "undefined" ? undefined : window.localStorage));
export const session = () => storageOf(() => (typeof window === "undefined" ? undefined : window.sessionStorage));

/** The stored text of each record as this tab last saw it (read, written or adopted). */
export const seen = new Map<string, string>();

export type WriteResult = "saved" | "conflict" | "failed";

export function writeRecord(record: StoredPlan): WriteResult {
  const ls = local();
  if (!ls) return "failed";
  const key = planKey(record.id);
  if (ls.getItem(key) !== (seen.get(record.id) ?? null)) return "conflict";
  const raw = serializeRecord(record);
  try {
    ls.setItem(key, raw);
  } catch {
    return "failed";
  }
  seen.set(record.id, raw);
  return "saved";
}

/** A record another tab wrote or removed: its new text (null = removed), already restored. */
export type EntryChange = { id: string; restored: Restored | null };

/** The record of `id` when storage differs from what this tab last saw (which then moves on), else null. */
export function takeChange(id: string): EntryChange | null {
  const raw = local()?.getItem(planKey(id)) ?? null;
  if (raw === (seen.get(id) ?? null)) return null;
  if (raw === null) seen.delete(id);
  else seen.set(id, raw);
  return { id, restored: raw === null ? null : restoreRecord(id, raw, todayIso()) };
}

export function removeRecord(id: string): void {
  local()?.removeItem(planKey(id));
  seen.delete(id);
}

/** Remembers the plan this tab works on (per tab) and the one opened last (for new tabs). */
export function pointTo(id: string | null): void {
  try {
    if (id) session()?.setItem(TAB_CURRENT_KEY, id);
    else session()?.removeItem(TAB_CURRENT_KEY);
  } catch {
    // Without sessionStorage a reload falls back to the plan opened last.
  }
  writeMeta(local(), id);
}

export function tabCurrent(): string | null {
  try {
    return session()?.getItem(TAB_CURRENT_KEY) ?? null;
  } catch {
    return null;
  }
}

export { todayIso } from "./today";

export const nowIso = () => new Date().toISOString();

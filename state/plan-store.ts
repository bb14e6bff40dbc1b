"use client";

import { create } from "zustand";
import type { Locale } from "@/lib/i18n/locales";
import { createDefaultPlan } from "@/lib/plan/defaults";
import { setItemDone } from "@/lib/plan/progress";
import type { Plan } from "@/lib/plan/schema";
import { idOfKey, isPlanId, newPlanId } from "./keys";
import { listPlanIds, readLibrary, readMetaCurrent, sortPlans } from "./library";
import {
  local,
  nowIso,
  pointTo,
  removeRecord,
  seen,
  tabCurrent,
  takeChange,
  todayIso,
  writeRecord,
  type EntryChange,
} from "./persistence";
import type { Drafts, DroppedDraft, StoredPlan, Unreadable } from "./restore";
import { preferredLocale, rememberLocale } from "./locale";

export type { Drafts, DroppedDraft, RecoveryIssue, StoredPlan, Unreadable } from "./restore";
export { todayIso } from "./persistence";
/** @deprecated Layout 1's key; kept for readers of old exports. Plans now live under state/keys.ts. */
export { LEGACY_KEY as STORAGE_KEY, STORE_VERSION } from "./keys";
export type Recovery = Unreadable;

/** Another tab changed or deleted the plan this tab has open, and this tab has changes of its own. */
export type Conflict = { id: string; kind: "changed" | "deleted"; theirs: StoredPlan | null };

export type PlanState = {
  /** False during server render and hydration; true once storage has been read. */
  hydrated: boolean;
  /** The plan the wizard and the review work on (saved once it is in `plans`). */
  currentId: string;
  plan: Plan;
  updatedAt: string | null;
  drafts: Drafts;
  /** Every readable saved plan, the current one included once saved. */
  plans: Record<string, StoredPlan>;
  /** Saved plans that could not be read; their text stays in storage until the user deletes it. */
  unreadable: Record<string, Unreadable>;
  /** The plan this tab meant to continue could not be read: typing goes to a new plan, and the user is told. */
  recovery: Unreadable | null;
  /** Drafts of a plan that were the wrong shape and were left out (by plan id), to tell the user. */
  droppedDrafts: Record<string, DroppedDraft[]>;
  conflict: Conflict | null;
  /** The last save failed (storage full or blocked); changes are kept in this tab. */
  saveFailed: boolean;
  /** Another tab's change to the current plan was taken over (nothing of this tab's was lost). */
  adoptedAt: string | null;
  lastDeleted: { record: StoredPlan; wasCurrent: boolean } | null;
  /** Bumped when the current plan is replaced or switched so open forms re-read it; not persisted. */
  revision: number;

  /** Replaces the current plan's content (reset, a link or file chosen to replace it); clears its drafts. */
  setPlan(plan: Plan): void;
  /** Edits the current plan; the recipe may mutate the draft copy or return a new plan. */
  updatePlan(recipe: (draft: Plan) => Plan | void, options?: SaveOptions): void;
  /**
   * Makes `plan` the current plan as it is, without updatePlan's copy: for a plan the caller has just
   * built and hands over (a step's parsed values; at 500 sites the copy cost each keystroke ~4 ms, issue 17).
   * It may share unchanged parts with the plan before it, which nothing changes in place.
   */
  commitPlan(plan: Plan, options?: SaveOptions): void;
  /** Keeps a step's in-progress (invalid) form values; `null` drops them once the step is valid again. */
  setDraft(stepId: string, values: Record<string, unknown> | null, options?: SaveOptions): void;
  /** Ticks or unticks a checklist item of the current plan, recording today and the given name. */
  setItemDone(itemId: string, done: boolean, by?: string): void;
  /** The current plan back to a new plan's values. */
  reset(): void;
  /** Saves `plan` as a new plan and, unless told otherwise, opens it; returns its id. */
  createPlan(plan: Plan, options?: { open?: boolean; drafts?: Drafts }): string;
  openPlan(id: string): void;
  /** Saves a copy of a plan under `name`; returns the copy's id. */
  duplicatePlan(id: string, name: string): string | null;
  renamePlan(id: string, name: string): void;
  deletePlan(id: string): void;
  undoDelete(): void;
  discardUnreadable(id: string): void;
  dismissRecovery(): void;
  /** The language switch: remembered for new plans, and the current plan's `locale` (its PDF, README, files). */
  setLocale(locale: Locale): void;
  dismissDroppedDrafts(id: string): void;
  /** "theirs": take the other tab's version (or let a deleted plan go); "copy": keep this tab's as a new plan. */
  resolveConflict(choice: "theirs" | "copy", copyName?: string): void;
};

/** `defer`: typing; the change is in memory at once and written after a pause in typing (see flushSave). */
export type SaveOptions = { defer?: boolean };

/** True while this tab has changes to the current plan that are not in storage (a refused, failed or deferred write). */
let unsaved = false;
/** The deferred write of the current plan, waiting for a pause in typing. */
let pendingSave: ReturnType<typeof setTimeout> | null = null;
/**
 * Typing waits this long before the plan is written: at 500 sites a write (the whole plan as JSON, with the
 * check that no other tab wrote it) cost a keystroke more than its frame (issue 17).
 */
export const SAVE_DELAY_MS = 400;
let flushPending: () => void = () => {};

/** Writes a deferred change now: before the page is hidden or left, before another plan is opened, when a step form closes. */
export function flushSave(): void {
  flushPending();
}

function unsavedPlan(today = todayIso()): StoredPlan {
  return {
    id: newPlanId(),
    plan: createDefaultPlan(today, { locale: preferredLocale() }),
    updatedAt: null,
    drafts: {},
  };
}

const currentFields = (r: StoredPlan) => ({ currentId: r.id, plan: r.plan, updatedAt: r.updatedAt, drafts: r.drafts });
const currentRecord = (s: PlanState): StoredPlan => ({
  id: s.currentId,
  plan: s.plan,
  updatedAt: s.updatedAt,
  drafts: s.drafts,
});

export const usePlanStore = create<PlanState>()((set, get) => {
  /** Saves the current plan after a change (or, typing, after a pause), or records why it could not be saved. Changes always stay in memory. */
  function saveCurrent(
    patch: Partial<Pick<PlanState, "plan" | "drafts">>,
    extra: Partial<PlanState> = {},
    options: SaveOptions = {},
  ) {
    const updatedAt = nowIso();
    if (options.defer) {
      unsaved = true;
      set({ adoptedAt: null, ...extra, ...patch, updatedAt });
      if (pendingSave !== null) clearTimeout(pendingSave);
      pendingSave = setTimeout(flushPending, SAVE_DELAY_MS);
      return;
    }
    cancelPending();
    const s = get();
    const record = { ...currentRecord(s), ...patch, updatedAt };
    set({ adoptedAt: null, ...extra, ...patch, updatedAt, ...writeCurrent(s, record) });
  }

  /** Writes `record` (the current plan) unless a conflict is open; what the state learns from it. */
  function writeCurrent(s: PlanState, record: StoredPlan): Partial<PlanState> {
    const result = s.conflict ? "conflict" : writeRecord(record);
    unsaved = result !== "saved";
    const next: Partial<PlanState> = { saveFailed: result === "failed" };
    if (result === "saved") next.plans = { ...s.plans, [record.id]: record };
    // A new plan's first save: from now on this tab (and a new one) comes back to it.
    if (result === "saved" && !s.plans[record.id]) pointTo(record.id);
    if (result === "conflict" && !s.conflict) next.conflict = conflictOf(takeChange(record.id), record.id);
    return next;
  }

  function cancelPending(): boolean {
    if (pendingSave === null) return false;
    clearTimeout(pendingSave);
    pendingSave = null;
    return true;
  }

  flushPending = () => {
    if (!cancelPending()) return;
    const s = get();
    set(writeCurrent(s, currentRecord(s)));
  };

  function open(record: StoredPlan, extra: Partial<PlanState> = {}) {
    // A deferred write belongs to the plan open until now.
    flushPending();
    unsaved = false;
    // A new plan nobody has typed into yet is not saved, so nothing should point at it.
    pointTo(seen.has(record.id) ? record.id : null);
    set((s) => ({ ...currentFields(record), conflict: null, adoptedAt: null, revision: s.revision + 1, ...extra }));
  }

  function saveOther(record: StoredPlan): boolean {
    if (writeRecord(record) !== "saved") return false;
    set((s) => ({ plans: { ...s.plans, [record.id]: record } }));
    return true;
  }

  return {
    hydrated: false,
    ...currentFields({ id: "", plan: createDefaultPlan(), updatedAt: null, drafts: {} }),
    plans: {},
    unreadable: {},
    recovery: null,
    droppedDrafts: {},
    conflict: null,
    saveFailed: false,
    adoptedAt: null,
    lastDeleted: null,
    revision: 0,

    setPlan: (plan) => {
      saveCurrent({ plan: structuredClone(plan), drafts: {} }, { revision: get().revision + 1 });
    },
    updatePlan: (recipe, options) => {
      const draft = structuredClone(get().plan);
      saveCurrent({ plan: recipe(draft) ?? draft }, {}, options);
    },
    commitPlan: (plan, options) => saveCurrent({ plan }, {}, options),
    setDraft: (stepId, values, options) => {
      const drafts = { ...get().drafts };
      if (values) drafts[stepId] = values;
      else if (stepId in drafts) delete drafts[stepId];
      else return;
      saveCurrent({ drafts }, {}, options);
    },
    setItemDone: (itemId, done, by) => {
      const plan = get().plan;
      // Only progress changes: the other slices keep their identity, so the report is not recomputed.
      saveCurrent({ plan: { ...plan, progress: setItemDone(plan.progress, itemId, done, { by, on: todayIso() }) } });
    },
    reset: () => get().setPlan(createDefaultPlan(todayIso(), { locale: get().plan.locale })),
    setLocale: (locale) => {
      rememberLocale(locale);
      const s = get();
      if (s.plan.locale === locale) return;
      const plan = { ...s.plan, locale };
      // A fresh plan nobody has typed into stays unsaved: switching the language must not add it to the list.
      if (s.plans[s.currentId]) saveCurrent({ plan });
      else set({ plan });
    },

    createPlan: (plan, options = {}) => {
      const record: StoredPlan = {
        id: newPlanId(),
        plan: structuredClone(plan),
        updatedAt: nowIso(),
        drafts: options.drafts ?? {},
      };
      const saved = saveOther(record);
      if (options.open !== false) {
        open(record, { saveFailed: !saved, recovery: null });
        unsaved = !saved;
      }
      return record.id;
    },
    openPlan: (id) => {
      const record = get().plans[id];
      if (record && id !== get().currentId) open(record, { recovery: null });
    },
    duplicatePlan: (id, name) => {
      const s = get();
      const source = id === s.currentId ? currentRecord(s) : s.plans[id];
      if (!source) return null;
      const copy: StoredPlan = {
        id: newPlanId(),
        plan: { ...structuredClone(source.plan), name },
        updatedAt: nowIso(),
        drafts: structuredClone(source.drafts),
      };
      return saveOther(copy) ? copy.id : null;
    },
    renamePlan: (id, name) => {
      if (id === get().currentId) return get().updatePlan((p) => void (p.name = name));
      const record = get().plans[id];
      if (record) saveOther({ ...record, plan: { ...record.plan, name }, updatedAt: nowIso() });
    },
    deletePlan: (id) => {
      // The record removed (and kept for undo) is the one in memory, typing included: nothing deferred is left to write.
      if (id === get().currentId) cancelPending();
      const s = get();
      const record = id === s.currentId ? currentRecord(s) : s.plans[id];
      if (!record) return;
      removeRecord(id);
      const plans = { ...s.plans };
      delete plans[id];
      set({ plans, lastDeleted: { record, wasCurrent: id === s.currentId } });
      if (id === s.currentId) open(sortPlans(Object.values(plans))[0] ?? unsavedPlan());
    },
    undoDelete: () => {
      const deleted = get().lastDeleted;
      if (!deleted || get().plans[deleted.record.id]) return;
      if (!saveOther(deleted.record)) return set({ saveFailed: true });
      set({ lastDeleted: null });
      if (deleted.wasCurrent) open(deleted.record);
    },
    discardUnreadable: (id) => {
      removeRecord(id);
      set((s) => {
        const unreadable = { ...s.unreadable };
        delete unreadable[id];
        return { unreadable, recovery: s.recovery?.id === id ? null : s.recovery };
      });
    },
    dismissRecovery: () => set({ recovery: null }),
    dismissDroppedDrafts: (id) =>
      set((s) => {
        const droppedDrafts = { ...s.droppedDrafts };
        delete droppedDrafts[id];
        return { droppedDrafts };
      }),
    resolveConflict: (choice, copyName) => {
      const s = get();
      const conflict = s.conflict;
      if (!conflict) return;
      // This tab's typing goes into the copy or is let go; it must not be written over theirs.
      cancelPending();
      const plans = { ...s.plans };
      if (conflict.theirs) plans[conflict.id] = conflict.theirs;
      else delete plans[conflict.id];
      set({ plans, conflict: null });
      if (choice === "copy") {
        get().createPlan({ ...s.plan, name: copyName ?? s.plan.name }, { drafts: s.drafts });
        return;
      }
      open(conflict.theirs ?? sortPlans(Object.values(plans))[0] ?? unsavedPlan());
    },
  };
});

/** Puts a record another tab changed into the plan list (or takes it out). */
function applyChange({ id, restored }: EntryChange): void {
  usePlanStore.setState((s) => {
    const plans = { ...s.plans };
    const unreadable = { ...s.unreadable };
    delete plans[id];
    delete unreadable[id];
    if (restored?.ok) plans[id] = restored.record;
    else if (restored) unreadable[id] = restored.unreadable;
    return { plans, unreadable };
  });
}

function conflictOf(change: EntryChange | null, id: string): Conflict {
  if (change) applyChange(change);
  const theirs = usePlanStore.getState().plans[id] ?? null;
  return { id, kind: seen.has(id) ? "changed" : "deleted", theirs };
}

/**
 * Another tab wrote a plan (the `storage` event), or this tab wakes up (pageshow, visibilitychange) and
 * checks all of them: the plan list follows; the current plan is taken over when this tab has nothing
 * unsaved, otherwise the user is asked (issue 17: the last writer used to win silently).
 */
export function syncFromStorage(id?: string): void {
  if (!usePlanStore.getState().hydrated) return;
  const ids = id ? [id] : [...new Set([...seen.keys(), ...listPlanIds(local())])];
  for (const one of ids) {
    const change = takeChange(one);
    if (!change) continue;
    const state = usePlanStore.getState();
    if (one !== state.currentId) {
      applyChange(change);
      continue;
    }
    const theirs = change.restored?.ok ? change.restored.record : null;
    if (!unsaved && !state.conflict && theirs) {
      applyChange(change);
      usePlanStore.setState((p) => ({ ...currentFields(theirs), adoptedAt: nowIso(), revision: p.revision + 1 }));
    } else usePlanStore.setState({ conflict: conflictOf(change, one) });
  }
}

function hydrate(): void {
  const today = todayIso();
  const library = readLibrary(local(), today);
  seen.clear();
  for (const [id, raw] of library.raws) seen.set(id, raw);
  const known = (id: string | null): id is string =>
    !!id && isPlanId(id) && !!(library.plans[id] ?? library.unreadable[id]);
  const wanted = [tabCurrent(), readMetaCurrent(local())].find(known);
  const recovery = wanted ? (library.unreadable[wanted] ?? null) : null;
  // An unreadable plan is never the current one: typing then goes to a new plan instead of being dropped.
  const latest = recovery ? undefined : sortPlans(Object.values(library.plans))[0];
  const record = (wanted ? library.plans[wanted] : undefined) ?? latest ?? unsavedPlan(today);
  if (library.plans[record.id]) pointTo(record.id);
  usePlanStore.setState({
    hydrated: true,
    ...currentFields(record),
    plans: library.plans,
    unreadable: library.unreadable,
    droppedDrafts: library.dropped,
    recovery,
  });
}

if (typeof window !== "undefined") {
  hydrate();
  window.addEventListener?.("storage", (e: StorageEvent) => {
    if (e.key === null) syncFromStorage();
    else {
      const id = idOfKey(e.key);
      if (id) syncFromStorage(id);
    }
  });
  window.addEventListener?.("pageshow", (e: PageTransitionEvent) => e.persisted && syncFromStorage());
  // Typing waits for a pause before it is written; a tab being hidden, closed or reloaded writes it at once.
  window.addEventListener?.("pagehide", flushSave);
  globalThis.document?.addEventListener("visibilitychange", () =>
    document.visibilityState === "visible" ? syncFromStorage() : flushSave(),
  );
}

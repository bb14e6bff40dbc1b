"use client";

import { create } from "zustand";
import { persist, type PersistStorage, type StorageValue } from "zustand/middleware";
import { createDefaultPlan, type Plan } from "@/lib/plan";
import { freshSlice, restoreSaved, STORAGE_KEY, STORE_VERSION, type Recovery, type SavedSlice } from "./restore";

export type { Recovery, RecoveryIssue, Drafts } from "./restore";
export { STORAGE_KEY, STORE_VERSION } from "./restore";

export type PlanState = SavedSlice & {
  /** Bumped when the whole plan is replaced (setPlan, reset) so open forms re-read it; not persisted. */
  revision: number;
  /** Replaces the plan (new plan, example, file, link); clears drafts and checklist progress. */
  setPlan(plan: Plan): void;
  /** Edits the plan; the recipe may mutate the draft copy or return a new plan. */
  updatePlan(recipe: (draft: Plan) => Plan | void): void;
  /** Keeps a step's in-progress (invalid) form values; `null` drops them once the step is valid again. */
  setDraft(stepId: string, values: Record<string, unknown> | null): void;
  toggleProgress(id: string): void;
  /** Back to the default plan; also clears a recovery (the raw saved text is then overwritten). */
  reset(): void;
};

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

const nowIso = () => new Date().toISOString();

type Persisted = SavedSlice;

/** localStorage adapter that validates on read and never overwrites a saved plan awaiting recovery. */
export function createPlanStorage(getStorage: () => Storage | undefined): PersistStorage<Persisted> {
  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    getItem(name): StorageValue<Persisted> | null {
      const raw = storage()?.getItem(name);
      if (raw == null) return null;
      return { state: restoreSaved(raw, todayIso()), version: STORE_VERSION };
    },
    setItem(name, value) {
      if (value.state.recovery) return;
      const { plan, updatedAt, progress, drafts } = value.state;
      storage()?.setItem(name, JSON.stringify({ state: { plan, updatedAt, progress, drafts }, version: value.version }));
    },
    removeItem(name) {
      storage()?.removeItem(name);
    },
  };
}

export const usePlanStore = create<PlanState>()(
  persist(
    (set) => ({
      ...freshSlice(),
      revision: 0,
      setPlan: (plan) =>
        set((s) => ({ plan: structuredClone(plan), drafts: {}, progress: {}, updatedAt: nowIso(), recovery: null, revision: s.revision + 1 })),
      updatePlan: (recipe) =>
        set((s) => {
          const draft = structuredClone(s.plan);
          const next = recipe(draft) ?? draft;
          return { plan: next, updatedAt: nowIso() };
        }),
      setDraft: (stepId, values) =>
        set((s) => {
          const drafts = { ...s.drafts };
          if (values) drafts[stepId] = values;
          else if (stepId in drafts) delete drafts[stepId];
          else return s;
          return { drafts, updatedAt: nowIso() };
        }),
      toggleProgress: (id) =>
        set((s) => {
          const progress = { ...s.progress };
          if (progress[id]) delete progress[id];
          else progress[id] = true;
          return { progress, updatedAt: nowIso() };
        }),
      reset: () => set((s) => ({ ...freshSlice(), plan: createDefaultPlan(todayIso()), revision: s.revision + 1 })),
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: createPlanStorage(() => (typeof window === "undefined" ? undefined : window.localStorage)),
      // restoreSaved already ran parsePlan (which migrates plan schema versions); nothing older than 1 exists.
      migrate: (persisted) => persisted as Persisted,
      partialize: ({ plan, updatedAt, progress, drafts, recovery }) => ({ plan, updatedAt, progress, drafts, recovery }),
      merge: (persisted, current) => ({ ...current, ...(persisted as Persisted) }),
    },
  ),
);

/** The raw text of a saved plan that could not be loaded (for "Export raw data"). */
export function selectRecovery(s: PlanState): Recovery | null {
  return s.recovery;
}

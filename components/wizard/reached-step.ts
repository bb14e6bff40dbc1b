"use client";

import { useSyncExternalStore } from "react";

// How far into the wizard the user has come in this tab: findings of steps beyond it are "to check
// later", not blockers shouted at someone still on step 2. A tab-level view setting, not plan data.
const KEY = "tunnel-planner:reached-step";
const listeners = new Set<() => void>();

function read(): number {
  try {
    return Number(window.sessionStorage.getItem(KEY) ?? -1);
  } catch {
    return -1;
  }
}

/** Records that the step with this index (0-based) was shown; the furthest one wins. */
export function markStepReached(index: number): void {
  if (index <= read()) return;
  try {
    window.sessionStorage.setItem(KEY, String(index));
  } catch {
    return;
  }
  for (const l of listeners) l();
}

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

/** The furthest step index reached in this tab, at least `current`. */
export function useReachedStep(current: number): number {
  const stored = useSyncExternalStore(subscribe, read, () => -1);
  return Math.max(stored, current);
}

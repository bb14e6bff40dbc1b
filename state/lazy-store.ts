"use client";

import { useEffect, useState } from "react";
import type { PlanState } from "./plan-store";

type StoreModule = typeof import("./plan-store");

let loading: Promise<StoreModule> | null = null;

/**
 * The plan store, loaded on demand. The store validates saved plans with the plan schema (zod, the
 * network and certificate grammars), which is most of what a page would otherwise load before its first
 * paint (issue 17). The header, the language and the page frames are drawn without it; it loads right
 * after hydration, and the parts that show plan data render once it has read storage.
 */
export function loadPlanStore(): Promise<StoreModule> {
  loading ??= import("./plan-store");
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** A value of the store once it has loaded and read storage; `fallback` before that (server render, hydration). */
export function useLazyPlanStore<T>(select: (s: PlanState) => T, fallback: T): T {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let live = true;
    void loadPlanStore().then(({ usePlanStore }) => {
      if (!live) return;
      const read = (s: PlanState) => (s.hydrated ? select(s) : fallback);
      setValue(read(usePlanStore.getState()));
      unsubscribe = usePlanStore.subscribe((s) => setValue(read(s)));
    });
    return () => {
      live = false;
      unsubscribe?.();
    };
    // `select` and `fallback` are fixed per call site; re-subscribing on every render would be wasted work.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return value;
}

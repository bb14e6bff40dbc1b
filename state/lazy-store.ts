"use client";

import { useEffect, useState } from "react";
import { LOCALES } from "@/lib/i18n/locales";
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
  loading ??= loadInStages();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Resolves in a new task, so that the work before and after it are two tasks, not one. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The store's modules are evaluated in stages, each in a task of its own: the grammars (zod, ipaddr.js, the text
 * and address checks), the rest of the plan schema (certificate, catalogs, progress), the browser's Intl, then the
 * store itself (default plan, reading storage). In one task they held a phone's main thread for ~110 ms (4x-throttled
 * profile of /plan/devices), which input would wait behind and which Lighthouse counts as blocking time. The schema
 * alone was still 145 ms at 4x on a slower machine (2026-12-01); split at the grammars it is 41-48 ms and 74-81 ms,
 * and Lighthouse's TBT on /plan/devices fell from 526 to 479 ms (median of 4). Each stage after the first may fetch
 * its own chunk, one round trip more on a phone before the saved plans show.
 */
async function loadInStages(): Promise<StoreModule> {
  await import("@/lib/plan/grammar");
  await nextTask();
  await import("@/lib/plan/schema");
  await nextTask();
  // The first use of the browser's Intl loads ICU's locale data, once per page: ~12 ms, ~50 ms at a phone's speed.
  // The store's first readers format messages with values (intl-messageformat), so pay it here, in a task alone.
  Intl.NumberFormat.supportedLocalesOf([...LOCALES]);
  await nextTask();
  return import("./plan-store");
}

/**
 * The engine's modules, evaluated before a view that runs it, in two tasks: the message catalogs of both
 * languages (lib/i18n/messages), then the rules and the catalogs they read (lib/report/evaluate). Evaluated with
 * the view in one task, they were one of 13-28 ms unthrottled, 55-100 ms at a phone's speed (Lighthouse on /review).
 */
export async function loadEngineInStages(): Promise<void> {
  await import("@/lib/i18n/messages");
  await nextTask();
  await import("@/lib/report/evaluate");
  await nextTask();
}

/**
 * A loader for next/dynamic of a view that imports the store: the store loads first, in its stages, and the
 * view's own modules (engine, sections) are evaluated in a task after them. Imported directly, the view would
 * pull the store in and evaluate everything in one long task.
 */
export function afterPlanStore<T>(load: () => Promise<T>): () => Promise<T> {
  // One load per loader, shared by every component that uses it (the step's form and its summary); a failed one
  // is forgotten so that the next render tries again.
  let loaded: Promise<T> | null = null;
  return () => {
    loaded ??= loadPlanStore().then(nextTask).then(load);
    loaded.catch(() => {
      loaded = null;
    });
    return loaded;
  };
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

"use client";

import { usePlanStore } from "./plan-store";

/**
 * True once the saved plans have been read from localStorage; false during server render and hydration
 * (the store reads storage right after it is created, so React's hydration render sees the initial state).
 */
export function useHydrated(): boolean {
  return usePlanStore((s) => s.hydrated);
}

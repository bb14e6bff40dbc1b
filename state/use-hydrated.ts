"use client";

import { useSyncExternalStore } from "react";
import { usePlanStore } from "./plan-store";

const subscribe = (onChange: () => void) => usePlanStore.persist.onFinishHydration(onChange);

/** True once the saved plan has been read from localStorage; false during server render and hydration. */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => usePlanStore.persist.hasHydrated(), () => false);
}

"use client";

import { useSyncExternalStore } from "react";
import { MY_NAME_KEY } from "./keys";
import { local } from "./persistence";

const listeners = new Set<() => void>();
const read = () => {
  try {
    return local()?.getItem(MY_NAME_KEY) ?? "";
  } catch {
    return "";
  }
};

function subscribe(cb: () => void) {
  listeners.add(cb);
  window.addEventListener("storage", cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener("storage", cb);
  };
}

/** The name this browser's user records with checklist ticks: a preference of the browser, not of a plan. */
export function useMyName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(subscribe, read, () => "");
  const set = (next: string) => {
    try {
      if (next) local()?.setItem(MY_NAME_KEY, next);
      else local()?.removeItem(MY_NAME_KEY);
    } catch {
      // Without storage the name lasts as long as the page: the field still shows what was typed.
    }
    for (const cb of listeners) cb();
  };
  return [name, set];
}

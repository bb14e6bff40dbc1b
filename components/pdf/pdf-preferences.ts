"use client";

import { useSyncExternalStore } from "react";
import { PDF_CONTENTS, type PdfContent } from "./content";
import { defaultPageSize } from "./page-size";
import type { PageSize } from "./styles";

// One paper size and one content choice for every PDF button (review toolbar, share menu), kept for
// the next visit. A browser preference, not plan data: a colleague opening the plan keeps their paper.
const KEY = "tunnel-planner:pdf";
const listeners = new Set<() => void>();
/** Choices made while storage is unavailable (private mode, quota): they hold for this page. */
let memory: Stored = {};

export type PdfPreferences = { pageSize: PageSize; content: PdfContent };
type Stored = Partial<PdfPreferences>;

function readStored(): Stored {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? "{}") as Record<string, unknown>;
    return {
      pageSize: raw.pageSize === "A4" || raw.pageSize === "LETTER" ? raw.pageSize : undefined,
      content: PDF_CONTENTS.includes(raw.content as PdfContent) ? (raw.content as PdfContent) : undefined,
    };
  } catch {
    return {};
  }
}

let cache: { raw: string | null; memory: Stored; german: boolean; value: PdfPreferences } | null = null;

function snapshot(): PdfPreferences {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    raw = null;
  }
  // The browser's locale decides until the user picks: Letter in the US (and the other Letter countries), A4 elsewhere;
  // a German UI means A4 (issue 14) whatever the browser's region.
  const german = document.documentElement.lang === "de";
  if (cache && cache.raw === raw && cache.memory === memory && cache.german === german) return cache.value;
  const stored = { ...readStored(), ...memory };
  const value = {
    pageSize: stored.pageSize ?? (german ? "A4" : defaultPageSize(navigator.language)),
    content: stored.content ?? "full",
  };
  cache = { raw, memory, german, value };
  return value;
}

const SERVER: PdfPreferences = { pageSize: "A4", content: "full" };

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  const onStorage = (e: StorageEvent) => e.key === KEY && onChange();
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onStorage);
  };
}

/** Saves one choice; every PDF button on the page follows. */
export function setPdfPreference(change: Partial<PdfPreferences>): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify({ ...readStored(), ...change }));
  } catch {
    memory = { ...memory, ...change };
  }
  for (const l of listeners) l();
}

export function usePdfPreferences(): PdfPreferences {
  return useSyncExternalStore(subscribe, snapshot, () => SERVER);
}

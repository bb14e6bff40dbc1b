// Test helpers for the store: an in-memory Storage and "tabs" (fresh module instances on one localStorage).
import { vi } from "vitest";

export class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  /** Makes the next setItem calls throw, like a full quota. */
  full = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.data.set(key, String(value));
  }
  keys(): string[] {
    return [...this.data.keys()];
  }
}

/**
 * A browser tab: a fresh instance of the store module reading the shared localStorage, with its own
 * sessionStorage, window and document. `window` stays pointed at this tab's storages until the next tab is opened.
 */
export async function openTab(local: MemoryStorage, session = new MemoryStorage()) {
  // Event targets, so a test can hide the tab (visibilitychange) or leave the page (pagehide).
  const window = Object.assign(new EventTarget(), { localStorage: local, sessionStorage: session });
  const document = Object.assign(new EventTarget(), { visibilityState: "visible" as DocumentVisibilityState });
  vi.stubGlobal("window", window);
  vi.stubGlobal("document", document);
  vi.resetModules();
  const mod = await import("@/state/plan-store");
  return { store: mod.usePlanStore, sync: mod.syncFromStorage, flush: mod.flushSave, session, window, document };
}

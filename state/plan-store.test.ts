import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NEWEST_EDITION_ID } from "@/lib/catalog/editions/ids";
import { createDefaultPlan, defaultPlan } from "@/lib/plan";
import { restoreSaved, STORAGE_KEY } from "./restore";

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
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
    this.data.set(key, String(value));
  }
}

let storage: MemoryStorage;

/** A fresh module instance = a page reload: the store hydrates from `storage`. */
async function loadStore() {
  vi.resetModules();
  const mod = await import("./plan-store");
  return mod.usePlanStore;
}

beforeEach(() => {
  storage = new MemoryStorage();
  vi.stubGlobal("window", { localStorage: storage });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const TODAY = "2026-11-28";

describe("restoreSaved", () => {
  it("keeps corrupt JSON as raw text for recovery", () => {
    const s = restoreSaved("{not json", TODAY);
    expect(s.recovery?.raw).toBe("{not json");
    expect(s.recovery?.issues[0]?.message).toMatch(/not valid JSON/);
    expect(s.plan).toEqual(defaultPlan);
  });

  it("refuses a store envelope from a newer app version", () => {
    const raw = JSON.stringify({ state: { plan: defaultPlan }, version: 2 });
    const s = restoreSaved(raw, TODAY);
    expect(s.recovery?.raw).toBe(raw);
    expect(s.recovery?.issues[0]?.path).toBe("version");
  });

  it("refuses a plan with a future schemaVersion through parsePlan", () => {
    const raw = JSON.stringify({ state: { plan: { ...defaultPlan, schemaVersion: 99 } }, version: 1 });
    const s = restoreSaved(raw, TODAY);
    expect(s.recovery?.raw).toBe(raw);
    expect(s.recovery?.issues.length).toBeGreaterThan(0);
  });

  it("reports field problems of an invalid saved plan", () => {
    const plan = structuredClone(defaultPlan) as unknown as { sites: { port: number }[] };
    plan.sites[0]!.port = 70000;
    const s = restoreSaved(JSON.stringify({ state: { plan }, version: 1 }), TODAY);
    expect(s.recovery?.issues.some((i) => i.path.includes("port"))).toBe(true);
  });

  it("restores a valid envelope and drops malformed progress and drafts", () => {
    const raw = JSON.stringify({
      state: { plan: { ...defaultPlan, name: "Lab" }, updatedAt: "2026-11-28T10:00:00.000Z", progress: { a: true, b: "x" }, drafts: { server: { distro: "x" }, bad: 3 } },
      version: 1,
    });
    const s = restoreSaved(raw, TODAY);
    expect(s.recovery).toBeNull();
    expect(s.plan.name).toBe("Lab");
    expect(s.updatedAt).toBe("2026-11-28T10:00:00.000Z");
    expect(s.progress).toEqual({ a: true });
    expect(s.drafts).toEqual({ server: { distro: "x" } });
  });
});

describe("usePlanStore", () => {
  it("starts with the default plan when nothing is saved", async () => {
    const store = await loadStore();
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.getState().plan).toEqual(defaultPlan);
    expect(store.getState().updatedAt).toBeNull();
  });

  it("round-trips plan, drafts and progress through a reload", async () => {
    let store = await loadStore();
    store.getState().updatePlan((p) => {
      p.name = "Contoso rollout";
      p.devices.ios = 1200;
    });
    store.getState().setDraft("sites", { sites: [{ name: "Primary", port: "70000" }] });
    store.getState().toggleProgress("check-1");
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(saved.version).toBe(1);
    expect(saved.state.recovery).toBeUndefined();

    store = await loadStore();
    const s = store.getState();
    expect(s.plan.name).toBe("Contoso rollout");
    expect(s.plan.devices.ios).toBe(1200);
    expect(s.drafts.sites).toEqual({ sites: [{ name: "Primary", port: "70000" }] });
    expect(s.progress).toEqual({ "check-1": true });
    expect(s.updatedAt).not.toBeNull();
  });

  it("updatePlan accepts a returned plan and never mutates the previous one", async () => {
    const store = await loadStore();
    const before = store.getState().plan;
    store.getState().updatePlan((p) => ({ ...p, name: "Returned" }));
    expect(store.getState().plan.name).toBe("Returned");
    expect(before.name).toBe(defaultPlan.name);
  });

  it("setDraft(null) drops a step's draft; toggleProgress unticks", async () => {
    const store = await loadStore();
    store.getState().setDraft("server", { nics: "" });
    store.getState().setDraft("server", null);
    expect(store.getState().drafts).toEqual({});
    store.getState().toggleProgress("x");
    store.getState().toggleProgress("x");
    expect(store.getState().progress).toEqual({});
  });

  it("setPlan replaces the plan and clears drafts and progress", async () => {
    const store = await loadStore();
    store.getState().setDraft("server", { nics: "" });
    store.getState().toggleProgress("x");
    store.getState().setPlan({ ...defaultPlan, name: "Imported" });
    const s = store.getState();
    expect(s.plan.name).toBe("Imported");
    expect(s.drafts).toEqual({});
    expect(s.progress).toEqual({});
  });

  it("a corrupt save does not break loading and is not overwritten until reset", async () => {
    storage.setItem(STORAGE_KEY, "{corrupt");
    const store = await loadStore();
    expect(store.getState().recovery).toEqual({ raw: "{corrupt", issues: [expect.objectContaining({ path: "" })] });
    expect(store.getState().plan).toEqual(defaultPlan);
    store.getState().toggleProgress("x");
    expect(storage.getItem(STORAGE_KEY)).toBe("{corrupt");

    store.getState().reset();
    expect(store.getState().recovery).toBeNull();
    // A new plan: today's date and the newest requirements edition (plan-format §4.1).
    const today = new Date().toISOString().slice(0, 10);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!).state.plan;
    expect(saved).toEqual(createDefaultPlan(today));
    expect(saved).toMatchObject({ planningDate: today, edition: NEWEST_EDITION_ID });
  });

  it("a future-version save survives a reload untouched", async () => {
    const raw = JSON.stringify({ state: { plan: defaultPlan }, version: 7 });
    storage.setItem(STORAGE_KEY, raw);
    await loadStore();
    const again = await loadStore();
    expect(again.getState().recovery?.raw).toBe(raw);
    expect(storage.getItem(STORAGE_KEY)).toBe(raw);
  });
});

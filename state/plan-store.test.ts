import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NEWEST_EDITION_ID } from "@/lib/catalog/editions/ids";
import { createDefaultPlan, defaultPlan } from "@/lib/plan/defaults";
import { LEGACY_KEY, META_KEY, PLAN_KEY_PREFIX, planKey } from "./keys";
import { restoreRecord, serializeRecord } from "./restore";
import { SAVE_DELAY_MS } from "./plan-store";
import { MemoryStorage, openTab } from "@/test/support/store";

const TODAY = "2026-11-28";
let local: MemoryStorage;

beforeEach(() => {
  local = new MemoryStorage();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const planKeys = () => local.keys().filter((k) => k.startsWith(PLAN_KEY_PREFIX));
const stored = (id: string) => JSON.parse(local.getItem(planKey(id))!);

/** A save of the single-plan layout exactly as the previous release wrote it (zustand persist, version 1). */
const LAYOUT_1 = JSON.stringify({
  state: {
    plan: {
      ...defaultPlan,
      name: "Contoso rollout",
      devices: { ...defaultPlan.devices, ios: 1200 },
      progress: undefined,
    },
    updatedAt: "2026-11-20T09:30:00.000Z",
    progress: { "ip-forward": true, "load-tun": true, "Not An Id": true, "second-nic": false },
    drafts: { sites: { sites: [{ ...defaultPlan.sites[0], port: "70000" }] } },
  },
  version: 1,
});

describe("restoreRecord", () => {
  it("keeps corrupt JSON as raw text", () => {
    const r = restoreRecord("abcdefgh1234", "{not json", TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.unreadable).toEqual({
        id: "abcdefgh1234",
        raw: "{not json",
        issues: [expect.objectContaining({ path: "" })],
      });
  });

  it("refuses a record from a newer app version and a plan with a future schemaVersion", () => {
    const newer = restoreRecord("abcdefgh1234", JSON.stringify({ state: { plan: defaultPlan }, version: 3 }), TODAY);
    expect(!newer.ok && newer.unreadable.issues[0]?.path).toBe("version");
    const future = restoreRecord(
      "abcdefgh1234",
      JSON.stringify({ state: { plan: { ...defaultPlan, schemaVersion: 99 } }, version: 2 }),
      TODAY,
    );
    expect(future.ok).toBe(false);
  });

  it("reads layout 1: ticks move into plan.progress, drafts and the date stay", () => {
    const r = restoreRecord("abcdefgh1234", LAYOUT_1, TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.plan.name).toBe("Contoso rollout");
    expect(r.record.plan.devices.ios).toBe(1200);
    expect(r.record.plan.progress).toEqual({ "ip-forward": { done: true }, "load-tun": { done: true } });
    expect(r.record.updatedAt).toBe("2026-11-20T09:30:00.000Z");
    expect(r.record.drafts.sites).toEqual({ sites: [{ ...defaultPlan.sites[0], port: "70000" }] });
  });

  it("round-trips layout 2", () => {
    const record = {
      id: "abcdefgh1234",
      plan: { ...defaultPlan, name: "Lab" },
      updatedAt: "2026-11-28T10:00:00.000Z",
      drafts: {},
    };
    const r = restoreRecord(record.id, serializeRecord(record), TODAY);
    expect(r.ok && r.record).toEqual(record);
  });

  it("checks drafts like plans: wrong shapes are replaced by the plan's values and listed, the rest is kept", () => {
    const raw = JSON.stringify({
      state: {
        plan: defaultPlan,
        updatedAt: null,
        drafts: {
          sites: { sites: "Frankfurt" },
          server: { server: { ssh: { sourceCidrs: "10.0.0.0/8", enabled: true }, nics: "2", gpu: true } },
          devices: { devices: { ios: [1], androidDedicated: "12" }, vpn: 3 },
          network: "oops",
          nosuchstep: { a: 1 },
        },
      },
      version: 2,
    });
    const r = restoreRecord("abcdefgh1234", raw, TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.record.drafts.sites).toEqual({ sites: defaultPlan.sites });
    expect(r.record.drafts.server).toEqual({ server: { ...defaultPlan.server, nics: "2" } });
    expect(r.record.drafts.devices).toEqual({
      devices: { ...defaultPlan.devices, androidDedicated: "12" },
      vpn: defaultPlan.vpn,
    });
    expect(r.record.drafts.network).toEqual({ network: defaultPlan.network });
    expect(r.dropped).toEqual([
      { stepId: "sites", paths: ["sites"] },
      { stepId: "server", paths: ["server.gpu", "server.ssh.sourceCidrs"] },
      { stepId: "devices", paths: ["devices.ios", "vpn"] },
      { stepId: "network", paths: [""] },
      { stepId: "nosuchstep", paths: [""] },
    ]);
  });
});

describe("migration from the single-plan layout", () => {
  it("moves the old save into the plan list unchanged, opens it, and removes the old key only after", async () => {
    local.setItem(LEGACY_KEY, LAYOUT_1);
    const { store } = await openTab(local);
    const s = store.getState();
    expect(Object.values(s.plans).map((p) => p.plan.name)).toEqual(["Contoso rollout"]);
    expect(s.plan.name).toBe("Contoso rollout");
    expect(s.plan.progress).toEqual({ "ip-forward": { done: true }, "load-tun": { done: true } });
    expect(s.drafts.sites).toEqual({ sites: [{ ...defaultPlan.sites[0], port: "70000" }] });
    expect(s.updatedAt).toBe("2026-11-20T09:30:00.000Z");
    expect(local.getItem(LEGACY_KEY)).toBeNull();
    expect(local.getItem(planKey(s.currentId))).toBe(LAYOUT_1);
    expect(JSON.parse(local.getItem(META_KEY)!)).toEqual({ version: 2, current: s.currentId });
  });

  it("the first change writes layout 2 with the ticks inside the plan", async () => {
    local.setItem(LEGACY_KEY, LAYOUT_1);
    const { store } = await openTab(local);
    store.getState().updatePlan((p) => void (p.devices.ios = 1300));
    const saved = stored(store.getState().currentId);
    expect(saved.version).toBe(2);
    expect(saved.state.plan.progress).toEqual({ "ip-forward": { done: true }, "load-tun": { done: true } });
    expect(saved.state.progress).toBeUndefined();
    const again = (await openTab(local)).store.getState();
    expect(again.plan.devices.ios).toBe(1300);
    expect(Object.keys(again.plans)).toHaveLength(1);
  });

  it("migrates once: an old-layout key written later does not come back as a plan", async () => {
    local.setItem(LEGACY_KEY, LAYOUT_1);
    const first = (await openTab(local)).store.getState();
    first.deletePlan(first.currentId);
    local.setItem(LEGACY_KEY, LAYOUT_1);
    expect(Object.keys((await openTab(local)).store.getState().plans)).toEqual([]);
  });

  it("a damaged old save moves byte for byte and is listed as unreadable", async () => {
    local.setItem(LEGACY_KEY, "{broken json");
    const s = (await openTab(local)).store.getState();
    expect(Object.values(s.unreadable).map((u) => u.raw)).toEqual(["{broken json"]);
    expect(s.recovery?.raw).toBe("{broken json");
    expect(local.getItem(LEGACY_KEY)).toBeNull();
  });

  it("a mere visit writes nothing", async () => {
    const s = (await openTab(local)).store.getState();
    expect(s.hydrated).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    // A new plan: today's date and the newest requirements edition (plan-format §4.1).
    expect(s.plan).toEqual(createDefaultPlan(today));
    expect(s.plan).toMatchObject({ planningDate: today, edition: NEWEST_EDITION_ID });
    expect(local.length).toBe(0);
  });
});

describe("an unreadable saved plan (issue 17)", () => {
  it("never swallows typing: it goes to a new plan and the unreadable text stays untouched", async () => {
    local.setItem(LEGACY_KEY, JSON.stringify({ state: { plan: defaultPlan }, version: 7 }));
    const { store } = await openTab(local);
    const bad = Object.keys(store.getState().unreadable)[0]!;
    const raw = local.getItem(planKey(bad));
    store.getState().updatePlan((p) => void (p.name = "Typed after the failure"));
    const s = store.getState();
    expect(s.currentId).not.toBe(bad);
    expect(s.saveFailed).toBe(false);
    expect(stored(s.currentId).state.plan.name).toBe("Typed after the failure");
    expect(local.getItem(planKey(bad))).toBe(raw);
    const reloaded = (await openTab(local)).store.getState();
    expect(reloaded.unreadable[bad]?.raw).toBe(raw);
    // The new plan is the one a reload (or a new tab) comes back to, not the unreadable one.
    expect(reloaded.plan.name).toBe("Typed after the failure");
    expect(reloaded.recovery).toBeNull();
  });

  it("a full storage is reported and the change kept in the tab", async () => {
    const { store } = await openTab(local);
    local.full = true;
    store.getState().updatePlan((p) => void (p.name = "Kept"));
    expect(store.getState().saveFailed).toBe(true);
    expect(store.getState().plan.name).toBe("Kept");
    local.full = false;
    store.getState().updatePlan((p) => void (p.devices.ios = 5));
    expect(store.getState().saveFailed).toBe(false);
    expect(stored(store.getState().currentId).state.plan).toMatchObject({ name: "Kept", devices: { ios: 5 } });
  });
});

describe("several plans", () => {
  it("creates, duplicates, renames, deletes with undo, and remembers the tab's plan across a reload", async () => {
    const { store, session } = await openTab(local);
    const a = store.getState().createPlan({ ...defaultPlan, name: "Variant A" });
    const b = store.getState().duplicatePlan(a, "Variant B")!;
    expect(store.getState().currentId).toBe(a);
    store.getState().renamePlan(b, "Variant B (HA)");
    expect(planKeys()).toHaveLength(2);
    expect(stored(b).state.plan.name).toBe("Variant B (HA)");
    store.getState().openPlan(b);
    expect(store.getState().plan.name).toBe("Variant B (HA)");

    store.getState().deletePlan(b);
    expect(local.getItem(planKey(b))).toBeNull();
    expect(store.getState().currentId).toBe(a);
    store.getState().undoDelete();
    expect(stored(b).state.plan.name).toBe("Variant B (HA)");
    expect(store.getState().currentId).toBe(b);

    const reloaded = (await openTab(local, session)).store.getState();
    expect(reloaded.currentId).toBe(b);
    expect(Object.keys(reloaded.plans).sort()).toEqual([a, b].sort());
    // A new tab has no plan of its own yet: it opens the plan opened last.
    expect((await openTab(local)).store.getState().currentId).toBe(b);
  });

  it("ticks record the day and the name in the plan, and edits of one plan never touch another", async () => {
    const { store } = await openTab(local);
    const a = store.getState().createPlan({ ...defaultPlan, name: "A" });
    const b = store.getState().createPlan({ ...defaultPlan, name: "B" });
    store.getState().setItemDone("load-tun", true, "Sam");
    expect(stored(b).state.plan.progress).toEqual({
      "load-tun": { done: true, by: "Sam", on: new Date().toISOString().slice(0, 10) },
    });
    expect(stored(a).state.plan.progress).toEqual({});
    store.getState().setItemDone("load-tun", false);
    expect(stored(b).state.plan.progress).toEqual({});
  });
});

describe("two tabs on one plan (issue 17)", () => {
  async function twoTabs() {
    const tabA = await openTab(local);
    const id = tabA.store.getState().createPlan({ ...defaultPlan, name: "Shared" });
    const tabB = await openTab(local);
    expect(tabB.store.getState().currentId).toBe(id);
    return { tabA, tabB, id };
  }

  it("a tab opened before the other saved takes the other's change over instead of overwriting it", async () => {
    const { tabA, tabB, id } = await twoTabs();
    tabA.store.getState().updatePlan((p) => void (p.devices.ios = 4000));
    tabB.sync(id);
    expect(tabB.store.getState().plan.devices.ios).toBe(4000);
    expect(tabB.store.getState().adoptedAt).not.toBeNull();
    tabB.store.getState().updatePlan((p) => void (p.devices.androidFullyManaged = 700));
    expect(stored(id).state.plan.devices).toMatchObject({ ios: 4000, androidFullyManaged: 700 });
  });

  it("a tab that missed the other's save does not overwrite it: it asks, and can keep its change as a copy", async () => {
    const { tabA, tabB, id } = await twoTabs();
    tabA.store.getState().updatePlan((p) => void (p.devices.ios = 4000));
    tabB.store.getState().updatePlan((p) => void (p.devices.androidFullyManaged = 700));
    expect(stored(id).state.plan.devices).toMatchObject({ ios: 4000, androidFullyManaged: 0 });
    const conflict = tabB.store.getState().conflict;
    expect(conflict).toMatchObject({ id, kind: "changed" });
    expect(conflict?.theirs?.plan.devices.ios).toBe(4000);
    // Typing continues in memory while the question is open; nothing is written over theirs.
    tabB.store.getState().updatePlan((p) => void (p.devices.androidDedicated = 3));
    expect(stored(id).state.plan.devices.androidDedicated).toBe(0);

    tabB.store.getState().resolveConflict("copy", "Shared (this tab)");
    const s = tabB.store.getState();
    expect(s.conflict).toBeNull();
    expect(s.currentId).not.toBe(id);
    expect(stored(s.currentId).state.plan).toMatchObject({
      name: "Shared (this tab)",
      devices: { ios: 0, androidFullyManaged: 700, androidDedicated: 3 },
    });
    expect(stored(id).state.plan.devices).toMatchObject({ ios: 4000, androidFullyManaged: 0 });
  });

  it("…or take the other tab's version", async () => {
    const { tabA, tabB, id } = await twoTabs();
    tabA.store.getState().updatePlan((p) => void (p.name = "Theirs"));
    tabB.store.getState().updatePlan((p) => void (p.name = "Mine"));
    const revision = tabB.store.getState().revision;
    tabB.store.getState().resolveConflict("theirs");
    expect(tabB.store.getState().plan.name).toBe("Theirs");
    expect(tabB.store.getState().revision).toBeGreaterThan(revision);
    tabB.store.getState().updatePlan((p) => void (p.devices.ios = 1));
    expect(stored(id).state.plan).toMatchObject({ name: "Theirs", devices: { ios: 1 } });
  });

  it("a plan deleted in another tab while this one has changes asks before anything is lost", async () => {
    const { tabA, tabB, id } = await twoTabs();
    tabA.store.getState().deletePlan(id);
    tabB.store.getState().updatePlan((p) => void (p.name = "Still needed"));
    expect(tabB.store.getState().conflict).toMatchObject({ id, kind: "deleted", theirs: null });
    expect(local.getItem(planKey(id))).toBeNull();
    tabB.store.getState().resolveConflict("copy", "Still needed");
    expect(stored(tabB.store.getState().currentId).state.plan.name).toBe("Still needed");
  });

  it("the plan list follows plans added and renamed in another tab", async () => {
    const { tabA, tabB } = await twoTabs();
    const other = tabA.store.getState().createPlan({ ...defaultPlan, name: "Made elsewhere" }, { open: false });
    tabB.sync(other);
    expect(tabB.store.getState().plans[other]?.plan.name).toBe("Made elsewhere");
  });
});

describe("typing is written after a pause (issue 17)", () => {
  const DEFER = { defer: true } as const;
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function typingTab() {
    const tab = await openTab(local);
    const id = tab.store.getState().createPlan({ ...defaultPlan, name: "Typed" });
    return { ...tab, id };
  }

  it("keeps every change in memory at once and writes the last one after the pause", async () => {
    const { store, id } = await typingTab();
    for (const ios of [1, 12, 123]) store.getState().updatePlan((p) => void (p.devices.ios = ios), DEFER);
    store.getState().setDraft("sites", { sites: [{ ...defaultPlan.sites[0], port: "7" }] }, DEFER);
    expect(store.getState().plan.devices.ios).toBe(123);
    expect(stored(id).state.plan.devices.ios).toBe(0);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(stored(id).state.plan.devices.ios).toBe(123);
    expect(stored(id).state.drafts.sites).toEqual({ sites: [{ ...defaultPlan.sites[0], port: "7" }] });
    expect(store.getState().plans[id]?.plan.devices.ios).toBe(123);
  });

  it("takes a committed plan as it is and writes it after the pause like any typing", async () => {
    const { store, id } = await typingTab();
    const plan = { ...store.getState().plan, name: "Committed" };
    store.getState().commitPlan(plan, DEFER);
    expect(store.getState().plan).toBe(plan);
    expect(stored(id).state.plan.name).toBe("Typed");
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(stored(id).state.plan.name).toBe("Committed");
  });

  it("writes at once when the page is left or hidden, or a step form closes", async () => {
    const tab = await typingTab();
    tab.store.getState().updatePlan((p) => void (p.name = "Before leaving"), DEFER);
    tab.window.dispatchEvent(new Event("pagehide"));
    expect(stored(tab.id).state.plan.name).toBe("Before leaving");

    tab.store.getState().updatePlan((p) => void (p.name = "Before hiding"), DEFER);
    tab.document.visibilityState = "hidden";
    tab.document.dispatchEvent(new Event("visibilitychange"));
    expect(stored(tab.id).state.plan.name).toBe("Before hiding");

    tab.store.getState().updatePlan((p) => void (p.name = "Before the review"), DEFER);
    tab.flush();
    expect(stored(tab.id).state.plan.name).toBe("Before the review");
    const reloaded = (await openTab(local, tab.session)).store.getState();
    expect(reloaded.plan.name).toBe("Before the review");
  });

  it("a change typed before another plan is opened is written to its own plan", async () => {
    const { store, id } = await typingTab();
    const other = store.getState().createPlan({ ...defaultPlan, name: "Other" }, { open: false });
    store.getState().updatePlan((p) => void (p.devices.ios = 77), DEFER);
    store.getState().openPlan(other);
    expect(stored(id).state.plan.devices.ios).toBe(77);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(stored(other).state.plan.devices.ios).toBe(0);
    expect(stored(other).state.plan.name).toBe("Other");
  });

  it("another tab's save during the pause is a conflict, not overwritten (storage event or not)", async () => {
    const tabA = await typingTab();
    const tabB = await openTab(local);
    tabA.store.getState().updatePlan((p) => void (p.devices.ios = 11), DEFER);
    tabB.store.getState().updatePlan((p) => void (p.devices.androidFullyManaged = 22));
    // With the storage event: this tab has unsaved typing, so it asks instead of taking theirs over.
    tabA.sync(tabA.id);
    expect(tabA.store.getState().conflict).toMatchObject({ id: tabA.id, kind: "changed" });
    expect(tabA.store.getState().plan.devices.ios).toBe(11);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(stored(tabA.id).state.plan.devices).toMatchObject({ ios: 0, androidFullyManaged: 22 });

    // Taking theirs lets this tab's typing go; the pending write must not come back.
    tabA.store.getState().updatePlan((p) => void (p.devices.ios = 33), DEFER);
    tabA.store.getState().resolveConflict("theirs");
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(tabA.store.getState().plan.devices).toMatchObject({ ios: 0, androidFullyManaged: 22 });
    expect(stored(tabA.id).state.plan.devices).toMatchObject({ ios: 0, androidFullyManaged: 22 });
  });

  it("a save by another tab that this tab never heard of is found when the pause ends", async () => {
    const tabA = await typingTab();
    const tabB = await openTab(local);
    tabA.store.getState().updatePlan((p) => void (p.name = "Mine"), DEFER);
    tabB.store.getState().updatePlan((p) => void (p.name = "Theirs"));
    tabA.flush();
    expect(tabA.store.getState().conflict).toMatchObject({ id: tabA.id, kind: "changed" });
    expect(tabA.store.getState().conflict?.theirs?.plan.name).toBe("Theirs");
    expect(stored(tabA.id).state.plan.name).toBe("Theirs");
    tabA.store.getState().resolveConflict("copy", "Mine (copy)");
    expect(stored(tabA.store.getState().currentId).state.plan.name).toBe("Mine (copy)");
  });
});

import type { Page } from "@playwright/test";
import type { Plan } from "../../lib/plan/schema";

// The app's storage layout 2 (state/keys.ts): one key per plan, a meta key, the tab's plan in sessionStorage.
export const PLAN_KEY_PREFIX = "tunnel-planner:v2:plan:";
export const META_KEY = "tunnel-planner:v2";
export const LEGACY_KEY = "tunnel-planner:v1";

export type SavedRecord = { id: string; plan: Plan; updatedAt: string | null; drafts: Record<string, unknown> };
export type Seed = { id: string; plan: Plan; updatedAt?: string; drafts?: Record<string, unknown> };

/** Seeds plans in the stored format, once per browser context (later navigations keep what the app saved). */
export async function seedPlans(page: Page, seeds: Seed[], current = seeds[0]?.id ?? null) {
  const entries = seeds.map((s) => [
    `${PLAN_KEY_PREFIX}${s.id}`,
    JSON.stringify({
      state: { plan: s.plan, updatedAt: s.updatedAt ?? "2026-11-28T10:00:00.000Z", drafts: s.drafts ?? {} },
      version: 2,
    }),
  ]);
  await page.addInitScript(
    ([pairs, meta, metaKey]) => {
      if (window.localStorage.getItem(metaKey as string) !== null) return;
      for (const [key, value] of pairs as string[][]) window.localStorage.setItem(key!, value!);
      window.localStorage.setItem(metaKey as string, meta as string);
    },
    [entries, JSON.stringify({ version: 2, current }), META_KEY] as const,
  );
}

/**
 * Every readable plan record in the page's localStorage. Typing is written after a pause (issue 17); the page
 * writes it at once when it is left (pagehide), which is what this read asks for first, so it sees what the user
 * would leave behind now.
 */
export async function savedPlans(page: Page): Promise<SavedRecord[]> {
  const raw = await page.evaluate((prefix) => {
    window.dispatchEvent(new Event("pagehide"));
    const out: [string, string][] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) out.push([key.slice(prefix.length), localStorage.getItem(key)!]);
    }
    return out;
  }, PLAN_KEY_PREFIX);
  return raw.flatMap(([id, text]) => {
    try {
      const { state } = JSON.parse(text);
      return [{ id, plan: state.plan, updatedAt: state.updatedAt, drafts: state.drafts }];
    } catch {
      return [];
    }
  });
}

/** The saved record of the plan this tab works on. */
export async function currentSaved(page: Page): Promise<SavedRecord | undefined> {
  const id = await page.evaluate(() => sessionStorage.getItem("tunnel-planner:v2:current"));
  return (await savedPlans(page)).find((r) => r.id === id);
}

export const savedByName = async (page: Page, name: string) =>
  (await savedPlans(page)).find((r) => r.plan.name === name);

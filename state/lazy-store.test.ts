import { afterEach, expect, it, vi } from "vitest";

// Which task each stage of the store's loading runs in (issue 17, TBT): every timer callback starts a new task.
let task = 0;
const ranIn: Record<string, number> = {};
const realSetTimeout = globalThis.setTimeout;

vi.mock("@/lib/plan/grammar", () => {
  ranIn.grammar = task;
  return {};
});
vi.mock("@/lib/plan/schema", () => {
  ranIn.schema = task;
  return {};
});
vi.mock("./plan-store", () => {
  ranIn.store = task;
  return { usePlanStore: {} };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

// Each stage is a long task on a phone when evaluated together with the next (a 4x-throttled profile of `/`: the
// grammars and zod 41-48 ms, the rest of the schema 74-81 ms, 145 ms as one): input waits behind a long task, and
// Lighthouse counts everything over 50 ms as blocking time. So each stage starts in a task of its own.
it("loads the store in stages, each in a later task: the grammars (zod, ipaddr), the plan schema, the store", async () => {
  vi.stubGlobal("setTimeout", ((fn: () => void, ms?: number) =>
    realSetTimeout(() => {
      task += 1;
      fn();
    }, ms)) as typeof setTimeout);
  const { loadPlanStore } = await import("./lazy-store");
  await loadPlanStore();
  expect(Object.keys(ranIn).sort()).toEqual(["grammar", "schema", "store"]);
  expect(ranIn.grammar).toBeLessThan(ranIn.schema!);
  expect(ranIn.schema).toBeLessThan(ranIn.store!);
});

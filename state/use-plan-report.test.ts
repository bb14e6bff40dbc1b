import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { MemoryStorage, openTab } from "@/test/support/store";

// Counts the engine's runs; each call still computes the real report.
vi.mock("@/lib/report/evaluate", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/report/evaluate")>();
  return { ...real, evaluatePlan: vi.fn(real.evaluatePlan), summarizePlan: vi.fn(real.summarizePlan) };
});

let local: MemoryStorage;
beforeEach(() => {
  local = new MemoryStorage();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.clearAllMocks();
});

// The review and the wizard call warmPlanReport in a task before their first render (issue 17, TBT): it only
// helps if the render then finds the result in the cache instead of running the engine a second time.
it("warmPlanReport('report') runs the engine once, and the review's render reads that report from the cache", async () => {
  const tab = await openTab(local);
  tab.store.getState().updatePlan((p) => ({ ...p, name: "Warm" }));
  const { warmPlanReport, reportInput, reportOf } = await import("./use-plan-report");
  const { evaluatePlan } = await import("@/lib/report/evaluate");
  const { todayIso } = await import("./persistence");

  await warmPlanReport("report");
  expect(evaluatePlan).toHaveBeenCalledTimes(1);
  const report = reportOf(reportInput(tab.store.getState().plan), todayIso(), true);
  expect(evaluatePlan).toHaveBeenCalledTimes(1);
  expect(report.files.length).toBeGreaterThan(0);
});

it("warmPlanReport('summary') fills the summary the wizard's live summary reads", async () => {
  const tab = await openTab(local);
  const { warmPlanReport, reportInput, summaryOf } = await import("./use-plan-report");
  const { summarizePlan, evaluatePlan } = await import("@/lib/report/evaluate");
  const { todayIso } = await import("./persistence");

  await warmPlanReport("summary");
  expect(summarizePlan).toHaveBeenCalledTimes(1);
  const summary = summaryOf(reportInput(tab.store.getState().plan), todayIso());
  expect(summarizePlan).toHaveBeenCalledTimes(1);
  expect(evaluatePlan).not.toHaveBeenCalled();
  expect(summary.sizing.sites.length).toBeGreaterThan(0);
});

it("a report without files gets its files added: the same report evaluatePlan gives, with the engine run once", async () => {
  const tab = await openTab(local);
  tab.store.getState().updatePlan((p) => ({ ...p, name: "Files later" }));
  const { warmPlanReport, reportInput, reportOf } = await import("./use-plan-report");
  const evaluate = await import("@/lib/report/evaluate");
  const { todayIso } = await import("./persistence");

  await warmPlanReport("report without files");
  const input = reportInput(tab.store.getState().plan);
  expect(reportOf(input, todayIso(), false).files).toEqual([]);
  await warmPlanReport("report");
  expect(evaluate.evaluatePlan).toHaveBeenCalledTimes(1);
  const withFiles = reportOf(input, todayIso(), true);
  expect(evaluate.evaluatePlan).toHaveBeenCalledTimes(1);
  vi.mocked(evaluate.evaluatePlan).mockClear();
  expect(withFiles).toEqual(evaluate.evaluatePlan(input, { today: todayIso(), files: true }));
  expect(withFiles.files.some((f) => f.path.endsWith("README.md"))).toBe(true);
});

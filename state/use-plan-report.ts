"use client";

import { startTransition, useEffect, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Plan } from "@/lib/plan/schema";
import { buildFiles } from "@/lib/files";
import { evaluatePlan, summarizePlan, type PlanSummary } from "@/lib/report/evaluate";
import type { Report } from "@/lib/report/types";
import { nextTask } from "./lazy-store";
import { todayIso } from "./persistence";
import { usePlanStore } from "./plan-store";

const NO_PROGRESS: Plan["progress"] = {};

type Cached = { input: Plan; today: string; files: boolean; report: Report };
/** The last report, shared by every component that asks for it (the review and the sources page). */
let last: Cached | null = null;
/** The last summary, shared by the wizard's summary, its phone glance and the certificate step. */
let lastSummary: { input: Plan; today: string; summary: PlanSummary } | null = null;

const sameSlices = (a: Plan, b: Plan) => {
  const keys = Object.keys(a) as (keyof Plan)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
};

/**
 * The report of `input`, from the last one when its slices are the same objects (a report with files serves one
 * without; one without gets its files added, as evaluatePlan would add them).
 */
export function reportOf(input: Plan, today: string, files: boolean): Report {
  const prev = last && last.today === today && sameSlices(last.input, input) ? last : null;
  if (prev && (prev.files || !files)) return prev.report;
  const report = prev
    ? { ...prev.report, files: buildFiles(input, prev.report) }
    : evaluatePlan(input, { today, files });
  last = { input, today, files, report };
  return report;
}

/** The summary of `input`: the last report's or summary's when its slices are the same objects. */
export function summaryOf(input: Plan, today: string): PlanSummary {
  if (last && last.today === today && sameSlices(last.input, input)) return last.report;
  if (lastSummary && lastSummary.today === today && sameSlices(lastSummary.input, input)) return lastSummary.summary;
  const summary = summarizePlan(input, { today });
  lastSummary = { input, today, summary };
  return summary;
}

/**
 * `value` as of the last painted frame: a change comes back in a transition started after the next frame,
 * so the frame that shows a typed character never waits for what is computed from it. A newer value
 * before then replaces the older one, so fast typing computes once, after the last keystroke's frame.
 */
function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => startTransition(() => setPainted(value));
    const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    return () => {
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, [value, painted]);
  return painted;
}

/** The plan as the engine reads it: without its checklist ticks, which no report reads (a tick keeps every slice). */
export const reportInput = (plan: Plan): Plan => ({ ...plan, progress: NO_PROGRESS });

type WarmStage = "report" | "report without files" | "summary";

/**
 * Computes the current plan's report (with or without files) or summary into the cache that usePlanReport and
 * usePlanSummary read first, each stage in a task of its own, and resolves in a new task after the last one. A
 * page awaits it before its view renders: the engine's first run and React's first render of its result are then
 * separate tasks on a phone, not one of 100-350 ms (issue 17, Lighthouse TBT).
 */
export async function warmPlanReport(...stages: WarmStage[]): Promise<void> {
  for (const stage of stages) {
    await nextTask();
    if (!usePlanStore.getState().hydrated) return;
    const input = reportInput(usePlanStore.getState().plan);
    if (stage === "summary") summaryOf(input, todayIso());
    else reportOf(input, todayIso(), stage === "report");
  }
  await nextTask();
}

/** The current plan as the engine reads it (reportInput), re-rendering only when a slice the engine reads changes. */
const usePlanInput = () => usePlanStore(useShallow((s) => reportInput(s.plan)));

/**
 * The report for the current plan, recomputed only when the plan changes (a tick does not re-run the engine).
 * It follows the plan after the next paint (issue 17: at 500 sites the engine took longer than a frame, and
 * every keystroke waited for it before its character showed).
 */
export function usePlanReport(): Report {
  const painted = useAfterPaint(usePlanInput());
  return useMemo(() => reportOf(painted, todayIso(), true), [painted]);
}

/** The sizing and findings for the current plan (the wizard shows no more), after the next paint like usePlanReport. */
export function usePlanSummary(): PlanSummary {
  const painted = useAfterPaint(usePlanInput());
  return useMemo(() => summaryOf(painted, todayIso()), [painted]);
}

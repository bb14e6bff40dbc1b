"use client";

import { startTransition, useEffect, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Plan } from "@/lib/plan";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Report } from "@/lib/report/types";
import { todayIso } from "./persistence";
import { usePlanStore } from "./plan-store";

const NO_PROGRESS: Plan["progress"] = {};

export type PlanReportOptions = {
  /** False: the report without its generated files (the wizard's summary shows none; they are half the engine's time). */
  files?: boolean;
};

type Cached = { input: Plan; today: string; files: boolean; report: Report };
/** The last report, shared by every component that asks for it (the summary and its phone glance used to evaluate twice). */
let last: Cached | null = null;

const sameSlices = (a: Plan, b: Plan) => {
  const keys = Object.keys(a) as (keyof Plan)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
};

/** The report of `input`, from the last one when its slices are the same objects (a report with files serves one without). */
export function reportOf(input: Plan, today: string, files: boolean): Report {
  if (last && last.today === today && (last.files || !files) && sameSlices(last.input, input)) return last.report;
  const report = evaluatePlan(input, { today, files });
  last = { input, today, files, report };
  return report;
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

/**
 * The report for the current plan, recomputed only when the plan changes. The report never reads the
 * checklist ticks, and ticking keeps every other slice of the plan as the same object, so a tick does not
 * re-run the engine. It follows the plan after the next paint (issue 17: at 500 sites the engine took
 * longer than a frame, and every keystroke waited for it before its character showed).
 */
export function usePlanReport(options: PlanReportOptions = {}): Report {
  const plan = usePlanStore(useShallow((s): Plan => ({ ...s.plan, progress: NO_PROGRESS })));
  const painted = useAfterPaint(plan);
  const files = options.files ?? true;
  return useMemo(() => reportOf(painted, todayIso(), files), [painted, files]);
}

"use client";

import { useMemo } from "react";
import { useShallow } from "zustand/react/shallow";
import type { Plan } from "@/lib/plan";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Report } from "@/lib/report/types";
import { todayIso } from "./persistence";
import { usePlanStore } from "./plan-store";

const NO_PROGRESS: Plan["progress"] = {};

/**
 * The report for the current plan, recomputed only when the plan changes. The report never reads the
 * checklist ticks, and ticking keeps every other slice of the plan as the same object, so a tick does not
 * re-run the engine.
 */
export function usePlanReport(): Report {
  const plan = usePlanStore(useShallow((s): Plan => ({ ...s.plan, progress: NO_PROGRESS })));
  return useMemo(() => evaluatePlan(plan, { today: todayIso() }), [plan]);
}

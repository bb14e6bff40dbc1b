"use client";

import { useMemo } from "react";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Report } from "@/lib/report/types";
import { todayIso, usePlanStore } from "./plan-store";

/** The report for the stored plan, recomputed only when the plan changes. */
export function usePlanReport(): Report {
  const plan = usePlanStore((s) => s.plan);
  return useMemo(() => evaluatePlan(plan, { today: todayIso() }), [plan]);
}

"use client";

import { useRouter } from "next/navigation";
import { isDifferentSavedPlan, planFileName, serializePlanFile } from "@/lib/share";
import type { Plan } from "@/lib/plan";
import { usePlanStore } from "@/state/plan-store";
import { downloadBlob } from "@/components/ui/download";

/** Replacing the saved plan with one from a link or file: asks first when they differ, can keep the old one as a file. */
export function useOpenPlan() {
  const saved = usePlanStore((s) => s.plan);
  const updatedAt = usePlanStore((s) => s.updatedAt);
  const recovery = usePlanStore((s) => s.recovery);
  const setPlan = usePlanStore((s) => s.setPlan);
  const router = useRouter();
  return {
    saved,
    // A saved plan that could not be read (recovery) counts as different: opening must not discard it silently.
    conflicts: (incoming: Plan) => recovery !== null || isDifferentSavedPlan(saved, updatedAt, incoming),
    /** Returns the name of the downloaded file when the saved plan was kept as one. */
    open(incoming: Plan, keepMine: boolean): string | null {
      let file: string | null = null;
      if (keepMine) {
        file = recovery ? "unreadable-saved-plan.json" : planFileName(saved);
        downloadBlob(file, recovery ? recovery.raw : serializePlanFile(saved), "application/json");
      }
      setPlan(incoming);
      router.push("/review");
      return file;
    },
  };
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

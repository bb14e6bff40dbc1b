"use client";

import { useRouter } from "next/navigation";
import type { Plan } from "@/lib/plan/schema";
import { jsonEqual } from "@/lib/share/diff";
import { usePlanStore } from "@/state/plan-store";

export { todayIso } from "@/state/plan-store";

/** How an incoming plan relates to the saved ones: the same plan, or a different one under the same name. */
export type Match = { kind: "identical" | "same-name"; id: string; name: string } | null;

/** A link or file opens as a new plan (issue 16); it replaces a saved plan only when the user says so. */
export function useOpenPlan() {
  const router = useRouter();
  const store = usePlanStore.getState;
  const done = () => router.push("/review");
  return {
    /** Opening twice never makes a duplicate; a different plan of the same name is the one case to ask about. */
    match(incoming: Plan): Match {
      const plans = Object.values(store().plans);
      const same = plans.find((r) => jsonEqual(r.plan, incoming));
      if (same) return { kind: "identical", id: same.id, name: same.plan.name };
      const named = plans.find((r) => r.plan.name === incoming.name);
      return named ? { kind: "same-name", id: named.id, name: named.plan.name } : null;
    },
    openAsNew(incoming: Plan) {
      store().createPlan(incoming);
      done();
    },
    openExisting(id: string) {
      store().openPlan(id);
      done();
    },
    replace(id: string, incoming: Plan) {
      store().openPlan(id);
      store().setPlan(incoming);
      done();
    },
  };
}

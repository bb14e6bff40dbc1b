"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { usingSource } from "@/lib/catalog/sources-usage";
import type { SourceId } from "@/lib/catalog/sources-registry";
import type { ChecklistItem } from "@/lib/report/types";
import { afterPlanStore, loadEngineInStages, loadPlanStore, nextTask } from "@/state/lazy-store";
import { todayIso } from "@/state/today";

const Checklist = createContext<readonly ChecklistItem[] | null>(null);

// The store, then the engine, each in tasks of their own (state/lazy-store.ts), as for the review. Loaded together
// they were one task of ~30 ms here, ~120 ms at a phone's speed.
const loadReportOf = afterPlanStore(async () => {
  await loadEngineInStages();
  return import("@/state/use-plan-report");
});

/**
 * Evaluates the stored plan once for every source on the page. The store and the engine load after the page is
 * drawn (the rest of the page is static); the lists follow the plan while the page is open.
 */
export function PlanChecklistProvider({ children }: { children: ReactNode }) {
  const [checklist, setChecklist] = useState<readonly ChecklistItem[] | null>(null);
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let live = true;
    // reportOf: the wizard's and review's report cache; the checklist needs no generated files.
    void Promise.all([loadPlanStore(), loadReportOf()]).then(async ([{ usePlanStore }, { reportOf }]) => {
      // The first report in a task of its own, after the modules' tasks.
      await nextTask();
      if (!live) return;
      let last: unknown = null;
      const update = () => {
        const { plan, hydrated } = usePlanStore.getState();
        if (!hydrated || plan === last) return;
        last = plan;
        setChecklist(reportOf(plan, todayIso(), false).checklist);
      };
      update();
      unsubscribe = usePlanStore.subscribe(update);
    });
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, []);
  return <Checklist.Provider value={checklist}>{children}</Checklist.Provider>;
}

/** The checklist items of the user's current plan that rest on one source. */
export function ChecklistUsage({ source }: { source: SourceId }) {
  const t = useTranslations("sources.page");
  const checklist = useContext(Checklist);
  if (checklist === null) return <p className="text-sm text-ink-muted">{t("checklistLoading")}</p>;
  const items = usingSource(checklist, source);
  if (items.length === 0) return <p className="text-sm text-ink-muted">{t("noneInPlan")}</p>;
  return (
    <ul className="list-disc space-y-1 pl-6 text-sm">
      {items.map((item) => (
        <li key={item.id}>
          {item.title} <span className="text-xs text-ink-muted">({item.phase})</span>
        </li>
      ))}
    </ul>
  );
}

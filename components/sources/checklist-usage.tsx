"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";
import { usingSource } from "@/lib/catalog/sources-usage";
import type { SourceId } from "@/lib/catalog/sources";
import type { ChecklistItem } from "@/lib/report/types";
import { useHydrated } from "@/state/use-hydrated";
import { usePlanReport } from "@/state/use-plan-report";

const Checklist = createContext<readonly ChecklistItem[] | null>(null);

/** Evaluates the stored plan once for every source on the page. */
export function PlanChecklistProvider({ children }: { children: ReactNode }) {
  const hydrated = useHydrated();
  return hydrated ? <WithReport>{children}</WithReport> : <Checklist.Provider value={null}>{children}</Checklist.Provider>;
}

function WithReport({ children }: { children: ReactNode }) {
  const report = usePlanReport();
  return <Checklist.Provider value={report.checklist}>{children}</Checklist.Provider>;
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

"use client";

import { AppLink } from "@/components/ui/app-link";
import { useMemo, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { evaluatePlan } from "@/lib/report/evaluate";
import { buttonClass } from "@/components/ui/button";
import { compareHref, MAX_COMPARED, COMPARE_LETTERS as LETTERS } from "@/components/plans/compare-href";
import { sortPlans } from "@/state/library";
import { todayIso, usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { CompareFiles } from "./compare-files";
import { CompareFindings } from "./compare-findings";
import { CompareOs } from "./compare-os";
import { ComparePicker } from "./compare-picker";
import { CompareSizing } from "./compare-sizing";
import type { Column } from "./columns";

const subscribe = (cb: () => void) => {
  window.addEventListener("hashchange", cb);
  return () => window.removeEventListener("hashchange", cb);
};
/**
 * Two or three saved plans side by side, below the page's heading (compare-page.tsx); which ones is in the URL
 * fragment (`/compare#id,id`).
 */
export function CompareView() {
  const t = useTranslations("compare");
  const tp = useTranslations("plans");
  const hydrated = useHydrated();
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => "",
  );
  const plans = usePlanStore((s) => s.plans);
  const all = useMemo(() => sortPlans(Object.values(plans)), [plans]);
  const ids = useMemo(
    () => [...new Set(hash.replace(/^#/, "").split(","))].filter((id) => plans[id]).slice(0, MAX_COMPARED),
    [hash, plans],
  );
  const columns: Column[] = useMemo(
    () =>
      ids.map((id, i) => {
        const plan = plans[id]!.plan;
        const letter = LETTERS[i]!;
        return {
          id,
          letter,
          label: t("column", { letter, name: plan.name || tp("unnamed") }),
          plan,
          report: evaluatePlan(plan, { today: todayIso() }),
        };
      }),
    [ids, plans, t, tp],
  );

  if (!hydrated) return <p role="status">{t("loading")}</p>;
  const choose = (next: string[]) => window.location.replace(compareHref(next));
  return (
    <div className="space-y-10 print:space-y-6">
      {all.length < 2 ? (
        <p>
          {t("noPlans")}{" "}
          <AppLink href="/#plans" className="text-brand underline">
            {t("toPlans")}
          </AppLink>
        </p>
      ) : (
        <ComparePicker plans={all} selected={ids} onChange={choose} />
      )}
      {columns.length >= 2 ? (
        <>
          <div className="no-print">
            <button
              type="button"
              onClick={() => window.print()}
              className={`${buttonClass("secondary")} !px-3 !py-1.5 text-sm`}
            >
              {t("print")}
            </button>
          </div>
          <CompareSizing columns={columns} />
          <CompareOs columns={columns} />
          <CompareFindings columns={columns} />
          <CompareFiles columns={columns} />
        </>
      ) : all.length >= 2 ? (
        <p role="status">{t("needTwo")}</p>
      ) : null}
    </div>
  );
}

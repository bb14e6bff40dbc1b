"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { Plan } from "@/lib/plan/schema";
import type { LoadSummary } from "@/lib/share/summary";
import { LoadReportView } from "./load-report-view";
import { ReplacePlanPrompt } from "./replace-plan-prompt";
import { useOpenPlan } from "./use-open-plan";

type Props = { plan: Plan; summary: LoadSummary; titleKey: "open.title" | "openedFile" };

/** A plan read from a link or file: its name, the load report, and a question only when it would replace a plan. */
export function IncomingPlan({ plan, summary, titleKey }: Props) {
  const t = useTranslations("share");
  const opener = useOpenPlan();
  const [match] = useState(() => opener.match(plan));
  const [state, setState] = useState<"asking" | "cancelled">("asking");
  const clean = summary.ignored.length + summary.repaired.length + summary.migrations.length === 0;
  const autoOpened = useRef(false);

  // Nothing to lose and nothing to report: open straight away (the same plan again opens the saved one).
  useEffect(() => {
    if (match?.kind === "same-name" || !clean || autoOpened.current) return;
    autoOpened.current = true;
    if (match) opener.openExisting(match.id);
    else opener.openAsNew(plan);
  }, [match, clean, opener, plan]);

  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t(titleKey, { name: plan.name || t("replace.unnamed") })}</h2>
      <LoadReportView summary={summary} />
      {state === "cancelled" ? (
        <p role="status">{t("replace.cancelled")}</p>
      ) : match?.kind === "same-name" ? (
        <ReplacePlanPrompt
          name={match.name}
          onOpenAsNew={() => opener.openAsNew(plan)}
          onReplace={() => opener.replace(match.id, plan)}
          onCancel={() => setState("cancelled")}
        />
      ) : (
        !clean && (
          <button
            type="button"
            onClick={() => (match ? opener.openExisting(match.id) : opener.openAsNew(plan))}
            className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong dark:text-surface"
          >
            {t("open.open")}
          </button>
        )
      )}
    </div>
  );
}

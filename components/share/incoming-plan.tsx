"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { Plan } from "@/lib/plan";
import type { LoadSummary } from "@/lib/share";
import { LoadReportView } from "./load-report-view";
import { ReplacePlanPrompt } from "./replace-plan-prompt";
import { useOpenPlan } from "./use-open-plan";

type Props = { plan: Plan; summary: LoadSummary; titleKey: "open.title" | "openedFile" };

/** A plan read from a link or file: its name, the load report, and the choice before it replaces anything. */
export function IncomingPlan({ plan, summary, titleKey }: Props) {
  const t = useTranslations("share");
  const { saved, conflicts, open } = useOpenPlan();
  const [conflict] = useState(() => conflicts(plan));
  const [state, setState] = useState<"asking" | "cancelled" | "opened">("asking");
  const clean = summary.ignored.length + summary.repaired.length + summary.migrations.length === 0;
  const autoOpened = useRef(false);

  // Nothing to lose and nothing to report: open straight away.
  useEffect(() => {
    if (!conflict && clean && !autoOpened.current) {
      autoOpened.current = true;
      open(plan, false);
    }
  }, [conflict, clean, open, plan]);

  return (
    <div className="space-y-4">
      <h2 className="text-xl font-semibold">{t(titleKey, { name: plan.name || t("replace.unnamed") })}</h2>
      <LoadReportView summary={summary} />
      {state === "cancelled" ? (
        <p role="status">{t("replace.cancelled")}</p>
      ) : conflict ? (
        <ReplacePlanPrompt
          currentName={saved.name}
          incomingName={plan.name}
          onKeepAndOpen={() => {
            setState("opened");
            open(plan, true);
          }}
          onReplace={() => {
            setState("opened");
            open(plan, false);
          }}
          onCancel={() => setState("cancelled")}
        />
      ) : (
        !clean && (
          <button
            type="button"
            onClick={() => open(plan, false)}
            className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong dark:text-surface"
          >
            {t("open.open")}
          </button>
        )
      )}
    </div>
  );
}

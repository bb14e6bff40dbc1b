"use client";

import { AppLink } from "@/components/ui/app-link";
import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { usePlanStore } from "@/state/plan-store";
import { firstStepHref } from "./step-list";

/** The plan this tab works on, when it is saved: straight back into the wizard or the review. */
export function ContinueCard() {
  const t = useTranslations("plans");
  const format = useFormatter();
  const record = usePlanStore((s) => s.plans[s.currentId]);
  if (!record) return null;
  return (
    <section
      aria-labelledby="continue-heading"
      className="space-y-1 rounded-lg border border-line bg-surface-muted p-4"
    >
      <h2 id="continue-heading" className="text-sm font-medium text-ink-muted">
        {t("continue.heading")}
      </h2>
      <p className="text-lg font-semibold wrap-anywhere">
        {t("continue.plan", { name: record.plan.name || t("unnamed") })}
      </p>
      {record.updatedAt ? (
        <p className="text-sm text-ink-muted">
          {t("continue.lastChange", {
            date: format.dateTime(new Date(record.updatedAt), { dateStyle: "medium", timeStyle: "short" }),
          })}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3 pt-2">
        <AppLink href={firstStepHref} className={buttonClass("primary")}>
          {t("continue.resume")}
        </AppLink>
        <AppLink href="/review" className={buttonClass("secondary")}>
          {t("continue.review")}
        </AppLink>
      </div>
    </section>
  );
}

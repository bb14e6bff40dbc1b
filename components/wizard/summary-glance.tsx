"use client";

import { useTranslations } from "next-intl";
import { SUMMARY_ID, useSummaryFindings } from "./summary-panel";

/** Phones: the live summary sits below the form, so its key numbers and a link to it come first. */
export function SummaryGlance({ current }: { current: number }) {
  const t = useTranslations("wizard.summary");
  const { report, blockers, warnings } = useSummaryFindings(current);
  return (
    <p
      className="mb-4 flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-md border border-line bg-surface-muted px-3 py-2 text-sm lg:hidden"
      data-testid="summary-glance"
    >
      <span>{t("glance", { servers: report.sizing.totals.servers, blockers, warnings })}</span>
      <a
        href={`#${SUMMARY_ID}`}
        className="font-medium text-brand underline"
        onClick={(e) => {
          const target = document.getElementById(SUMMARY_ID);
          if (!target) return;
          e.preventDefault();
          target.scrollIntoView({ block: "start" });
          target.focus({ preventScroll: true });
        }}
      >
        {t("glanceLink")}
      </a>
    </p>
  );
}

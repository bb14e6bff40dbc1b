"use client";

import { AppLink } from "@/components/ui/app-link";
import { useTranslations } from "next-intl";
import { ExportPdfButton } from "@/components/pdf/export-pdf-button";
import { ExportPlanButton } from "@/components/share/export-plan-button";
import { buttonClass } from "@/components/ui/button";
import { firstStepHref } from "@/components/wizard/step-list";

/** Actions on the whole report: edit, export, PDF, print. Not printed. Sharing lives in the header on every page. */
export function ReviewToolbar() {
  const t = useTranslations("review");
  return (
    <div
      role="toolbar"
      aria-label={t("toolbar")}
      className="no-print flex flex-wrap items-end gap-3 rounded-lg border border-line bg-surface-muted p-3"
    >
      <AppLink href={firstStepHref} className={`${buttonClass("secondary")} !px-3 !py-1.5 text-sm`}>
        {t("editPlan")}
      </AppLink>
      <ExportPlanButton />
      <button
        type="button"
        onClick={() => window.print()}
        className={`${buttonClass("secondary")} !px-3 !py-1.5 text-sm`}
      >
        {t("print")}
      </button>
      <ExportPdfButton />
    </div>
  );
}

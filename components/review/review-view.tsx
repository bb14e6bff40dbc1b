"use client";

import { AppLink } from "@/components/ui/app-link";
import { useFormatter, useTranslations } from "next-intl";
import { usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { usePlanReport } from "@/state/use-plan-report";
import { firstStepHref } from "@/components/wizard/step-list";
import { editionName } from "@/lib/rules/lifecycle";
import { ChecklistSection } from "./checklist-section";
import { EditionSection } from "./edition-section";
import { FilesSection } from "./files-section";
import { FindingsSection } from "./findings-section";
import { FqdnSection } from "./fqdn-section";
import { OsSection } from "./os-section";
import { PortsSection } from "./ports-section";
import { ReviewSkeleton } from "./review-skeleton";
import { ReviewToolbar } from "./review-toolbar";
import { SizingSection } from "./sizing-section";
import { useStagedReveal } from "./use-staged-reveal";

const SECTIONS = ["findings", "edition", "sizing", "os", "ports", "fqdns", "files", "checklist"] as const;

/**
 * The report of the stored plan below the page's heading and intro (review-page.tsx draws those before this
 * module has loaded); renders only, every number comes from usePlanReport().
 */
export function ReviewView() {
  const hydrated = useHydrated();
  return hydrated ? <ReviewContent /> : <ReviewSkeleton />;
}

function ReviewContent() {
  const t = useTranslations("review");
  const tPlans = useTranslations("plans");
  const format = useFormatter();
  const report = usePlanReport();
  const plan = usePlanStore((s) => s.plan);
  const neverEdited = usePlanStore((s) => s.updatedAt === null);
  const asOf = format.dateTime(new Date(`${report.catalog.asOf}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const edition = editionName(report.catalog.edition);
  // What a phone's first screen shows comes at once; ports, FQDNs, files and the checklist one per frame after it.
  const shown = useStagedReveal(SECTIONS.length, 4);
  return (
    <>
      <div className="space-y-2">
        <p className="text-lg font-medium" data-testid="review-plan-name">
          {t("planLabel", { name: plan.name.trim() || tPlans("unnamed") })}
        </p>
        <p className="text-sm text-ink-muted">{t("asOf", { date: asOf, edition })}</p>
        {neverEdited ? (
          <p className="no-print rounded-md border border-info p-3 text-sm">
            {t("defaultsNote")}{" "}
            <AppLink href={firstStepHref} className="font-medium text-brand underline">
              {t("editPlan")}
            </AppLink>
          </p>
        ) : null}
      </div>
      <ReviewToolbar />
      <nav aria-labelledby="review-contents" className="no-print">
        <h2 id="review-contents" className="sr-only">
          {t("contents")}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`} className="text-brand underline underline-offset-2">
                {t(`${id}.title`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {[
        <FindingsSection key="findings" findings={report.findings} />,
        <EditionSection key="edition" catalog={report.catalog} changes={report.editionChanges} />,
        <SizingSection key="sizing" sizing={report.sizing} />,
        <OsSection key="os" os={report.os} />,
        <PortsSection key="ports" ports={report.ports} />,
        <FqdnSection key="fqdns" fqdns={report.fqdns} files={report.files} />,
        <FilesSection key="files" files={report.files} plan={plan} />,
        <ChecklistSection key="checklist" checklist={report.checklist} />,
      ].slice(0, shown)}
    </>
  );
}

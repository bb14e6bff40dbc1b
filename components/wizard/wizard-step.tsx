"use client";

import { useTranslations } from "next-intl";
import { StepForm } from "@/components/steps/step-form";
import { usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { FocusTarget } from "./focus-target";
import { StepNav } from "./step-nav";
import { Stepper } from "./stepper";
import { SummaryPanel } from "./summary-panel";
import { findStep, steps } from "./steps";

/** Layout of one wizard step: stepper, the step's form and the live summary. */
export function WizardStep({ slug }: { slug: string }) {
  const t = useTranslations("wizard");
  const hydrated = useHydrated();
  const revision = usePlanStore((s) => s.revision);
  const step = findStep(slug);
  if (!step) return null;
  const index = steps.indexOf(step);
  return (
    <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)_18rem]">
      <Stepper current={step.id} />
      <div className="min-w-0">
        <p className="text-sm text-ink-muted">{t("stepOf", { current: index + 1, total: steps.length + 1 })}</p>
        <h1 className="text-2xl font-bold tracking-tight">{t(`steps.${step.titleKey}`)}</h1>
        <p id={`${step.id}-intro`} className="mb-6 mt-1 text-ink-muted">
          {t(`intro.${step.titleKey}`)}
        </p>
        {hydrated ? (
          <StepForm key={`${step.id}-${revision}`} step={step} />
        ) : (
          <div className="h-64 animate-pulse rounded-lg bg-surface-muted" aria-busy="true" aria-label={t("loading")} />
        )}
        <FocusTarget ready={hydrated} />
        <StepNav current={step.id} />
      </div>
      {hydrated ? <SummaryPanel /> : <div className="h-64 self-start rounded-lg bg-surface-muted" />}
    </div>
  );
}

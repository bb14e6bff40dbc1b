"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { StepForm } from "@/components/steps/step-form";
import { usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { FocusTarget } from "./focus-target";
import { markStepReached } from "./reached-step";
import { StepNav } from "./step-nav";
import { Stepper } from "./stepper";
import { SummaryGlance } from "./summary-glance";
import { SummaryPanel } from "./summary-panel";
import { findStep, steps } from "./steps";

let stepsShown = 0;

/** True when this page was reached by a link inside the app (Next, Back, the step list), not loaded or reloaded at this URL. */
function arrivedInApp(): boolean {
  if (stepsShown > 0) return true;
  const entry = performance.getEntriesByType("navigation")[0];
  return !!entry && new URL(entry.name).pathname !== window.location.pathname;
}

/** Layout of one wizard step: stepper, the step's form and the live summary. */
export function WizardStep({ slug }: { slug: string }) {
  const t = useTranslations("wizard");
  const hydrated = useHydrated();
  const revision = usePlanStore((s) => s.revision);
  const heading = useRef<HTMLHeadingElement>(null);
  const step = findStep(slug);
  const index = step ? steps.indexOf(step) : -1;

  useEffect(() => {
    if (index < 0) return;
    markStepReached(index);
    // After Next/Back the old page's link is gone; focus the new step's heading (a #field- link focuses its field instead).
    if (arrivedInApp() && !window.location.hash.startsWith("#field-")) heading.current?.focus();
    stepsShown++;
  }, [index]);

  if (!step) return null;
  return (
    <div className="grid gap-6 lg:grid-cols-[12rem_minmax(0,1fr)_18rem]">
      <Stepper current={step.id} />
      <div className="min-w-0">
        <p className="text-sm text-ink-muted">{t("stepOf", { current: index + 1, total: steps.length + 1 })}</p>
        <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold tracking-tight outline-none">
          {t(`steps.${step.titleKey}`)}
        </h1>
        <p id={`${step.id}-intro`} className="mb-6 mt-1 text-ink-muted">
          {t(`intro.${step.titleKey}`)}
        </p>
        {hydrated ? <SummaryGlance current={index} /> : null}
        {hydrated ? (
          <StepForm key={`${step.id}-${revision}`} step={step} />
        ) : (
          <div className="h-64 animate-pulse rounded-lg bg-surface-muted" aria-busy="true" aria-label={t("loading")} />
        )}
        <FocusTarget ready={hydrated} />
        <StepNav current={step.id} />
      </div>
      {hydrated ? <SummaryPanel current={index} /> : <div className="h-64 self-start rounded-lg bg-surface-muted" />}
    </div>
  );
}

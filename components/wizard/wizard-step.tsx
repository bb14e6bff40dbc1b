"use client";

import { createContext, useContext, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { useUiLocale } from "@/components/ui/use-ui-locale";
import type { Locale } from "@/lib/i18n/locales";
import dynamic from "next/dynamic";
import { afterPlanStore, loadEngineInStages } from "@/state/lazy-store";
import { markStepReached } from "./reached-step";
import { StepNav } from "./step-nav";
import { Stepper } from "./stepper";
import { findStep, stepList as steps } from "./step-list";

// The frame (step list, heading, intro, Back/Next) is static HTML; the form and the summary need the store, the
// form library and the engine, so they load right after it (issue 17: first paint does not wait for them).
// The placeholder is as tall as the step's form for a new plan (measured at 390, 800 and 1280 px wide; the lowest):
// a shorter one put Back/Next and the footer on the first screen, and the form then pushed them off it, a layout
// shift of 0.07 (phone) to 0.11 (desktop) on every step. A longer form (more sites, a proxy) only moves them further
// below the screen, which is no shift anyone sees.
const FORM_HEIGHT: Record<string, string> = {
  scope: "h-[67.5rem]",
  devices: "h-[130rem]",
  sites: "h-[66rem]",
  server: "h-[94.5rem]",
  network: "h-[84.5rem]",
  certificate: "h-[90.5rem]",
  proxies: "h-[17.75rem] sm:h-[14rem] lg:h-[10.5rem]",
};
/** The step whose form is loading; next/dynamic hands its placeholder no props. */
const LoadingStep = createContext("");
function FormLoading() {
  const t = useTranslations("wizard");
  const height = FORM_HEIGHT[useContext(LoadingStep)] ?? "h-64";
  return (
    <div className={`${height} animate-pulse rounded-lg bg-surface-muted`} aria-busy="true" aria-label={t("loading")} />
  );
}
// The engine's first run (the live summary) happens in a task before the form's first render, not inside it.
const loadStepBody = afterPlanStore(async () => {
  await loadEngineInStages();
  const [body, { warmPlanReport }] = await Promise.all([import("./step-body"), import("@/state/use-plan-report")]);
  await warmPlanReport("summary");
  return body;
});
const StepMain = dynamic(() => loadStepBody().then((m) => m.StepMain), { ssr: false, loading: FormLoading });
const StepSide = dynamic(() => loadStepBody().then((m) => m.StepSide), {
  ssr: false,
  loading: () => <div className="h-64 self-start rounded-lg bg-surface-muted" />,
});

let stepsShown = 0;

/** True when this page was reached by a link inside the app (Next, Back, the step list), not loaded or reloaded at this URL. */
function arrivedInApp(): boolean {
  if (stepsShown > 0) return true;
  const entry = performance.getEntriesByType("navigation")[0];
  return !!entry && new URL(entry.name).pathname !== window.location.pathname;
}

/**
 * Layout of one wizard step: stepper, the step's form and the live summary. `stepOf` ("Step 2 of 8") comes formatted
 * for every language from the server (i18n/every-locale.ts), so that hydration formats no message with values.
 */
export function WizardStep({ slug, stepOf }: { slug: string; stepOf: Record<Locale, string> }) {
  const t = useTranslations("wizard");
  const locale = useUiLocale();
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
        <p className="text-sm text-ink-muted">{stepOf[locale]}</p>
        <h1
          id={`${step.id}-title`}
          ref={heading}
          tabIndex={-1}
          className="text-2xl font-bold tracking-tight outline-none"
        >
          {t(`steps.${step.titleKey}`)}
        </h1>
        <p id={`${step.id}-intro`} className="mb-6 mt-1 text-lg text-ink-muted">
          {t(`intro.${step.titleKey}`)}
        </p>
        <LoadingStep value={step.id}>
          <StepMain index={index} />
        </LoadingStep>
        <StepNav current={step.id} />
      </div>
      <StepSide index={index} />
    </div>
  );
}

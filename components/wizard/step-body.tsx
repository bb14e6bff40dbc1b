"use client";

import { StepForm } from "@/components/steps/step-form";
import { usePlanStore } from "@/state/plan-store";
import { FocusTarget } from "./focus-target";
import { SummaryGlance } from "./summary-glance";
import { SummaryPanel } from "./summary-panel";
import { steps } from "./steps";

/**
 * What a wizard step shows of the plan: the form and the live summary. This module brings the store, the
 * form library, the plan schema and the engine, so it loads after the step's frame is drawn (wizard-step.tsx);
 * importing the store reads the saved plans, so everything here renders with them.
 */
export function StepMain({ index }: { index: number }) {
  const revision = usePlanStore((s) => s.revision);
  const step = steps[index]!;
  return (
    <>
      <SummaryGlance current={index} />
      <StepForm key={`${step.id}-${revision}`} step={step} />
      <FocusTarget ready />
    </>
  );
}

export function StepSide({ index }: { index: number }) {
  return <SummaryPanel current={index} />;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WizardStep } from "@/components/wizard/wizard-step";
import { findStep, stepList as steps } from "@/components/wizard/step-list";
import { inEveryLocale } from "@/i18n/every-locale";

export const dynamicParams = false;

export function generateStaticParams() {
  return steps.map((s) => ({ step: s.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ step: string }> }): Promise<Metadata> {
  const step = findStep((await params).step);
  const t = await getTranslations("wizard.steps");
  return { title: step ? t(step.titleKey) : undefined };
}

export default async function PlanStepPage({ params }: { params: Promise<{ step: string }> }) {
  const { step } = await params;
  const found = findStep(step);
  if (!found) notFound();
  const current = steps.indexOf(found) + 1;
  // The review is the last step of the count.
  const stepOf = inEveryLocale((t) => t("wizard.stepOf", { current, total: steps.length + 1 }));
  return <WizardStep slug={step} stepOf={stepOf} />;
}

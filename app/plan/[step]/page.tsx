import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WizardStep } from "@/components/wizard/wizard-step";
import { findStep, stepList as steps } from "@/components/wizard/step-list";

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
  if (!findStep(step)) notFound();
  return <WizardStep slug={step} />;
}

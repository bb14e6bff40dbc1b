// The wizard's steps as the page frame needs them: order, slug, title and links. Kept apart from steps.ts (the
// fields and their schemas, which bring zod and the plan schema) so the step list, the heading and Back/Next are
// drawn without them (issue 17). steps.ts builds its definitions on this list; a test checks they agree.

export type StepFrame = {
  id: string;
  slug: string;
  /** Message key under wizard.steps / wizard.intro. */
  titleKey: string;
};

export const stepList: readonly StepFrame[] = [
  "scope",
  "devices",
  "sites",
  "server",
  "network",
  "certificate",
  "proxies",
].map((id) => ({ id, slug: id, titleKey: id }));

export const stepHref = (id: string) => `/plan/${stepList.find((s) => s.id === id)?.slug ?? id}`;
export const firstStepHref = stepHref("scope");
export const findStep = (slug: string) => stepList.find((s) => s.slug === slug);

export function neighbours(id: string): { prev: string | null; next: string } {
  const i = stepList.findIndex((s) => s.id === id);
  const prev = i > 0 ? stepHref(stepList[i - 1]!.id) : null;
  const nextStep = stepList[i + 1];
  return { prev, next: nextStep ? stepHref(nextStep.id) : "/review" };
}

import { withoutProgress } from "@/lib/plan/progress";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Report } from "@/lib/report/types";
import { createShareLink } from "@/lib/share/url";
import type { Plan } from "@/lib/plan/schema";
import type { ChecklistPdfOptions } from "./checklist-document";
import type { RenderRequest } from "./worker-protocol";

/**
 * What the document shows, computed where it is rendered (the worker): the report the review page shows for the
 * same plan and day, and the cover's link (without checklist ticks; none when the plan is too large for a link
 * that opens). For a 500-site plan that keeps ~0.4 s of engine and compression work and a 1.5 MB report clone off the page.
 */
export function documentInput({ plan, today, origin, options }: RenderRequest): {
  plan: Plan;
  report: Report;
  options: ChecklistPdfOptions;
} {
  const link = createShareLink(origin, withoutProgress(plan));
  return {
    plan,
    report: evaluatePlan(plan, { today }),
    options: { ...options, shareUrl: link.ok ? link.url : undefined },
  };
}

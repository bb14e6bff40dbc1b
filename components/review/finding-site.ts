import type { Plan } from "@/lib/plan/schema";
import type { Finding } from "@/lib/report/types";

/** The site a finding is about: its field (`sites.1.port`) or its suggestion's site index (tls-name-mismatch). */
export function findingSite(finding: Pick<Finding, "field" | "suggestion">, plan: Pick<Plan, "sites">): string | null {
  const fromField = /^sites\.(\d+)(\.|$)/.exec(finding.field)?.[1];
  const index = fromField !== undefined ? Number(fromField) : finding.suggestion?.site;
  if (typeof index !== "number") return null;
  return plan.sites[index]?.name ?? null;
}

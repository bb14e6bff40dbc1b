// The plan every new plan, link and file starts from (plan-format §1 defaults).
import { publicCaLimitOn } from "@/lib/catalog/cabf";
import { NEWEST_EDITION } from "@/lib/catalog/editions/resolve";
import { NEWEST_EDITION_ID } from "@/lib/catalog/editions/ids";
import type { Locale } from "@/lib/i18n/locales";
import { parsePlan } from "./parse";
import { planSchema, type Plan } from "./schema";

export const defaultPlan: Plan = planSchema.parse({});

/** The first Ubuntu row of the newest edition without an announced end: a new plan starts on a supported OS. */
function newestDefaultDistro(): string {
  return (
    NEWEST_EDITION.distros.find((r) => r.distro.startsWith("ubuntu-") && r.supportEnds.length === 0)?.distro ??
    defaultPlan.server.distro
  );
}

/**
 * A new plan: dated `today` (the UI passes today's date; lib/ never reads the clock), checked against the newest
 * edition of Microsoft's requirements (plan-format §4.1), on a distribution that edition lists, with a public
 * certificate lifetime a public CA may still issue on that day (facts#195), in the given language.
 */
export function createDefaultPlan(today?: string, opts: { locale?: Locale } = {}): Plan {
  const date = today ?? defaultPlan.planningDate;
  const result = parsePlan(
    {
      edition: NEWEST_EDITION_ID,
      ...(opts.locale ? { locale: opts.locale } : {}),
      server: { distro: newestDefaultDistro() },
      tls: { validityDays: Math.min(defaultPlan.tls.validityDays, publicCaLimitOn(date).maxDays) },
    },
    { today },
  );
  return result.ok ? result.value : structuredClone(defaultPlan);
}

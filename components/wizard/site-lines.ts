import type { Plan } from "@/lib/plan/schema";
import type { Sizing } from "@/lib/report/types";

/**
 * The summary's line per site: the name as typed (the plan), the server count from the report, which follows a frame
 * later. A name changes no count, so a renamed site's line can show the new name at once. When the plan has more or
 * fewer sites than the report (a site added or removed since), every line keeps the report's name with its count:
 * matched by position, a removed site's count would otherwise show under its neighbour's name.
 */
export function siteLines(sites: Sizing["sites"], planSites: Plan["sites"]): { name: string; servers: number }[] {
  const live = planSites.length === sites.length;
  return sites.map((s, i) => ({ name: live ? planSites[i]!.name : s.name, servers: s.servers }));
}

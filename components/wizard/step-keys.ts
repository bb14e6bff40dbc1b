import type { Plan } from "@/lib/plan/schema";

/**
 * The top-level plan keys each wizard step edits, without the step's fields and texts: the store checks
 * stored drafts against these on every page, so this stays tiny. steps.test.ts keeps it equal to steps.ts.
 */
export const STEP_KEYS: Record<string, readonly (keyof Plan)[]> = {
  scope: ["name", "planningDate", "edition", "licensing"],
  devices: ["devices", "vpn"],
  sites: ["sites"],
  server: ["server"],
  network: ["network"],
  certificate: ["tls"],
  proxies: ["serverProxy"],
};

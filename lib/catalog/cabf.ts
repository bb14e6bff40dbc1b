// facts#195: the CA/Browser Forum's schedule of maximum lifetimes for publicly trusted TLS certificates
// (Ballot SC-081v3, TLS Baseline Requirements §6.3.2). Applies by date, whatever Microsoft's page says.
export type PublicCaLimit = { readonly from: string; readonly maxDays: number };

/** Each limit applies to certificates issued on or after `from` (the limit before 2026-03-15 was 398 days). */
export const PUBLIC_CA_LIMITS: readonly PublicCaLimit[] = [
  { from: "2020-09-01", maxDays: 398 },
  { from: "2026-03-15", maxDays: 200 },
  { from: "2027-03-15", maxDays: 100 },
  { from: "2029-03-15", maxDays: 47 },
];

/** The longest lifetime a public CA may issue on `date` (ISO day), and since when that limit applies. */
export function publicCaLimitOn(date: string): PublicCaLimit {
  let current = PUBLIC_CA_LIMITS[0]!;
  for (const limit of PUBLIC_CA_LIMITS) if (date >= limit.from) current = limit;
  return current;
}

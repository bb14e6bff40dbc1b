// The editions of Microsoft's prerequisites page the catalog carries (editions.md §3), oldest first.
// Ids sort in publication order; the first ten characters are the page's ms.date.
export const EDITION_IDS = [
  "2024-09-06",
  "2024-10-24",
  "2025-03-04",
  "2025-03-27",
  "2025-04-15a",
  "2025-04-15b",
  "2026-03-27",
  "2026-08-06",
  "2026-09-03",
] as const;
export type EditionId = (typeof EDITION_IDS)[number];

/** The source document (facts.md S0/S1): plans without an `edition` field keep it (plan-format §4.1). */
export const SOURCE_EDITION_ID: EditionId = "2024-10-24";
export const NEWEST_EDITION_ID: EditionId = EDITION_IDS[EDITION_IDS.length - 1]!;

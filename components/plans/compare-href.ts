/** Compare shows two or three plans side by side (issue 16). */
export const MAX_COMPARED = 3;

/** The compare page for these plan ids; ids live in the fragment, like share links, so no server sees them. */
export const compareHref = (ids: readonly string[]) => `/compare#${ids.join(",")}`;

/** Compared plans are columns A, B and C, in the order they were picked. */
export const COMPARE_LETTERS = ["A", "B", "C"] as const;

// Checklist progress carried in the plan (issue 16): which items are done, by whom, on which day.
import { z } from "zod";
import { checkIsoDate, checkName, grammar } from "./grammar";

/** Far above the checklist's length (one item per step and site), low enough to keep files small. */
export const MAX_PROGRESS_ENTRIES = 500;
const PERSON_NAME_MAX = 80;
const ITEM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Bidi overrides/isolates and zero-width characters make a name read differently from what it is.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** A checklist item id as the report makes them: kebab-case, at most 64 characters. */
export function checkChecklistId(text: string): string | null {
  return text.length <= 64 && ITEM_ID.test(text) ? null : "is not a checklist item id (lower-case words joined by '-')";
}

/** Bidi controls and zero-width characters, which make a text read differently from what it is. */
export function checkNoInvisible(text: string): string | null {
  return INVISIBLE.test(text) ? "must not contain invisible characters (text-direction or zero-width)" : null;
}

/** Who ticked an item: printed in the PDF and the CSV, so one short visible line. */
export function checkPersonName(text: string): string | null {
  if (text.trim() === "") return "must not be empty";
  if (text !== text.trim()) return "must not start or end with spaces";
  const problem = checkName(text, PERSON_NAME_MAX);
  if (problem) return problem;
  return checkNoInvisible(text);
}

export const progressEntrySchema = z.strictObject({
  done: z.boolean(),
  by: grammar(checkPersonName).optional(),
  on: grammar(checkIsoDate).optional(),
});

export const progressSchema = z
  .record(grammar(checkChecklistId), progressEntrySchema)
  .refine((p) => Object.keys(p).length <= MAX_PROGRESS_ENTRIES, `at most ${MAX_PROGRESS_ENTRIES} entries`)
  .default(() => ({}));

export type ProgressEntry = z.output<typeof progressEntrySchema>;
export type Progress = Record<string, ProgressEntry>;

export const isDone = (progress: Progress | undefined, id: string): boolean => progress?.[id]?.done === true;

/**
 * Ticks or unticks one item. A tick records the day and, when given, the person; unticking removes the
 * entry, so a plan without progress stays `{}` and its share link stays as short as before.
 */
export function setItemDone(progress: Progress, id: string, done: boolean, who: { by?: string; on: string }): Progress {
  const next = { ...progress };
  if (!done) {
    delete next[id];
    return next;
  }
  const by = who.by?.trim();
  next[id] = { done: true, ...(by && checkPersonName(by) === null ? { by } : {}), on: who.on };
  return next;
}

/** The plan as a share link carries it unless the user includes progress: without the ticks. */
export function withoutProgress<T extends { progress?: Progress }>(plan: T): T {
  return { ...plan, progress: {} };
}

export const countDone = (progress: Progress | undefined): number =>
  Object.values(progress ?? {}).filter((e) => e.done).length;

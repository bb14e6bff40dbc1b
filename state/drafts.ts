// Drafts are a step's form values that are not valid yet. They come back from storage like plans do, so
// they are checked like plans: a value of the wrong type (a list where a number belongs, a site that is not
// an object) used to reach the form and crash the step (issue 17). Only leaves the form can produce survive.
import { defaultPlan } from "@/lib/plan/defaults";
import type { Plan } from "@/lib/plan/schema";
import { STEP_KEYS } from "@/components/wizard/step-keys";

/** Form values of a step that are not (yet) valid, kept so nothing typed is lost on reload. */
export type Drafts = Record<string, Record<string, unknown>>;
/** What a check of stored drafts threw away: the step and the form paths, to tell the user. */
export type DroppedDraft = { stepId: string; paths: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const SITE_TEMPLATE = defaultPlan.sites[0]!;

/** True when a form could hold `value` where the plan holds `template` (inputs keep text while typing). */
function leafFits(template: unknown, value: unknown): boolean {
  if (typeof template === "boolean") return typeof value === "boolean";
  if (typeof template === "number" || template === null)
    return value === null || typeof value === "number" || typeof value === "string";
  if (typeof template === "string") return typeof value === "string" || value === null;
  return false;
}

/**
 * `value` laid over `template` (the plan's own values for the step): every leaf that fits is kept, every
 * other one is replaced by the template's and its path reported. Keys the template lacks are dropped too.
 */
function sanitize(template: unknown, value: unknown, path: string, dropped: string[]): unknown {
  if (value === undefined) return structuredClone(template);
  if (Array.isArray(template)) {
    if (!Array.isArray(value)) return drop(template, path, dropped);
    const item = path === "sites" ? SITE_TEMPLATE : undefined;
    if (item)
      return value.map((v, i) =>
        isRecord(v) ? sanitize(item, v, `${path}.${i}`, dropped) : drop(item, `${path}.${i}`, dropped),
      );
    return value.every((v) => typeof v === "string") ? [...value] : drop(template, path, dropped);
  }
  if (isRecord(template)) {
    if (!isRecord(value)) return drop(template, path, dropped);
    for (const key of Object.keys(value)) if (!Object.hasOwn(template, key)) dropped.push(join(path, key));
    return Object.fromEntries(
      Object.keys(template).map((key) => [key, sanitize(template[key], value[key], join(path, key), dropped)]),
    );
  }
  return leafFits(template, value) ? value : drop(template, path, dropped);
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

function drop(template: unknown, path: string, dropped: string[]): unknown {
  dropped.push(path);
  return structuredClone(template);
}

/** Checks stored drafts against the plan they belong to; unknown steps and misfit values are dropped and listed. */
export function restoreDrafts(value: unknown, plan: Plan): { drafts: Drafts; dropped: DroppedDraft[] } {
  const drafts: Drafts = {};
  const dropped: DroppedDraft[] = [];
  if (!isRecord(value)) return { drafts, dropped };
  for (const [stepId, draft] of Object.entries(value)) {
    const keys = Object.hasOwn(STEP_KEYS, stepId) ? STEP_KEYS[stepId] : undefined;
    if (!keys) {
      dropped.push({ stepId, paths: [""] });
      continue;
    }
    const paths: string[] = [];
    const template = Object.fromEntries(keys.map((k) => [k, plan[k]]));
    drafts[stepId] = sanitize(template, draft, "", paths) as Record<string, unknown>;
    if (paths.length > 0) dropped.push({ stepId, paths });
  }
  return { drafts, dropped };
}

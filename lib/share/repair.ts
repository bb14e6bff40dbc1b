// Validation with repair for share links: a value the current validator rejects is reset to its default
// (a bad list entry is dropped) and reported by field, instead of failing the whole link. Only leaf values
// are repaired; if a whole object or the sites list is wrong the link is refused, since a repair there
// would change the plan too much to be safe.
import { parsePlan, type LoadReport } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { isJsonObject, jsonEqual } from "./diff";

export type RepairedField = LoadReport["repaired"][number];
export type ShareLoadReport = LoadReport;
type Issue = { path: string; message: string };
type Segment = string | number;

const MAX_ROUNDS = 8;

function segments(path: string): Segment[] {
  return path === "" ? [] : path.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** The default for a path: sites items default to the baseline's first site. */
function defaultAt(baseline: unknown, path: Segment[]): { found: boolean; value?: unknown } {
  let node = baseline;
  for (const seg of path) {
    if (Array.isArray(node) && typeof seg === "number") node = isJsonObject(node[0]) ? node[0] : undefined;
    else if (isJsonObject(node) && typeof seg === "string" && Object.hasOwn(node, seg)) node = node[seg];
    else return { found: false };
  }
  return { found: true, value: node };
}

function parentOf(root: unknown, path: Segment[]): Record<Segment, unknown> | unknown[] | undefined {
  let node = root;
  for (const seg of path.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<Segment, unknown>)[seg];
  }
  return typeof node === "object" && node !== null ? (node as Record<Segment, unknown>) : undefined;
}

const isLeaf = (v: unknown) =>
  v === null || typeof v !== "object" || (Array.isArray(v) && v.every((x) => !isJsonObject(x)));

/** Applies one repair per issue; false when an issue cannot be repaired safely. */
function repairOnce(candidate: unknown, baseline: unknown, issues: Issue[], repaired: RepairedField[]): boolean {
  const drops: { list: unknown[]; index: number }[] = [];
  let progress = false;
  for (const issue of issues) {
    const path = segments(issue.path);
    const parent = parentOf(candidate, path);
    const key = path.at(-1);
    if (parent === undefined || key === undefined) return false;
    const current = (parent as Record<Segment, unknown>)[key];
    const fallback = defaultAt(baseline, path);
    if (Array.isArray(parent) && typeof key === "number" && !isJsonObject(current)) {
      drops.push({ list: parent, index: key });
    } else if (!fallback.found) {
      delete (parent as Record<Segment, unknown>)[key];
    } else if (isLeaf(fallback.value) && !jsonEqual(current, fallback.value)) {
      (parent as Record<Segment, unknown>)[key] = structuredClone(fallback.value);
    } else {
      return false;
    }
    progress = true;
    if (!repaired.some((r) => r.path === issue.path)) repaired.push({ path: issue.path, message: issue.message });
  }
  for (const { list, index } of drops.sort((a, b) => b.index - a.index)) list.splice(index, 1);
  return progress;
}

export function parseWithRepair(
  merged: unknown,
  baseline: unknown,
  options: { today?: string },
): { ok: true; plan: Plan; report: ShareLoadReport } | { ok: false; issues: Issue[] } {
  const candidate = structuredClone(merged);
  const repaired: RepairedField[] = [];
  let issues: Issue[] = [];
  for (let round = 0; round <= MAX_ROUNDS; round++) {
    const result = parsePlan(candidate, options);
    if (result.ok)
      return {
        ok: true,
        plan: result.value,
        report: { ...result.report, repaired: [...result.report.repaired, ...repaired] },
      };
    issues = result.issues.map((i) => ({ path: i.path, message: i.message }));
    if (!repairOnce(candidate, baseline, issues, repaired)) break;
  }
  return { ok: false, issues };
}

// Plan files (`<name>.tunnelplan.json`): the full plan as pretty JSON, read back through the same
// migrate → validate path (parsePlan) as share links and the autosave.
import { parsePlan, type LoadReport } from "@/lib/plan/parse";
import { planSlug } from "@/lib/plan/slug";
import type { Plan } from "@/lib/plan/schema";

export type PlanFileIssue = { path: string; message: string };
export type PlanFileError =
  | { code: "not-json"; message: string; line: number | null; column: number | null }
  | { code: "not-a-plan"; message: string }
  | { code: "invalid"; message: string; issues: PlanFileIssue[] };
export type ParsePlanFileResult = { ok: true; plan: Plan; report: LoadReport } | { ok: false; error: PlanFileError };

export const PLAN_FILE_EXTENSION = ".tunnelplan.json";

export function serializePlanFile(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export function planFileName(plan: Pick<Plan, "name">): string {
  return `${planSlug(plan.name)}${PLAN_FILE_EXTENSION}`;
}

/** Line and column (1-based) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function describeJsonError(text: string, error: unknown): PlanFileError {
  const message = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(message);
  const pos = /position (\d+)/.exec(message);
  const at = lc
    ? { line: Number(lc[1]), column: Number(lc[2]) }
    : pos
      ? lineColumn(text, Number(pos[1]))
      : /end of (JSON|data) input/i.test(message)
        ? lineColumn(text, text.length)
        : null;
  const reason = message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/\s*in JSON at position \d+.*$/, "");
  return {
    code: "not-json",
    message: at
      ? `The file is not valid JSON: line ${at.line}, column ${at.column}: ${reason}.`
      : `The file is not valid JSON: ${reason}.`,
    line: at?.line ?? null,
    column: at?.column ?? null,
  };
}

export function parsePlanFile(text: string, options: { today?: string } = {}): ParsePlanFileResult {
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "") return { ok: false, error: { code: "not-a-plan", message: "The file is empty." } };
  let value: unknown;
  try {
    value = JSON.parse(clean);
  } catch (error) {
    return { ok: false, error: describeJsonError(clean, error) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      error: { code: "not-a-plan", message: "The file holds JSON, but not a plan (a plan is a JSON object)." },
    };
  }
  try {
    const parsed = parsePlan(value, options);
    if (parsed.ok) return { ok: true, plan: parsed.value, report: parsed.report };
    const issues = parsed.issues.map((i) => ({ path: i.path, message: i.message }));
    const count = issues.length === 1 ? "1 field is" : `${issues.length} fields are`;
    return { ok: false, error: { code: "invalid", message: `The file is a plan, but ${count} not valid.`, issues } };
  } catch (error) {
    return {
      ok: false,
      error: { code: "not-a-plan", message: `The file could not be read as a plan (${String(error)}).` },
    };
  }
}

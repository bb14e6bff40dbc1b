// One path for untrusted plans (file, link, autosave, CLI): migrate, report unknown fields, validate.
import { z } from "zod";
import { migratePlan } from "./migrations";
import { planSchema, type Plan } from "./schema";

export interface PlanIssue {
  path: string;
  message: string;
}

export interface LoadReport {
  /** Paths of fields the plan had that this version does not know; they were dropped. */
  unknownFields: string[];
  /** Migrations applied, oldest first. */
  migrations: string[];
  /** Values that were invalid and replaced by their default (share links repair rather than fail). */
  repaired: PlanIssue[];
}

export type ParsePlanResult = { ok: true; value: Plan; report: LoadReport } | { ok: false; issues: PlanIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".") || "(plan)";
}

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema behind wrappers (default, prefault, nullable, pipe, refinements), if any. */
function unwrap(schema: z.ZodType): Def {
  let def = defOf(schema);
  for (let i = 0; i < 10; i++) {
    const inner = def.innerType ?? def.in;
    if (!inner) break;
    def = defOf(inner);
  }
  return def;
}

/** Lists the paths of keys in `value` that the schema does not define. */
export function listUnknownFields(value: unknown, schema: z.ZodType = planSchema, path: string[] = []): string[] {
  const def = unwrap(schema);
  if (def.type === "object" && def.shape && value && typeof value === "object" && !Array.isArray(value)) {
    const shape = def.shape;
    return Object.entries(value).flatMap(([key, child]) =>
      key in shape ? listUnknownFields(child, shape[key]!, [...path, key]) : [formatPath([...path, key])],
    );
  }
  if (def.type === "array" && def.element && Array.isArray(value)) {
    const element = def.element;
    return value.flatMap((item, i) => listUnknownFields(item, element, [...path, String(i)]));
  }
  return [];
}

export function issuesOf(error: z.ZodError): PlanIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Validates an untrusted plan document. Never throws. `today` fills a missing planningDate
 * (the engine itself never reads the clock).
 */
export function parsePlan(input: unknown, opts: { today?: string } = {}): ParsePlanResult {
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, issues: [{ path: "(plan)", message: "A plan must be a JSON object" }] };
  }
  const migrated = migratePlan(input as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, issues: [{ path: "schemaVersion", message: migrated.message }] };
  const raw = migrated.value;
  if (raw.planningDate === undefined && opts.today) raw.planningDate = opts.today;
  const result = planSchema.safeParse(raw);
  if (!result.success) return { ok: false, issues: issuesOf(result.error) };
  return { ok: true, value: result.data, report: { unknownFields: listUnknownFields(raw), migrations: migrated.migrations, repaired: [] } };
}

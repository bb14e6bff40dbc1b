// Untrusted input → Plan: migrate, drop and report unknown fields, validate. Errors are values.
import type { z } from "zod";
import { migratePlan, type PlanIssue } from "./migrations";
import { planSchema, type Plan } from "./schema";
import { stripUnknownFields } from "./unknown-fields";

export type LoadReport = {
  /** Dotted paths of fields the schema does not know; they were dropped. */
  unknownFields: string[];
  /** What the migration step changed, in words. */
  migrations: string[];
  /** Values reset or dropped by a repairing loader (share links); parsePlan itself repairs nothing. */
  repaired: { path: string; message: string }[];
};

export type ParseResult = { ok: true; value: Plan; report: LoadReport } | { ok: false; issues: PlanIssue[] };

/** Turns zod issues into `{ path: "sites.0.port", message }`; unknown keys get one issue each. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): PlanIssue[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: [...base, key].join("."), message: "is not a known field" }));
    }
    return [{ path: base.join("."), message: issue.message }];
  });
}

export function parsePlan(input: unknown, opts: { today?: string } = {}): ParseResult {
  const migrated = migratePlan(input);
  if (!migrated.ok) return migrated;
  const stripped = stripUnknownFields(planSchema, migrated.value);
  let candidate = stripped.value;
  if (
    opts.today !== undefined &&
    typeof candidate === "object" &&
    candidate !== null &&
    !("planningDate" in candidate)
  ) {
    candidate = { ...candidate, planningDate: opts.today };
  }
  const result = planSchema.safeParse(candidate);
  if (!result.success) return { ok: false, issues: formatIssues(result.error.issues) };
  return {
    ok: true,
    value: result.data,
    report: { unknownFields: stripped.unknown, migrations: migrated.migrations, repaired: [] },
  };
}

// Brings an older plan document to the current schemaVersion; v1 is current, so only the checks exist.
import { CURRENT_SCHEMA_VERSION } from "./schema";

export type PlanIssue = { path: string; message: string };
export type MigrationResult = { ok: true; value: unknown; migrations: string[] } | { ok: false; issues: PlanIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function migratePlan(raw: unknown): MigrationResult {
  if (!isObject(raw)) return { ok: false, issues: [{ path: "", message: "a plan must be a JSON object" }] };
  const version = raw.schemaVersion;
  if (version === undefined) {
    return {
      ok: true,
      value: { ...raw, schemaVersion: CURRENT_SCHEMA_VERSION },
      migrations: ["schemaVersion was missing; read as version 1"],
    };
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      issues: [{ path: "schemaVersion", message: `must be a whole number from 1; got ${JSON.stringify(version)}` }],
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      issues: [
        {
          path: "schemaVersion",
          message: `this plan was made by a newer version of Tunnel Planner (schema ${version}; this version reads up to ${CURRENT_SCHEMA_VERSION}). Update Tunnel Planner to open it.`,
        },
      ],
    };
  }
  return { ok: true, value: raw, migrations: [] };
}

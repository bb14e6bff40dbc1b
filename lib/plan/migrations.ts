// Plan documents from older schema versions are upgraded here before validation (plan-format §1).
import { SCHEMA_VERSION } from "./schema";

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; migrations: string[] }
  | { ok: false; message: string };

/** Brings a raw plan object to the current schemaVersion; a missing version is read as 1. */
export function migratePlan(raw: Record<string, unknown>): MigrationResult {
  const version = raw.schemaVersion ?? SCHEMA_VERSION;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `schemaVersion must be a whole number from 1 to ${SCHEMA_VERSION}` };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      message: `This plan was made by a newer version of Tunnel Planner (schemaVersion ${version}; this version reads up to ${SCHEMA_VERSION}). Open it with the newer version.`,
    };
  }
  // Version 1 is the first release; later versions add steps here, oldest first.
  return { ok: true, value: { ...raw, schemaVersion: SCHEMA_VERSION }, migrations: [] };
}

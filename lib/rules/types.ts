// What a rule returns: a finding id, the field to fix, and the plan-specific sentence the catalog text lacks.
import type { FindingId } from "@/lib/catalog/findings";
import type { Severity } from "@/lib/report/types";

export type RuleFinding = {
  id: FindingId;
  field: string;
  /** Plan-specific sentences, already in the plan's language (lib/i18n), put in front of the catalog's detail. */
  context?: string;
  /** Overrides the catalog severity where the id has two (rootless-podman-requirements). */
  severity?: Severity;
  suggestion?: Record<string, string | number>;
};

/** 12345 → "12,345"; locale-free so output is the same everywhere. */
export function fmt(n: number): string {
  const [int = "0", frac] = String(Math.round(n * 100) / 100).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac ? `${grouped}.${frac}` : grouped;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${fmt(n)} ${n === 1 ? one : many}`;
}

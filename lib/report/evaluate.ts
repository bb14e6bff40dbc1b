// Plan → report (plan-format §2). Pure and deterministic: the date comes from the plan or the caller.
import { CATALOG_AS_OF, CATALOG_SOURCE } from "@/lib/catalog/edition";
import type { Plan } from "@/lib/plan";
import type { Report } from "./types";

export type EvaluateOptions = { today?: string };

export function evaluatePlan(plan: Plan, opts: EvaluateOptions = {}): Report {
  void opts;
  return {
    schemaVersion: 1,
    catalog: { asOf: CATALOG_AS_OF, source: CATALOG_SOURCE },
    sizing: { sites: [], totals: { servers: 0, cpus: 0, memoryGb: 0, diskGb: 0 } },
    os: { distro: plan.server.distro, container: "docker", containerVersion: null, status: "supported", supportEnds: null, notes: [] },
    ports: { inbound: [], outbound: [] },
    fqdns: [],
    findings: [],
    files: [],
    checklist: [],
  };
}

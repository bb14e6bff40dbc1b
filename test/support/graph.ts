/**
 * Test support (imported by *.test.ts only): the plans the Graph tests run, the engine's fixtures plus this
 * module's own cases, each evaluated once. Uses Node APIs, so never import it from app code.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { evaluatePlan } from "@/lib/report/evaluate";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan, PlanInput } from "@/lib/plan/schema";
import type { Report } from "@/lib/report/types";
import { GRAPH_CASES } from "@/lib/graph/test-cases";

export { GRAPH_CASES, HOSTILE_PLAN_NAME } from "@/lib/graph/test-cases";

export const TODAY = "2026-11-28";
export const FIXTURES_DIR = path.resolve(__dirname, "../../lib/__fixtures__");
export const GOLDEN_DIR = path.resolve(__dirname, "../../lib/graph/__golden__");

export function planOf(input: PlanInput): Plan {
  const r = parsePlan(input, { today: TODAY });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

export type GraphCase = { name: string; plan: Plan; report: Report };

export function listGraphCases(): GraphCase[] {
  const fixtures = readdirSync(FIXTURES_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({
      name: f.replace(/(\.tunnelplan)?\.json$/, ""),
      input: JSON.parse(readFileSync(path.join(FIXTURES_DIR, f), "utf8")) as PlanInput,
    }));
  const own = Object.entries(GRAPH_CASES).map(([name, input]) => ({ name, input }));
  return [...fixtures, ...own].map(({ name, input }) => {
    const plan = planOf(input);
    return { name, plan, report: evaluatePlan(plan, { today: TODAY }) };
  });
}

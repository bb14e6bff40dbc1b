// `--format graph` (plan-format §4.5): the Microsoft Graph request bodies, or the checks the plan fails.
import { buildGraphOutput } from "../lib/graph";
import type { Plan } from "../lib/plan/schema";
import type { Report } from "../lib/report/types";

export type GraphFormatResult = { code: 0 | 1; stdout: string; stderr: string };

/** `{ "serverConfigurations": [...], "sites": [...] }`, or exit status 1 with one line per reason and nothing on stdout. */
export function renderGraphFormat(plan: Plan, report: Report): GraphFormatResult {
  const out = buildGraphOutput(plan, report);
  if (out.ok) return { code: 0, stdout: `${JSON.stringify(out.value, null, 2)}\n`, stderr: "" };
  const lines = out.reasons.map((r) => `  - ${r}\n`).join("");
  return { code: 1, stdout: "", stderr: `plan: no Graph output; the plan fails these checks first:\n${lines}` };
}

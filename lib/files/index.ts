import type { Plan } from "@/lib/plan";
import type { GeneratedFile, Report } from "@/lib/report/types";
import { buildAllowlists } from "./allowlist";
import { buildBridgeChangeScript, buildBridgeTemplates } from "./bridge";
import { buildCloudRules } from "./cloud";
import { buildFirewallScript, buildNftFiles } from "./firewall";
import { buildPreflightScript } from "./preflight";
import { buildPrepareScript } from "./prepare";
import { buildProxyFiles, buildSelinuxScript } from "./proxy";
import { buildReadme } from "./readme";
import { buildAuditdScript, buildModulesLoad, buildSysctl } from "./system";

export { shellQuote } from "./shell";

/**
 * Every file the server needs for this plan (plan-format.md §2.3), rendered from report.setup, which decides
 * which files apply and what they hold. Stable order: server paths sorted, then the tunnel-planner/ files, README last.
 */
export function buildFiles(plan: Plan, report: Omit<Report, "files">): GeneratedFile[] {
  const setup = report.setup;
  const built = [
    buildSysctl(setup),
    ...buildModulesLoad(setup),
    ...buildProxyFiles(setup),
    ...buildNftFiles(setup),
    buildPrepareScript(setup),
    buildPreflightScript(setup),
    buildFirewallScript(setup),
    buildBridgeChangeScript(setup),
    ...buildBridgeTemplates(setup),
    ...buildCloudRules(setup),
    buildSelinuxScript(setup),
    buildAuditdScript(setup),
    ...buildAllowlists(report.fqdns, setup),
  ].filter((f): f is GeneratedFile => f !== null);
  const system = built.filter((f) => f.path.startsWith("/")).sort((a, b) => a.path.localeCompare(b.path));
  const bundle = built.filter((f) => !f.path.startsWith("/"));
  const files = [...system, ...bundle];
  return [...files, buildReadme({ plan, report, setup }, files)];
}

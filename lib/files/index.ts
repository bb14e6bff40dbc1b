import { createTranslator } from "@/lib/i18n/translate";
import type { Plan } from "@/lib/plan/schema";
import type { GeneratedFile, Report } from "@/lib/report/types";
import { buildBundleGraphFiles } from "@/lib/graph";
import { buildAllowlists } from "./allowlist";
import { buildCertificateRequest } from "./certificate-request";
import { buildBridgeChangeScript, buildBridgeTemplates } from "./bridge";
import { buildCloudRules } from "./cloud";
import { buildFirewallScript, buildNftFiles } from "./firewall";
import { buildPreflightScript } from "./preflight";
import { buildPrepareScript } from "./prepare";
import { buildProxyFiles, buildSelinuxScript } from "./proxy";
import { buildReadme } from "./readme";
import { buildAuditdScript, buildModulesLoad, buildSysctl } from "./system";

/**
 * Every file the server needs for this plan (plan-format.md §2.3), rendered from report.setup, which decides
 * which files apply and what they hold. Stable order: server paths sorted, then the tunnel-planner/ files, README last.
 */
export function buildFiles(plan: Plan, report: Omit<Report, "files">): GeneratedFile[] {
  const setup = report.setup;
  // Texts a person reads (purposes, README, top comments) are in the plan's language.
  const t = createTranslator(plan.locale);
  const built = [
    buildSysctl(setup, t),
    ...buildModulesLoad(setup, t),
    ...buildProxyFiles(setup, t),
    ...buildNftFiles(setup, t),
    buildPrepareScript(setup, t),
    buildPreflightScript(setup, t),
    buildFirewallScript(setup, t),
    buildBridgeChangeScript(setup, t),
    ...buildBridgeTemplates(setup, t),
    ...buildCloudRules(setup, t),
    buildSelinuxScript(setup, t),
    buildAuditdScript(setup, t),
    ...buildAllowlists(report.fqdns, setup, t),
    buildCertificateRequest(plan),
    ...buildBundleGraphFiles(plan, report),
  ].filter((f): f is GeneratedFile => f !== null);
  const system = built.filter((f) => f.path.startsWith("/")).sort((a, b) => a.path.localeCompare(b.path));
  const bundle = built.filter((f) => !f.path.startsWith("/"));
  const files = [...system, ...bundle];
  return [...files, buildReadme({ plan, report, setup, t }, files)];
}

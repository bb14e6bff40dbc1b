import { buildAllowlists } from "./allowlist";
import { buildContext } from "./context";
import { buildCloudRules, buildFirewallScript, buildNftRuleset } from "./firewall";
import type { FilesPlan, FilesReport, GeneratedFileOut } from "./input";
import { buildPreflightScript } from "./preflight";
import { buildPrepareScript } from "./prepare";
import { buildDockerProxyDropin, buildEnvShLines, buildEtcEnvironment, buildMonitorDropin, buildPodmanProfile, buildSelinuxScript } from "./proxy";
import { buildReadme } from "./readme";
import { buildBridgeChangeScript, buildDaemonJson, buildPodmanConflist } from "./runtime";
import { buildBundleGraphFiles } from "@/lib/graph";
import { buildAuditdScript, buildModulesLoad, buildSysctl } from "./system";

export type { FilesPlan, FilesReport, GeneratedFileOut } from "./input";
export { shellQuote } from "./shell";

/**
 * Every file the server needs for this plan (plan-format.md §2.3), in a stable order:
 * server config files by path, then the tunnel-planner/ scripts and lists, README last.
 * Accepts the engine's Plan and Report (structural subsets, see input.ts).
 */
export function buildFiles(plan: FilesPlan, report: FilesReport): GeneratedFileOut[] {
  const ctx = buildContext(plan, report);
  const built = [
    buildDaemonJson(ctx),
    buildPodmanConflist(ctx),
    buildEtcEnvironment(ctx),
    buildDockerProxyDropin(ctx),
    buildPodmanProfile(ctx),
    buildEnvShLines(ctx),
    buildMonitorDropin(ctx),
    buildSysctl(ctx),
    ...buildModulesLoad(),
    buildNftRuleset(ctx),
    buildPrepareScript(ctx),
    buildPreflightScript(ctx),
    buildBridgeChangeScript(ctx),
    buildFirewallScript(ctx),
    buildCloudRules(ctx),
    buildSelinuxScript(ctx),
    buildAuditdScript(ctx),
    ...buildAllowlists(ctx),
    ...buildBundleGraphFiles(plan, report),
  ].filter((f): f is GeneratedFileOut => f !== null);
  const system = built.filter((f) => f.path.startsWith("/")).sort((a, b) => a.path.localeCompare(b.path));
  const bundle = built.filter((f) => !f.path.startsWith("/"));
  const files = [...system, ...bundle];
  return [...files, buildReadme(ctx, files)];
}

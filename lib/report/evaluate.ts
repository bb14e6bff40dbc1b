// Plan → report (plan-format §2). Pure and deterministic: the lifecycle date is the plan's planningDate.
import { CATALOG_AS_OF, CATALOG_SOURCE } from "@/lib/catalog/edition";
import { FINDING_IDS, FINDINGS } from "@/lib/catalog/findings";
import { listSourceRefs } from "@/lib/catalog/sources-refs";
import { createTexts, type Texts } from "@/lib/i18n";
import { findDistro } from "@/lib/catalog/distros";
import { buildFiles } from "@/lib/files";
import type { Plan } from "@/lib/plan";
import { listChecklist } from "@/lib/rules/checklist";
import { computePorts, listFqdns } from "@/lib/rules/endpoints";
import { computeOs } from "@/lib/rules/lifecycle";
import { computeNetworkFindings } from "@/lib/rules/network";
import { computePlatformFindings } from "@/lib/rules/platform";
import { computeProxyFindings } from "@/lib/rules/proxy";
import { busiestServerConnections, computeSizing } from "@/lib/rules/sizing";
import { computeTlsFindings } from "@/lib/rules/tls";
import type { RuleFinding } from "@/lib/rules/types";
import type { Finding, Report, Severity } from "./types";

/** today: the date lifecycle checks use only when the plan carries no planningDate. */
export type EvaluateOptions = { today?: string };

const SEVERITY_ORDER: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };
const ID_ORDER = new Map<string, number>(FINDING_IDS.map((id, i) => [id, i]));

export function toFinding(rule: RuleFinding, texts: Texts): Finding {
  const { t } = texts;
  const def = FINDINGS[rule.id];
  const detail = t(`findings.${rule.id}.detail`);
  const action = t(`findings.${rule.id}.action`);
  const bridge = rule.suggestion?.bridgeCidr;
  return {
    id: rule.id,
    severity: rule.severity ?? def.severity,
    title: t(`findings.${rule.id}.title`),
    detail: rule.context ? `${rule.context} ${detail}` : detail,
    field: rule.field,
    action: bridge ? `${action} ${t("findings.bridge-overlap.context.suggested", { bridge: String(bridge) })}` : action,
    fact: def.fact,
    source: listSourceRefs(def.fact, texts.locale),
    ...(rule.suggestion ? { suggestion: rule.suggestion } : {}),
  };
}

/** Blockers first, then catalog order, then field: the same plan always lists findings the same way. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (ID_ORDER.get(a.id) ?? 0) - (ID_ORDER.get(b.id) ?? 0) ||
    (a.field < b.field ? -1 : a.field > b.field ? 1 : 0)
  );
}

export function evaluatePlan(plan: Plan, opts: EvaluateOptions = {}): Report {
  const date = plan.planningDate || opts.today || "";
  const texts = createTexts(plan.locale);
  const distro = findDistro(plan.server.distro);
  const sizing = computeSizing(plan, texts);
  const os = computeOs(plan, date, texts);
  const runtime = os.os.container;
  const rules: RuleFinding[] = [
    ...computePlatformFindings(plan, texts),
    ...os.findings,
    ...sizing.findings,
    ...computeNetworkFindings(plan, runtime, busiestServerConnections(sizing.sizing), texts),
    ...computeTlsFindings(plan, texts),
    ...computeProxyFindings(plan, distro, runtime, texts),
  ];
  const findings = rules.map((r) => toFinding(r, texts)).sort(compareFindings);
  const report: Report = {
    schemaVersion: 1,
    catalog: { asOf: CATALOG_AS_OF, source: CATALOG_SOURCE },
    sizing: sizing.sizing,
    os: os.os,
    ports: computePorts(plan),
    fqdns: listFqdns(),
    findings,
    files: [],
    checklist: listChecklist(plan, { sizing: sizing.sizing, os: os.os, findings }).map((item) => ({ ...item, source: listSourceRefs(item.fact, texts.locale) })),
  };
  // The file builders (lib/files) read the finished report, e.g. the bridge suggestion.
  report.files = buildFiles(plan, report);
  return report;
}

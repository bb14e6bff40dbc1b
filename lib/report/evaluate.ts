// Plan → report (plan-format §2). Pure and deterministic: the lifecycle date is the plan's planningDate.
import { findRow, getEdition } from "@/lib/catalog/editions/resolve";
import type { Edition } from "@/lib/catalog/editions/types";
import { FINDING_IDS, FINDINGS } from "@/lib/catalog/findings";
import { listSourceRefs } from "@/lib/catalog/sources-refs";
import { createTexts, type Texts } from "@/lib/i18n/texts";
import { findDistro } from "@/lib/catalog/distros";
import { buildFiles } from "@/lib/files";
import { computeGraphFindings } from "@/lib/graph/checks";
import type { Plan } from "@/lib/plan/schema";
import { listChecklist } from "@/lib/rules/checklist";
import { computePorts, listFqdns } from "@/lib/rules/endpoints";
import { catalogInfo, computeEditionFindings, listEditionChanges } from "@/lib/rules/edition";
import { computeOs, podmanMajor } from "@/lib/rules/lifecycle";
import { computeNetworkFindings } from "@/lib/rules/network";
import { computePlatformFindings } from "@/lib/rules/platform";
import { computeProxyFindings } from "@/lib/rules/proxy";
import { buildSetup } from "@/lib/rules/setup";
import { busiestServerConnections, computeSizing } from "@/lib/rules/sizing";
import { computeTlsFindings } from "@/lib/rules/tls";
import { listCertificateFqdns, withCertificateFindings } from "@/lib/rules/certificate";
import type { RuleFinding } from "@/lib/rules/types";
import type { Finding, Report, Severity } from "./types";

/** today: the date lifecycle checks use only when the plan carries no planningDate; files: false leaves `files` empty. */
export type EvaluateOptions = { today?: string; files?: boolean };

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

/** What the wizard's live summary shows: the sizing and the findings, without what the review builds from them. */
export type PlanSummary = Pick<Report, "sizing" | "findings">;

/** Everything the findings need, and the findings: what the summary and the full report share. */
function evaluateFindings(plan: Plan, opts: EvaluateOptions) {
  const date = plan.planningDate || opts.today || "";
  const texts = createTexts(plan.locale);
  const edition = getEdition(plan.edition);
  const distro = findDistro(plan.server.distro);
  const sizing = computeSizing(plan, texts);
  const os = computeOs(plan, date, texts, edition);
  const runtime = os.os.container;
  const editionChanges = listEditionChanges(plan, texts);
  const network = computeNetworkFindings(plan, runtime, busiestServerConnections(sizing.sizing), texts);
  const rules: RuleFinding[] = [
    ...computePlatformFindings(plan, edition, texts),
    ...os.findings,
    ...podmanBridgeFindings(plan, edition, network, texts),
    ...sizing.findings,
    ...network,
    ...withCertificateFindings(plan, computeTlsFindings(plan, edition, date, texts), edition, texts),
    ...computeProxyFindings(plan, distro, runtime, texts),
    ...computeEditionFindings(plan, date, edition, editionChanges, texts),
    ...computeGraphFindings(plan, texts),
  ];
  const findings = rules.map((r) => toFinding(r, texts)).sort(compareFindings);
  return { date, texts, edition, sizing: sizing.sizing, os: os.os, editionChanges, findings };
}

/**
 * The sizing and findings of evaluatePlan, without the setup, checklist and files: at 500 sites those were
 * two thirds of the engine's time on every keystroke, for a summary that shows none of them (issue 17).
 */
export function summarizePlan(plan: Plan, opts: Pick<EvaluateOptions, "today"> = {}): PlanSummary {
  const { sizing, findings } = evaluateFindings(plan, opts);
  return { sizing, findings };
}

export function evaluatePlan(plan: Plan, opts: EvaluateOptions = {}): Report {
  const { date, texts, edition, sizing, os, editionChanges, findings } = evaluateFindings(plan, opts);
  const fqdns = [...listFqdns(edition, texts), ...listCertificateFqdns(plan)];
  const report: Report = {
    schemaVersion: 1,
    catalog: catalogInfo(edition, texts),
    editionChanges,
    sizing,
    os,
    ports: computePorts(plan, texts),
    fqdns,
    findings,
    setup: buildSetup(plan, { os, sizing, findings, fqdns, edition, date }),
    files: [],
    checklist: listChecklist({ plan, date, sizing, os, findings, edition, texts }).map((item) => ({
      ...item,
      source: listSourceRefs(item.fact, texts.locale),
    })),
  };
  // lib/files renders the finished report: report.setup for the decisions, the checklist for the README's order.
  // The review's checklist lists need no files; at 500 sites building them is about half of the time (issue 17).
  if (opts.files !== false) report.files = buildFiles(plan, report);
  return report;
}

/** editions.md §4.7, §5.3: Podman 5 has no CNI, so Microsoft's bridge steps do not fit when the bridge must change. */
function podmanBridgeFindings(
  plan: Plan,
  edition: Edition,
  network: readonly RuleFinding[],
  { t }: Texts,
): RuleFinding[] {
  const row = findRow(edition, plan.server.distro);
  const major = podmanMajor(row);
  if (major === null || major < 5 || plan.server.container === "docker") return [];
  if (!plan.network.bridgeCidr && !network.some((f) => f.id === "bridge-overlap")) return [];
  return [
    {
      id: "podman5-bridge-steps",
      field: "network.bridgeCidr",
      context: t("findings.podman5-bridge-steps.context.version", {
        label: findDistro(plan.server.distro)?.label ?? plan.server.distro,
        version: row!.version!,
      }),
    },
  ];
}

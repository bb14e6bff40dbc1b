// Intune configuration as code (issue 15): Graph request bodies and New-TunnelPlan.ps1 from a plan, or the
// reasons they are withheld. Used by lib/files (the bundle), lib/rules/checklist.ts and the CLI's --format graph.
import type { FindingId } from "@/lib/catalog/findings";
import type { ContainerRuntime } from "@/lib/catalog/options";
import { createTexts, type Texts } from "@/lib/i18n/texts";
import type { Locale } from "@/lib/i18n/locales";
import type { GeneratedFile } from "@/lib/report/types";
import type { ChecklistContext, ChecklistDraft } from "@/lib/rules/checklist";
import { DEFAULT_BRIDGES } from "@/lib/rules/network";
import { siteRequestBodies, type GraphPlan } from "./bodies";
import { computeGraphReadiness, type GraphBlock, type GraphReadiness } from "./checks";
import type { ConfigurationBody, SiteBody } from "./resources";
import { buildTunnelPlanScript, SCRIPT_PATH } from "./script";

export const CONFIGURATIONS_PATH = "tunnel-planner/graph/server-configurations.json";
export const SITES_PATH = "tunnel-planner/graph/sites.json";
export { SCRIPT_PATH };

export type GraphInputPlan = GraphPlan & {
  readonly locale: Locale;
  readonly network: { readonly bridgeCidr: string | null };
};
export type GraphInputReport = {
  readonly findings: readonly { readonly id: FindingId; readonly field: string; readonly title: string }[];
  readonly os: { readonly container: ContainerRuntime };
};

export function graphReadiness(plan: GraphInputPlan, report: GraphInputReport): GraphReadiness {
  const bridgeCidr = plan.network.bridgeCidr ?? DEFAULT_BRIDGES[report.os.container];
  return computeGraphReadiness(plan, { findings: report.findings, bridgeCidr });
}

/** What `--format graph` prints (plan-format §4.5). */
export type GraphOutput = { serverConfigurations: ConfigurationBody[]; sites: SiteBody[] };

export function buildGraphOutput(
  plan: GraphInputPlan,
  report: GraphInputReport,
): { ok: true; value: GraphOutput } | { ok: false; reasons: string[] } {
  const ready = graphReadiness(plan, report);
  if (!ready.ok) return { ok: false, reasons: ready.blocks.map((b) => describeBlock(b, createTexts(plan.locale))) };
  return {
    ok: true,
    value: {
      serverConfigurations: ready.bodies.configurations.map((c) => c.body),
      sites: siteRequestBodies(ready.bodies),
    },
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The two request-body files and the script, or none at all (never a half-right body). */
export function buildGraphFiles(plan: GraphInputPlan, report: GraphInputReport): GeneratedFile[] {
  const ready = graphReadiness(plan, report);
  if (!ready.ok) return [];
  const { t } = createTexts(plan.locale);
  const { bodies } = ready;
  return [
    {
      path: CONFIGURATIONS_PATH,
      content: json(bodies.configurations.map((c) => c.body)),
      purpose: t("graph.purpose.configurations", { count: bodies.configurations.length }),
      kind: "config",
    },
    {
      path: SITES_PATH,
      content: json(siteRequestBodies(bodies)),
      purpose: t("graph.purpose.sites", { count: bodies.sites.length }),
      kind: "config",
    },
    {
      path: SCRIPT_PATH,
      content: buildTunnelPlanScript(plan.name, bodies, plan.locale),
      purpose: t("graph.purpose.script"),
      kind: "script",
    },
  ];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/**
 * The hook in lib/files' buildFiles: the engine's Plan and Report carry everything buildGraphFiles reads; the files
 * engine's own hand-made cases (subsets without a locale, DNS suffixes or finding titles) get no Graph files.
 */
export function buildBundleGraphFiles(plan: object, report: object): GeneratedFile[] {
  const p = plan as Record<string, unknown>;
  const r = report as Record<string, unknown>;
  const graphPlan = typeof p.locale === "string" && isRecord(p.network) && Array.isArray(p.network.dnsSuffixes);
  const graphReport =
    Array.isArray(r.findings) &&
    r.findings.every((f) => isRecord(f) && typeof f.title === "string" && typeof f.field === "string");
  return graphPlan && graphReport ? buildGraphFiles(plan as GraphInputPlan, report as GraphInputReport) : [];
}

function describeBlock(block: GraphBlock, { t }: Texts): string {
  if (block.kind === "finding") return `${block.title} (${block.id})`;
  if (block.kind === "address-missing") return t("graph.checklist.reasonAddress", { site: block.site });
  return t("graph.checklist.reasonInvalid", { field: block.field, message: block.message });
}

/**
 * The checklist's Intune items (a contributor of lib/rules/checklist.ts): the pointer to the script, or why it is
 * not there yet, and the probe URL the generated sites leave empty. Texts in the plan's language.
 */
export function listGraphChecklistItems(ctx: ChecklistContext): ChecklistDraft[] {
  const { plan, texts } = ctx;
  const { t, list } = texts;
  const ready = graphReadiness(plan, ctx);
  const script: ChecklistDraft = ready.ok
    ? {
        phase: "network",
        id: "graph-script",
        owner: "intune",
        title: t("graph.checklist.scriptTitle"),
        detail: t("graph.checklist.scriptDetail", {
          configurations: ready.bodies.configurations.length,
          sites: ready.bodies.sites.length,
        }),
        fact: "facts#155",
      }
    : {
        phase: "network",
        id: "graph-script",
        owner: "intune",
        title: t("graph.checklist.withheldTitle"),
        detail: t("graph.checklist.withheldDetail", {
          reasons: list(ready.blocks.map((b) => describeBlock(b, texts))),
        }),
        fact: "facts#155",
      };
  // facts#159: an empty probe URL leaves the "Internal network accessibility" check Unknown.
  const probe: ChecklistDraft = {
    phase: "network",
    id: "site-probe-url",
    owner: "intune",
    title: t("graph.checklist.probeTitle"),
    detail: t("graph.checklist.probeDetail"),
    fact: "facts#159",
  };
  return [script, probe];
}

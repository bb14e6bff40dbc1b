// Checks before emitting Graph bodies (graph-api.md §4 "Checks before emitting"): the findings only this output
// needs, and whether the plan passes every check so the files may be written (never a half-right body).
import type { FindingId } from "@/lib/catalog/findings";
import type { Texts } from "@/lib/i18n/texts";
import { cidr, overlaps } from "@/lib/net/cidr";
import { checkCidr, checkHostname, checkIpv4, checkName, checkPort, checkPublicAddress } from "@/lib/plan/grammar";
import type { RuleFinding } from "@/lib/rules/types";
import { buildGraphBodies, type GraphBodies, type GraphPlan } from "./bodies";
import { configurationRequestSchema, siteRequestSchema } from "./resources";

/**
 * No limit is documented for Site or configuration display names; the sibling microsoftTunnelServer allows 200
 * characters (graph-api.md §1.3), so generated names stay within that [unverified for Sites and configurations].
 */
export const MAX_DISPLAY_NAME = 200;

/** Existing findings that already say why a body would be wrong (graph-api.md §4); each one withholds the files. */
export const GRAPH_BLOCKING_FINDINGS: readonly FindingId[] = [
  "client-pool-overlap", // facts#152: pool vs internal networks, include routes and DNS servers
  "split-tunnel-zero-route", // facts#153
  "split-tunnel-rule-limit", // facts#154: include + exclude at most 500
  "tls-name-mismatch", // facts#37: every publicAddress covered by the certificate
  "graph-name-too-long",
  "graph-name-not-unique",
];

const ASCII = /^[\x00-\x7f]*$/;

/**
 * How the script compares display names: .NET's OrdinalIgnoreCase, i.e. each character's simple upper case.
 * JavaScript's toUpperCase is the full mapping ("ß" → "SS"), so a character whose upper case is longer stays as is.
 */
export function foldName(name: string): string {
  // ASCII upper-cases one to one; the walk below was most of the live summary's Graph check at 500 sites (issue 17).
  if (ASCII.test(name)) return name.toUpperCase();
  let out = "";
  for (const ch of name) {
    const upper = ch.toUpperCase();
    out += [...upper].length === 1 ? upper : ch;
  }
  return out;
}

/** graph-name-too-long, graph-name-not-unique and dns-suffix-only-first for a plan. */
export function computeGraphFindings(plan: GraphPlan, { t, list }: Texts): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const bodies = buildGraphBodies(plan);
  const named = [
    ...bodies.configurations.map((c) => ({ name: c.body.displayName, field: "name" })),
    ...bodies.sites.map((s) => ({ name: s.body.displayName, field: `sites.${s.site}.name` })),
  ];
  for (const { name, field } of named) {
    if (name.length > MAX_DISPLAY_NAME) {
      findings.push({
        id: "graph-name-too-long",
        field,
        context: t("findings.graph-name-too-long.context.name", { name, length: name.length, max: MAX_DISPLAY_NAME }),
      });
    }
  }
  const seen = new Map<string, string>();
  for (const s of bodies.sites) {
    const key = foldName(s.body.displayName);
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push({
        id: "graph-name-not-unique",
        field: `sites.${s.site}.name`,
        context: t("findings.graph-name-not-unique.context.names", { first, second: s.body.displayName }),
      });
    } else seen.set(key, s.body.displayName);
  }
  const [first, ...others] = plan.network.dnsSuffixes;
  if (first !== undefined && others.length > 0) {
    findings.push({
      id: "dns-suffix-only-first",
      field: "network.dnsSuffixes",
      context: t("findings.dns-suffix-only-first.context.suffixes", { first, others: list(others) }),
    });
  }
  return findings;
}

/** Why the Graph files are not written. */
export type GraphBlock =
  | { readonly kind: "finding"; readonly id: FindingId; readonly field: string; readonly title: string }
  | { readonly kind: "address-missing"; readonly site: string; readonly field: string }
  | { readonly kind: "invalid"; readonly field: string; readonly message: string };

export type GraphReadiness =
  { readonly ok: true; readonly bodies: GraphBodies } | { readonly ok: false; readonly blocks: readonly GraphBlock[] };

export type ReadinessInput = {
  readonly findings: readonly { readonly id: FindingId; readonly field: string; readonly title: string }[];
  /** The container bridge the servers use (custom or the runtime's default). */
  readonly bridgeCidr: string;
};

/** Every value through its strict grammar again: a hand-built plan must not reach a body either (plan-format §1). */
function grammarBlocks(plan: GraphPlan): GraphBlock[] {
  const checks: [string, string | null][] = [
    ["name", checkName(plan.name)],
    ...plan.sites.flatMap((s, i): [string, string | null][] => [
      [`sites.${i}.name`, checkName(s.name) ?? (s.name.trim() === "" ? "must not be empty" : null)],
      [`sites.${i}.publicAddress`, s.publicAddress === "" ? null : checkPublicAddress(s.publicAddress)],
      [`sites.${i}.port`, checkPort(s.port)],
    ]),
    ["network.clientPool", checkCidr(plan.network.clientPool)],
    ...plan.network.dnsServers.map((d, i): [string, string | null] => [`network.dnsServers.${i}`, checkIpv4(d)]),
    ...plan.network.dnsSuffixes
      .slice(0, 1)
      .map((d, i): [string, string | null] => [`network.dnsSuffixes.${i}`, checkHostname(d)]),
    ...plan.network.splitTunnel.include.map((r, i): [string, string | null] => [
      `network.splitTunnel.include.${i}`,
      checkCidr(r),
    ]),
    ...plan.network.splitTunnel.exclude.map((r, i): [string, string | null] => [
      `network.splitTunnel.exclude.${i}`,
      checkCidr(r),
    ]),
  ];
  return checks.flatMap(([field, message]) => (message ? [{ kind: "invalid" as const, field, message }] : []));
}

/**
 * ok with the bodies when nothing stands in the way; otherwise every reason. The findings are the report's, so
 * the same plan always gives the same answer in the review, the checklist, the files and the CLI.
 */
export function computeGraphReadiness(plan: GraphPlan, input: ReadinessInput): GraphReadiness {
  const invalid = grammarBlocks(plan);
  if (invalid.length > 0) return { ok: false, blocks: invalid };
  const blocks: GraphBlock[] = [];
  const seen = new Set<string>();
  for (const f of input.findings) {
    // facts#55, facts#152: the bridge finding stands in the way only when the client pool is what it overlaps.
    const poolOnBridge = f.id === "bridge-overlap" && overlaps(cidr(plan.network.clientPool), cidr(input.bridgeCidr));
    if (!GRAPH_BLOCKING_FINDINGS.includes(f.id) && !poolOnBridge) continue;
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    blocks.push({ kind: "finding", id: f.id, field: f.field, title: f.title });
  }
  plan.sites.forEach((s, i) => {
    if (s.publicAddress === "")
      blocks.push({ kind: "address-missing", site: s.name, field: `sites.${i}.publicAddress` });
  });
  if (blocks.length > 0) return { ok: false, blocks };
  const bodies = buildGraphBodies(plan);
  // The last guard: each body against the documented resource (no unknown or read-only property, right types).
  const schemaBlocks: GraphBlock[] = [
    ...bodies.configurations.flatMap((c) => issues(configurationRequestSchema.safeParse(c.body), "network")),
    ...bodies.sites.flatMap((s) => issues(siteRequestSchema.safeParse(s.body), `sites.${s.site}`)),
  ];
  return schemaBlocks.length > 0 ? { ok: false, blocks: schemaBlocks } : { ok: true, bodies };
}

function issues(
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  field: string,
): GraphBlock[] {
  if (result.success) return [];
  return (result.error?.issues ?? []).map((i) => ({
    kind: "invalid" as const,
    field,
    message: `${i.path.map(String).join(".")}: ${i.message}`,
  }));
}

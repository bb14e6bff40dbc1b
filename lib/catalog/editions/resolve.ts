// Editions as data: the source document plus typed changes, resolved once into whole tables, and the
// differences between any two editions computed from those tables (so "what changed" is never hand-written).
import { DISTRO_IDS, type DistroId } from "../distros";
import { SOURCE_DISTROS, SOURCE_RULES, EDITION_SPECS } from "./data";
import { EDITION_IDS, NEWEST_EDITION_ID, SOURCE_EDITION_ID, type EditionId } from "./ids";
import type { DistroRow, Edition, EditionChange, EditionRules, EditionSpec, RuleKey } from "./types";

const ORDER = new Map<string, number>(DISTRO_IDS.map((id, i) => [id, i]));
const byCatalogOrder = (a: DistroRow, b: DistroRow) => (ORDER.get(a.distro) ?? 0) - (ORDER.get(b.distro) ?? 0);

function apply(distros: readonly DistroRow[], rules: EditionRules, change: EditionChange): [DistroRow[], EditionRules] {
  switch (change.kind) {
    case "distro-added":
      return [[...distros.filter((d) => d.distro !== change.row.distro), change.row].sort(byCatalogOrder), rules];
    case "distro-removed":
      return [distros.filter((d) => d.distro !== change.distro), rules];
    case "support-end-announced":
      return [distros.map((d) => (d.distro === change.distro ? { ...d, supportEnds: change.supportEnds } : d)), rules];
    case "rule-changed":
      return [[...distros], { ...rules, [change.rule]: change.value }];
  }
}

const SPECS = new Map<string, EditionSpec>(EDITION_SPECS.map((s) => [s.id, s]));
const RESOLVED = new Map<EditionId, Edition>();

function resolve(id: EditionId): Edition {
  const hit = RESOLVED.get(id);
  if (hit) return hit;
  const spec = SPECS.get(id);
  if (!spec) throw new Error(`no edition ${id}`);
  let distros: DistroRow[] = [...SOURCE_DISTROS];
  let rules: EditionRules = SOURCE_RULES;
  if (spec.from !== null) {
    const base = resolve(spec.from);
    distros = [...base.distros];
    rules = base.rules;
  }
  for (const change of spec.changes) [distros, rules] = apply(distros, rules, change);
  const edition: Edition = {
    id: spec.id,
    msDate: spec.msDate,
    source: spec.source,
    caveats: spec.caveats,
    changes: spec.changes,
    distros,
    rules,
  };
  RESOLVED.set(id, edition);
  return edition;
}

export const EDITIONS: readonly Edition[] = EDITION_IDS.map(resolve);

export function getEdition(id: EditionId): Edition {
  return resolve(id);
}

export const SOURCE_EDITION: Edition = getEdition(SOURCE_EDITION_ID);
export const NEWEST_EDITION: Edition = getEdition(NEWEST_EDITION_ID);

export function findRow(edition: Edition, distro: string): DistroRow | undefined {
  return edition.distros.find((d) => d.distro === distro);
}

/** The editions after `id`, oldest first (empty for the newest). */
export function editionsAfter(id: EditionId): Edition[] {
  return EDITIONS.filter((e) => e.id > id);
}

/** One difference between two editions, attributed to the first edition (after `from`) that shows the new value. */
export type EditionDifference =
  | { readonly kind: "distro-added"; readonly distro: DistroId; readonly after: DistroRow; readonly edition: EditionId }
  | {
      readonly kind: "distro-removed";
      readonly distro: DistroId;
      readonly before: DistroRow;
      readonly edition: EditionId;
    }
  | {
      readonly kind: "support-end-announced";
      readonly distro: DistroId;
      readonly before: DistroRow;
      readonly after: DistroRow;
      readonly edition: EditionId;
    }
  | {
      readonly kind: "container-version-changed";
      readonly distro: DistroId;
      readonly before: DistroRow;
      readonly after: DistroRow;
      readonly edition: EditionId;
    }
  | {
      [K in RuleKey]: {
        readonly kind: "rule-changed";
        readonly rule: K;
        readonly before: EditionRules[K];
        readonly after: EditionRules[K];
        readonly edition: EditionId;
      };
    }[RuleKey];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const RULE_KEYS = Object.keys(SOURCE_RULES) as RuleKey[];

/** What differs between edition `from` and edition `to` (to later than from), in catalog order. */
export function diffEditions(fromId: EditionId, toId: EditionId): EditionDifference[] {
  const from = getEdition(fromId);
  const to = getEdition(toId);
  const between = EDITIONS.filter((e) => e.id > fromId && e.id <= toId);
  /** The first edition in (from, to] whose value equals the final one, from which on it stays so. */
  const firstWith = (value: (e: Edition) => unknown): EditionId => {
    const final = value(to);
    let first: EditionId = toId;
    for (let i = between.length - 1; i >= 0 && same(value(between[i]!), final); i--) first = between[i]!.id;
    return first;
  };
  const out: EditionDifference[] = [];
  for (const id of DISTRO_IDS) {
    const before = findRow(from, id);
    const after = findRow(to, id);
    const when = () => firstWith((e) => findRow(e, id) ?? null);
    if (!before && after) out.push({ kind: "distro-added", distro: id, after, edition: when() });
    else if (before && !after) out.push({ kind: "distro-removed", distro: id, before, edition: when() });
    else if (before && after) {
      if (!same(before.supportEnds, after.supportEnds)) {
        out.push({
          kind: "support-end-announced",
          distro: id,
          before,
          after,
          edition: firstWith((e) => findRow(e, id)?.supportEnds ?? null),
        });
      }
      if (before.version !== after.version || before.runtime !== after.runtime) {
        out.push({
          kind: "container-version-changed",
          distro: id,
          before,
          after,
          edition: firstWith((e) => findRow(e, id)?.version ?? null),
        });
      }
    }
  }
  for (const rule of RULE_KEYS) {
    if (!same(from.rules[rule], to.rules[rule])) {
      out.push({
        kind: "rule-changed",
        rule,
        before: from.rules[rule],
        after: to.rules[rule],
        edition: firstWith((e) => e.rules[rule]),
      } as EditionDifference);
    }
  }
  return out;
}

// Which findings, wizard fields and checklist items rest on each source (the /sources page lists them).
import { FIELD_HELP } from "./fields";
import { FINDING_IDS, FINDINGS, type FindingId } from "./findings";
import { factSources } from "./sources";
import type { SourceId } from "./sources-registry";

/** The sources a fact rests on, each once. */
export function sourceIdsOf(fact: string | undefined): SourceId[] {
  return [...new Set((fact ? factSources(fact)?.cites : undefined)?.map((c) => c.source) ?? [])];
}

export type SourceUsage = { readonly findings: FindingId[]; readonly fields: string[] };

/** Every registered finding and field help, grouped by the sources its fact rests on. */
export function listSourceUsage(): Map<SourceId, SourceUsage> {
  const usage = new Map<SourceId, SourceUsage>();
  const entry = (id: SourceId) => {
    let u = usage.get(id);
    if (!u) usage.set(id, (u = { findings: [], fields: [] }));
    return u;
  };
  for (const id of FINDING_IDS) for (const s of sourceIdsOf(FINDINGS[id].fact)) entry(s).findings.push(id);
  for (const [path, help] of Object.entries(FIELD_HELP))
    for (const s of sourceIdsOf(help.fact)) entry(s).fields.push(path);
  return usage;
}

/** Items (findings of a report, checklist items) whose fact rests on `source`. */
export const usingSource = <T extends { fact: string }>(items: readonly T[], source: SourceId): T[] =>
  items.filter((item) => sourceIdsOf(item.fact).includes(source));

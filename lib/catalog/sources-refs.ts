// The source references a report carries: a label a person understands and a link to the exact section.
import { translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { listSourceViews, type SourceView } from "./sources";

/** One source of a finding or checklist item, in the report's language (plan-format: `source`). */
export type SourceRef = {
  /** Registry id, as listed on /sources (e.g. "S0", "S18"). */
  readonly id: string;
  /** E.g. "Microsoft Learn, Prerequisites for Microsoft Tunnel in Intune, section “Linux server” (edition 2024-10-24)". */
  readonly label: string;
  /** Deep link to the section; null when the source is not publicly available. */
  readonly url: string | null;
  /** false for community (secondary) sources; their label says so too. */
  readonly official: boolean;
};

/** "Microsoft Learn, <title>, section “<section>” (edition <date>)": what a link to the source reads. */
export function referenceText(view: SourceView, locale: Locale): string {
  return translate(locale, "sources.reference", {
    publisher: view.publisher,
    title: view.title,
    section: view.section ?? "none",
    edition: view.edition ?? "none",
  });
}

/** The reference as plain text: marked when the source is secondary or not publicly available. */
export function sourceLabel(view: SourceView, locale: Locale): string {
  const reference = referenceText(view, locale);
  const marked = view.url ? reference : translate(locale, "sources.unpublished", { reference });
  return view.secondary ? translate(locale, "sources.secondary", { reference: marked }) : marked;
}

const cache = new Map<string, readonly SourceRef[]>();

/** The sources behind a fact ("facts#104"), official first; [] when the fact is unknown or absent. Computed once per fact and language. */
export function listSourceRefs(fact: string | undefined, locale: Locale): SourceRef[] {
  if (!fact) return [];
  const key = `${locale}:${fact}`;
  let refs = cache.get(key);
  if (!refs) {
    refs = listSourceViews(fact, locale).map((v) => ({
      id: v.sourceId,
      label: sourceLabel(v, locale),
      url: v.url,
      official: !v.secondary,
    }));
    cache.set(key, refs);
  }
  return refs.map((r) => ({ ...r }));
}

/** Numbers the distinct references of many items in order of first use, so a document can list each source once. */
export function indexSourceRefs(groups: readonly (readonly SourceRef[] | undefined)[]): {
  list: SourceRef[];
  numberOf: (ref: SourceRef) => number;
} {
  const numbers = new Map<string, number>();
  const list: SourceRef[] = [];
  const key = (ref: SourceRef) => `${ref.label}\u0000${ref.url ?? ""}`;
  for (const refs of groups) {
    for (const ref of refs ?? []) {
      if (numbers.has(key(ref))) continue;
      list.push(ref);
      numbers.set(key(ref), list.length);
    }
  }
  return { list, numberOf: (ref) => numbers.get(key(ref)) ?? 0 };
}

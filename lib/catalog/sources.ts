// Where every fact the app relies on comes from, as sources a person can open: page, section, edition, sentence.
// facts.md numbers (facts#N) stay internal: they key this registry and appear in code comments only.
import { EXTRA_FACT_SOURCES } from "./sources-extra";
import { SOURCES, type SourceId } from "./sources-registry";
import { SEED_FACT_SOURCES, type SeedSection } from "./sources-seed";

/** microsoft = official Microsoft material; cabf = CA/Browser Forum; community = secondary, unofficial (facts.md [EXTRA-2nd]). */
export type SourceKind = "microsoft" | "cabf" | "red-hat" | "community" | "other";
export type SourceLanguage = "en" | "de";
/** A text in both languages the app speaks. */
export type Bilingual = { readonly en: string; readonly de: string };

export type Source = {
  readonly id: string;
  readonly title: Bilingual;
  /** Who publishes it, as a reader would name it ("Microsoft Learn", "CA/Browser Forum"). */
  readonly publisher: string;
  readonly kind: SourceKind;
  /** The public page; null when the source was never published (the app says so instead of linking). */
  readonly url: string | null;
  /** Page whose English headings the section anchors come from, when it is not `url` (the German page links its English twin). */
  readonly anchorBase?: string;
  /** The edition that was read: the page's own date (ms.date), YYYY-MM-DD. */
  readonly edition?: string;
  /** The page's language where a source exists in two (the German source document and its English twin). */
  readonly language?: SourceLanguage;
  readonly note?: Bilingual;
};

/** A section of a source: its heading on the English page and, for the German source document, the German heading. */
export type Section = {
  readonly en: string;
  readonly de?: string;
  /** null: the page has no anchor for it (a script, a PDF-like ballot); absent: derived from `en` the way Learn does. */
  readonly anchor?: string | null;
  /** The page's introduction before its first heading: cited as the page itself, without a section name. */
  readonly pageTop?: true;
};

/** The sentence(s) a [SEED] fact rests on (sources-quotes.ts); parts not adjacent in the source are joined by QUOTE_GAP. */
export type Quote = {
  /** Copied exactly from the German source document (shared/seed/tunnel-prerequisites.de.txt). */
  readonly de: string;
  readonly en: string;
  /** Where the English comes from: the English twin of the same edition, the 2025 English page (same sentence), or our translation. */
  readonly enFrom: "S1" | "S1b" | "translation";
};

export type Citation = {
  readonly source: SourceId;
  readonly section?: Section;
  /** Edition of this citation when it differs from the source's. */
  readonly edition?: string;
  /** A more precise public address than the source's (e.g. one GitHub pull request of S16). */
  readonly url?: string;
  /** For the source document: which section, so its sentence can be looked up in sources-quotes.ts. */
  readonly seedSection?: SeedSection;
};

/** facts.md tags: [SEED] = in the source document, [EXTRA] = other official source, [EXTRA-2nd] = secondary source. */
export type FactTag = "seed" | "extra" | "extra-2nd";
export type FactSources = { readonly fact: number; readonly tag: FactTag; readonly cites: readonly Citation[] };

export const QUOTE_GAP = " … ";

/** Learn's (and GitHub's) heading anchor: lowercase, punctuation dropped (but `_` and `-`), spaces to hyphens. */
export function headingAnchor(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, "")
    .trim()
    .replace(/\s+/g, "-");
}

const BY_ID = new Map<string, Source>(SOURCES.map((s) => [s.id, s]));
const BY_FACT = new Map<number, FactSources>([...SEED_FACT_SOURCES, ...EXTRA_FACT_SOURCES].map((f) => [f.fact, f]));

export const FACT_SOURCES: readonly FactSources[] = [...BY_FACT.values()].sort((a, b) => a.fact - b.fact);

/** "facts#104" or 104 → its sources; undefined when the registry has no entry (a test forbids that for cited facts). */
export function factSources(fact: string | number): FactSources | undefined {
  const n = typeof fact === "number" ? fact : Number(/^facts#(\d+)$/.exec(fact)?.[1]);
  return BY_FACT.get(n);
}

export function sourceOf(citation: Citation): Source {
  const source = BY_ID.get(citation.source);
  if (!source) throw new Error(`unknown source ${citation.source}`);
  return source;
}

/** The public address of a citation, deep-linked to its section where the page has an anchor; null for unpublished sources. */
export function citationUrl(citation: Citation): string | null {
  if (citation.url) return citation.url;
  const source = sourceOf(citation);
  if (!source.url) return null;
  const section = citation.section;
  const anchor = section && section.anchor !== null ? (section.anchor ?? headingAnchor(section.en)) : null;
  const base = source.anchorBase ?? source.url;
  return anchor ? `${base}#${anchor}` : base;
}

/** The edition a citation was read from. */
export const citationEdition = (citation: Citation): string | undefined =>
  citation.edition ?? sourceOf(citation).edition;

/** Secondary sources are labelled as such wherever they are shown (facts.md [EXTRA-2nd]). */
export const isSecondary = (source: Source): boolean => source.kind === "community";

/** One citation, ready to show in one language: what a reference label, a link and a quote toggle need. */
export type SourceView = {
  readonly fact: number;
  readonly sourceId: SourceId;
  readonly kind: SourceKind;
  readonly secondary: boolean;
  readonly publisher: string;
  readonly title: string;
  /** The section heading in the reader's language where the source has one (German only for the source document). */
  readonly section: string | null;
  readonly edition: string | null;
  readonly url: string | null;
  /** Set for the source document: the key of its sentence in sources-quotes.ts. */
  readonly seedSection: SeedSection | null;
};

export function viewCitation(fact: number, citation: Citation, language: SourceLanguage): SourceView {
  const source = sourceOf(citation);
  const s = citation.section;
  const section = s && !s.pageTop ? ((language === "de" ? s.de : undefined) ?? s.en) : null;
  return {
    fact,
    sourceId: citation.source,
    kind: source.kind,
    secondary: isSecondary(source),
    publisher: source.publisher,
    title: source.title[language],
    section,
    edition: citationEdition(citation) ?? null,
    url: citationUrl(citation),
    seedSection: citation.seedSection ?? null,
  };
}

/** The sources of a fact ("facts#104" or 104) in one language, official ones first; [] for an unknown fact. */
export function listSourceViews(fact: string | number, language: SourceLanguage): SourceView[] {
  const entry = factSources(fact);
  if (!entry) return [];
  const views = entry.cites.map((c) => viewCitation(entry.fact, c, language));
  return [...views.filter((v) => !v.secondary), ...views.filter((v) => v.secondary)];
}

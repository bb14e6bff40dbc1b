// The engine's texts, one JSON file per area and language (ICU message syntax, as the UI's next-intl
// catalogs). A new area adds one import per language here; lib/i18n/completeness.test.ts keeps en and de in step.
import deFindings from "./de/findings.json";
import deReport from "./de/report.json";
import deSources from "./de/sources.json";
import deTerms from "./de/terms.json";
import enFindings from "./en/findings.json";
import enReport from "./en/report.json";
import enSources from "./en/sources.json";
import enTerms from "./en/terms.json";
import type { Locale } from "./locales";

export const MESSAGES = {
  en: { findings: enFindings, terms: enTerms, sources: enSources, report: enReport },
  de: { findings: deFindings, terms: deTerms, sources: deSources, report: deReport },
} as const satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];

// The engine's texts, one JSON file per area and language (ICU message syntax, as the UI's next-intl
// catalogs). A new area adds one import per language here; lib/i18n/completeness.test.ts keeps en and de in step.
import deEditions from "./de/editions.json" with { type: "json" };
import deFindings from "./de/findings.json" with { type: "json" };
import deOs from "./de/os.json" with { type: "json" };
import deReport from "./de/report.json" with { type: "json" };
import deSources from "./de/sources.json" with { type: "json" };
import deTerms from "./de/terms.json" with { type: "json" };
import enEditions from "./en/editions.json" with { type: "json" };
import enFindings from "./en/findings.json" with { type: "json" };
import enOs from "./en/os.json" with { type: "json" };
import enReport from "./en/report.json" with { type: "json" };
import enSources from "./en/sources.json" with { type: "json" };
import enTerms from "./en/terms.json" with { type: "json" };
import type { Locale } from "./locales";

export const MESSAGES = {
  en: { editions: enEditions, findings: enFindings, os: enOs, terms: enTerms, sources: enSources, report: enReport },
  de: { editions: deEditions, findings: deFindings, os: deOs, terms: deTerms, sources: deSources, report: deReport },
} as const satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];

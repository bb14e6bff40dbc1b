// The engine's texts, one JSON file per area and language (ICU message syntax, as the UI's next-intl
// catalogs). A new area adds one import per language here; lib/i18n/completeness.test.ts keeps en and de in step.
import deFindings from "./de/findings.json" with { type: "json" };
import deTerms from "./de/terms.json" with { type: "json" };
import enFindings from "./en/findings.json" with { type: "json" };
import enTerms from "./en/terms.json" with { type: "json" };
import type { Locale } from "./locales";

export const MESSAGES = {
  en: { findings: enFindings, terms: enTerms },
  de: { findings: deFindings, terms: deTerms },
} as const satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];

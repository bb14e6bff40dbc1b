// The engine's texts, one JSON file per area and language (ICU message syntax, as the UI's next-intl
// catalogs). A new area adds one import per language here; lib/i18n/completeness.test.ts keeps en and de in step.
import deEditions from "./de/editions.json";
import deFiles from "./de/files.json";
import deFindings from "./de/findings.json";
import deOs from "./de/os.json";
import deTerms from "./de/terms.json";
import enEditions from "./en/editions.json";
import enFiles from "./en/files.json";
import enFindings from "./en/findings.json";
import enOs from "./en/os.json";
import enTerms from "./en/terms.json";
import type { Locale } from "./locales";

export const MESSAGES = {
  en: { editions: enEditions, files: enFiles, findings: enFindings, os: enOs, terms: enTerms },
  de: { editions: deEditions, files: deFiles, findings: deFindings, os: deOs, terms: deTerms },
} as const satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];

// The engine's texts, one JSON file per area and language (ICU message syntax, as the UI's next-intl
// catalogs). A new area adds one import per language here; lib/i18n/completeness.test.ts keeps en and de in step.
import deChecklist from "./de/checklist.json";
import deEditions from "./de/editions.json";
import deEndpoints from "./de/endpoints.json";
import deFindings from "./de/findings.json";
import deOs from "./de/os.json";
import deSizing from "./de/sizing.json";
import deTerms from "./de/terms.json";
import enChecklist from "./en/checklist.json";
import enEditions from "./en/editions.json";
import enEndpoints from "./en/endpoints.json";
import enFindings from "./en/findings.json";
import enOs from "./en/os.json";
import enSizing from "./en/sizing.json";
import enTerms from "./en/terms.json";
import type { Locale } from "./locales";

export const MESSAGES = {
  en: { checklist: enChecklist, editions: enEditions, endpoints: enEndpoints, findings: enFindings, os: enOs, sizing: enSizing, terms: enTerms },
  de: { checklist: deChecklist, editions: deEditions, endpoints: deEndpoints, findings: deFindings, os: deOs, sizing: deSizing, terms: deTerms },
} as const satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];

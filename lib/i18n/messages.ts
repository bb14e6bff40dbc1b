// The engine's texts, one JSON file per area and language (ICU message syntax, as the UI's next-intl
// catalogs). A new area adds one import per language here; lib/i18n/completeness.test.ts keeps en and de in step.
// The `type: "json"` attribute lets Playwright's ESM loader import the engine in e2e specs.
import deCertificate from "./de/certificate.json" with { type: "json" };
import deChecklist from "./de/checklist.json" with { type: "json" };
import deEditions from "./de/editions.json" with { type: "json" };
import deEndpoints from "./de/endpoints.json" with { type: "json" };
import deFiles from "./de/files.json" with { type: "json" };
import deFindings from "./de/findings.json" with { type: "json" };
import deGraph from "./de/graph.json" with { type: "json" };
import deOs from "./de/os.json" with { type: "json" };
import deReport from "./de/report.json" with { type: "json" };
import deSizing from "./de/sizing.json" with { type: "json" };
import deSources from "./de/sources.json" with { type: "json" };
import deTerms from "./de/terms.json" with { type: "json" };
import enCertificate from "./en/certificate.json" with { type: "json" };
import enChecklist from "./en/checklist.json" with { type: "json" };
import enEditions from "./en/editions.json" with { type: "json" };
import enEndpoints from "./en/endpoints.json" with { type: "json" };
import enFiles from "./en/files.json" with { type: "json" };
import enFindings from "./en/findings.json" with { type: "json" };
import enGraph from "./en/graph.json" with { type: "json" };
import enOs from "./en/os.json" with { type: "json" };
import enReport from "./en/report.json" with { type: "json" };
import enSizing from "./en/sizing.json" with { type: "json" };
import enSources from "./en/sources.json" with { type: "json" };
import enTerms from "./en/terms.json" with { type: "json" };
import type { Locale } from "./locales";

export const MESSAGES = {
  en: {
    checklist: enChecklist,
    editions: enEditions,
    endpoints: enEndpoints,
    files: enFiles,
    findings: enFindings,
    graph: enGraph,
    os: enOs,
    report: enReport,
    sizing: enSizing,
    sources: enSources,
    terms: enTerms,
    certificate: enCertificate,
  },
  de: {
    checklist: deChecklist,
    editions: deEditions,
    endpoints: deEndpoints,
    files: deFiles,
    findings: deFindings,
    graph: deGraph,
    os: deOs,
    report: deReport,
    sizing: deSizing,
    sources: deSources,
    terms: deTerms,
    certificate: deCertificate,
  },
} as const satisfies Record<Locale, Record<string, unknown>>;

export type Messages = (typeof MESSAGES)["en"];

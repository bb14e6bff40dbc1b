// facts.md's source key (S0 … S18) plus the few pages a fact names directly, as public addresses a reader can open.
import type { Source } from "./sources";

const LEARN = "https://learn.microsoft.com/en-us";
const PREREQUISITES_EN = `${LEARN}/mem/intune/protect/microsoft-tunnel-prerequisites`;
const PREREQUISITES_LIVE = `${LEARN}/intune/intune-service/protect/microsoft-tunnel-prerequisites`;
const PREREQUISITES_TITLE = {
  en: "Prerequisites for Microsoft Tunnel in Intune",
  de: "Voraussetzungen für Microsoft Tunnel in Intune",
};
const CONFIGURE_TITLE = {
  en: "Configure Microsoft Tunnel for Intune",
  de: "Konfigurieren von Microsoft Tunnel für Intune",
};

const REGISTRY = [
  {
    id: "S0",
    title: PREREQUISITES_TITLE,
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: "https://learn.microsoft.com/de-de/mem/intune/protect/microsoft-tunnel-prerequisites",
    anchorBase: PREREQUISITES_EN,
    edition: "2024-10-24",
    language: "de",
    note: {
      en: "The German page this app is built from; section links open its English twin.",
      de: "Die deutsche Seite, auf der diese App beruht; Abschnittslinks öffnen die englische Fassung derselben Ausgabe.",
    },
  },
  {
    id: "S1",
    title: PREREQUISITES_TITLE,
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: PREREQUISITES_EN,
    edition: "2024-10-24",
    language: "en",
    note: {
      en: "English twin of the source document (same edition).",
      de: "Englische Fassung des Quelldokuments (gleiche Ausgabe).",
    },
  },
  {
    id: "S1b",
    title: PREREQUISITES_TITLE,
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: PREREQUISITES_LIVE,
    edition: "2025-03-27",
    note: {
      en: "A newer edition of the prerequisites page.",
      de: "Eine neuere Ausgabe der Seite mit den Voraussetzungen.",
    },
  },
  {
    id: "S1c",
    title: PREREQUISITES_TITLE,
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: PREREQUISITES_EN,
    edition: "2022-08-15",
    note: {
      en: "An older edition of the prerequisites page.",
      de: "Eine ältere Ausgabe der Seite mit den Voraussetzungen.",
    },
  },
  {
    id: "S2",
    title: CONFIGURE_TITLE,
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: `${LEARN}/mem/intune/protect/microsoft-tunnel-configure`,
    edition: "2024-10-31",
  },
  {
    id: "S2b",
    title: CONFIGURE_TITLE,
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: `${LEARN}/intune/intune-service/protect/microsoft-tunnel-configure`,
    edition: "2025-03-06",
  },
  {
    id: "S3",
    title: { en: "Monitor Microsoft Tunnel", de: "Microsoft Tunnel überwachen" },
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: `${LEARN}/mem/intune/protect/microsoft-tunnel-monitor`,
    edition: "2024-01-23",
  },
  {
    id: "S4",
    title: { en: "Reference for Microsoft Tunnel Gateway", de: "Referenz für Microsoft Tunnel Gateway" },
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: `${LEARN}/intune/intune-service/protect/microsoft-tunnel-reference`,
    edition: "2024-01-12",
  },
  {
    id: "S5",
    title: {
      en: "Upgrade Microsoft Tunnel for Microsoft Intune",
      de: "Upgrade von Microsoft Tunnel für Microsoft Intune",
    },
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: `${LEARN}/intune/intune-service/protect/microsoft-tunnel-upgrade`,
    edition: "2025-02-12",
  },
  {
    id: "S6",
    title: {
      en: "Microsoft Tunnel for Microsoft Intune (overview)",
      de: "Microsoft Tunnel für Microsoft Intune (Übersicht)",
    },
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: `${LEARN}/mem/intune/protect/microsoft-tunnel-overview`,
    edition: "2022-11-17",
  },
  {
    id: "S7",
    title: {
      en: "microsoftTunnelConfiguration resource type (Microsoft Graph beta)",
      de: "Ressourcentyp microsoftTunnelConfiguration (Microsoft Graph beta)",
    },
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: `${LEARN}/graph/api/resources/intune-mstunnel-microsofttunnelconfiguration?view=graph-rest-beta`,
    edition: "2024-08-01",
  },
  {
    id: "S8",
    title: {
      en: "Microsoft Artifact Registry (MAR) Client Firewall Rules Configuration",
      de: "Firewallregeln für Clients der Microsoft-Artefaktregistrierung (MAR)",
    },
    publisher: "Microsoft (GitHub)",
    kind: "microsoft",
    url: "https://github.com/microsoft/containerregistry/blob/main/docs/client-firewall-rules.md",
  },
  {
    id: "S9",
    title: {
      en: "mst-readiness, the Microsoft Tunnel readiness tool",
      de: "mst-readiness, das Bereitschaftstool für Microsoft Tunnel",
    },
    publisher: "Microsoft",
    kind: "microsoft",
    url: "https://aka.ms/microsofttunnelready",
    note: {
      en: "The script itself: what it checks was read from its code.",
      de: "Das Skript selbst: Was es prüft, ist seinem Code entnommen.",
    },
  },
  {
    id: "S10",
    title: {
      en: "mstunnel-setup, the Microsoft Tunnel installation script",
      de: "mstunnel-setup, das Installationsskript für Microsoft Tunnel",
    },
    publisher: "Microsoft",
    kind: "microsoft",
    url: "https://aka.ms/microsofttunneldownload",
    note: {
      en: "The script itself: what it checks was read from its code.",
      de: "Das Skript selbst: Was es prüft, ist seinem Code entnommen.",
    },
  },
  {
    id: "S11",
    title: { en: "What's new in Microsoft Intune", de: "Neuerungen in Microsoft Intune" },
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: `${LEARN}/mem/intune/fundamentals/whats-new`,
  },
  {
    id: "S12",
    title: {
      en: "Microsoft support wiki pages on Microsoft Tunnel (imported copy)",
      de: "Microsoft-Support-Wikiseiten zu Microsoft Tunnel (importierte Kopie)",
    },
    publisher: "Unpublished",
    kind: "community",
    url: null,
    note: {
      en: "Not published by Microsoft and not publicly available; a secondary source: verify before relying on it.",
      de: "Nicht von Microsoft veröffentlicht und nicht öffentlich zugänglich; eine Sekundärquelle: vor Verwendung prüfen.",
    },
  },
  {
    id: "S13",
    title: {
      en: "Microsoft Tunnel Gateway — Reference Runbook (community)",
      de: "Microsoft Tunnel Gateway — Reference Runbook (Community)",
    },
    publisher: "Community",
    kind: "community",
    url: null,
    note: {
      en: "A community summary of the Learn pages; not publicly available; verify before relying on it.",
      de: "Eine Community-Zusammenfassung der Learn-Seiten; nicht öffentlich zugänglich; vor Verwendung prüfen.",
    },
  },
  {
    id: "S14",
    title: {
      en: "MTGDiag: Microsoft Tunnel readiness and diagnostics script (community)",
      de: "MTGDiag: Bereitschafts- und Diagnoseskript für Microsoft Tunnel (Community)",
    },
    publisher: "Community",
    kind: "community",
    url: null,
    note: {
      en: "A community script; not publicly available; verify before relying on it.",
      de: "Ein Community-Skript; nicht öffentlich zugänglich; vor Verwendung prüfen.",
    },
  },
  {
    id: "S15",
    title: {
      en: "imabdk/Microsoft-Tunnel-Gateway: community setup scripts for Ubuntu",
      de: "imabdk/Microsoft-Tunnel-Gateway: Community-Einrichtungsskripte für Ubuntu",
    },
    publisher: "GitHub (community)",
    kind: "community",
    url: "https://github.com/imabdk/Microsoft-Tunnel-Gateway",
  },
  {
    id: "S16",
    title: {
      en: "User reports on the Microsoft Tunnel pages (MicrosoftDocs/memdocs issues and pull requests)",
      de: "Meldungen von Benutzern zu den Microsoft Tunnel-Seiten (MicrosoftDocs/memdocs, Issues und Pull Requests)",
    },
    publisher: "GitHub (community)",
    kind: "community",
    url: "https://github.com/MicrosoftDocs/memdocs",
  },
  {
    id: "S17",
    title: {
      en: "Prerequisites for Microsoft Tunnel in Intune (2025–2026 editions)",
      de: "Voraussetzungen für Microsoft Tunnel in Intune (Ausgaben 2025–2026)",
    },
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: PREREQUISITES_LIVE,
  },
  {
    id: "S18",
    title: {
      en: "Ballot SC-081v3: Introduce Schedule of Reducing Validity and Data Reuse Periods",
      de: "Ballot SC-081v3: Zeitplan für kürzere Gültigkeits- und Wiederverwendungszeiträume",
    },
    publisher: "CA/Browser Forum",
    kind: "cabf",
    url: "https://cabforum.org/2025/04/11/ballot-sc081v3-introduce-schedule-of-reducing-validity-and-data-reuse-periods/",
    edition: "2025-04-11",
  },
  {
    id: "apple-102028",
    title: {
      en: "About upcoming limits on trusted certificates",
      de: "Informationen zu bevorstehenden Beschränkungen für vertrauenswürdige Zertifikate",
    },
    publisher: "Apple Support",
    kind: "other",
    url: "https://support.apple.com/en-us/102028",
  },
  {
    id: "mam-ios-sdk",
    title: {
      en: "Microsoft Tunnel for MAM iOS SDK developer guide",
      de: "Entwicklerhandbuch zum iOS SDK für Microsoft Tunnel für MAM",
    },
    publisher: "Microsoft Learn",
    kind: "microsoft",
    url: `${LEARN}/mem/intune/developer/tunnel-mam-ios-sdk`,
  },
  {
    id: "rhel-selinux",
    title: {
      en: "Red Hat Enterprise Linux 8: Using SELinux",
      de: "Red Hat Enterprise Linux 8: Using SELinux (englisch)",
    },
    publisher: "Red Hat",
    kind: "red-hat",
    url: "https://access.redhat.com/documentation/en-us/red_hat_enterprise_linux/8/html/using_selinux/index",
    note: {
      en: "General RHEL documentation on SELinux port types; the Tunnel pages show the port list only as a screenshot.",
      de: "Allgemeine RHEL-Dokumentation zu SELinux-Porttypen; die Tunnel-Seiten zeigen die Portliste nur als Screenshot.",
    },
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof REGISTRY)[number]["id"];
export const SOURCES: readonly (Source & { readonly id: SourceId })[] = REGISTRY;
export const SOURCE_IDS: readonly SourceId[] = SOURCES.map((s) => s.id);

const byId = new Map<string, Source>(SOURCES.map((s) => [s.id, s]));
export const findSource = (id: string): Source | undefined => byId.get(id);

// The [EXTRA] and [EXTRA-2nd] facts the code cites: the official page and section each comes from, or the
// secondary source it rests on (labelled as such wherever it is shown). Headings are the English pages' own.
import type { Citation, FactSources, Section } from "./sources";
import type { SourceId } from "./sources-registry";

const S2_SECTIONS = {
  serverConfiguration: { en: "Create a Server configuration" },
  site: { en: "Create a Site" },
  installScript: { en: "Use the script to install Microsoft Tunnel" },
  rootless: { en: "Use a rootless Podman container" },
  android: { en: "Android" },
  ios: { en: "iOS" },
  renewCertificate: { en: "Update the TLS certificate on the Linux server" },
} as const satisfies Record<string, Section>;

const at = (source: SourceId, section?: Section, edition?: string): Citation => ({
  source,
  ...(section ? { section } : {}),
  ...(edition ? { edition } : {}),
});
const extra = (fact: number, ...cites: Citation[]): FactSources => ({ fact, tag: "extra", cites });
const secondary = (fact: number, ...cites: Citation[]): FactSources => ({ fact, tag: "extra-2nd", cites });

const OVERVIEW = { en: "Overview of Microsoft Tunnel" };
const ARCHITECTURE = { en: "Architecture" };
const HEALTH_CHECKS = { en: "Use the admin center UI" };
const GRAPH_PROPERTIES = { en: "Properties" };
const READINESS_SCRIPT = (what: string): Section => ({ en: what, anchor: null });

export const EXTRA_FACT_SOURCES: readonly FactSources[] = [
  extra(12, at("S2", S2_SECTIONS.installScript), at("S2b", S2_SECTIONS.installScript)),
  extra(13, at("S4", { en: "Docker commands" })),
  extra(21, at("S1b", { en: "Linux server" })),
  extra(25, at("S10", READINESS_SCRIPT("Container runtime checks"))),
  extra(27, at("S2", S2_SECTIONS.installScript)),
  extra(31, at("S4", { en: "Example of admin-settings.json" })),
  extra(32, at("S3", HEALTH_CHECKS)),
  extra(33, at("S3", HEALTH_CHECKS)),
  extra(34, at("S2", S2_SECTIONS.rootless)),
  extra(39, at("S1b", { en: "Linux server" }), at("apple-102028")),
  extra(46, at("S2", S2_SECTIONS.installScript)),
  extra(47, at("S2", S2_SECTIONS.installScript)),
  extra(48, at("S2", S2_SECTIONS.renewCertificate), at("S2b", S2_SECTIONS.renewCertificate)),
  secondary(49, at("S12")),
  extra(52, at("S6", ARCHITECTURE)),
  extra(53, at("S2", S2_SECTIONS.serverConfiguration), at("S7", GRAPH_PROPERTIES)),
  secondary(62, { source: "S16", url: "https://github.com/MicrosoftDocs/memdocs/pull/4865" }),
  extra(66, at("S1b", { en: "Linux system auditing" }), at("S9", READINESS_SCRIPT("utils"))),
  secondary(84, at("S12")),
  extra(85, at("S2", S2_SECTIONS.site)),
  extra(86, at("S6", ARCHITECTURE)),
  extra(88, at("S7", GRAPH_PROPERTIES)),
  extra(89, at("S2", S2_SECTIONS.rootless)),
  secondary(91, at("S15")),
  extra(94, at("S9", READINESS_SCRIPT("network"))),
  extra(97, at("S8", { en: "Configuring Client Firewall Rules" })),
  extra(98, at("S8", { en: "Configuring Client Firewall Rules" })),
  extra(99, at("S8", { en: "Service Tag Usage" })),
  extra(112, at("rhel-selinux")),
  extra(114, at("S1b", { en: "Proxy" })),
  extra(116, at("S2", S2_SECTIONS.rootless)),
  extra(119, at("S9", READINESS_SCRIPT("network"))),
  secondary(120, at("S12")),
  secondary(125, at("S12")),
  extra(126, at("S17", { en: "Platforms" }, "2026-03-27"), at("S13")),
  extra(130, at("S2", S2_SECTIONS.android)),
  extra(132, at("S6", OVERVIEW)),
  extra(134, at("S2", S2_SECTIONS.ios)),
  extra(136, at("S6", ARCHITECTURE)),
  extra(139, at("S9", READINESS_SCRIPT("account"))),
  extra(140, at("S7")),
  extra(147, at("S9", READINESS_SCRIPT("utils"))),
  extra(151, at("S2", S2_SECTIONS.serverConfiguration)),
  extra(152, at("S2", S2_SECTIONS.serverConfiguration)),
  extra(153, at("S2", S2_SECTIONS.serverConfiguration)),
  extra(154, at("S6", OVERVIEW)),
  extra(159, at("S2", S2_SECTIONS.site), at("S5", { en: "Use upgrade controls" })),
  extra(161, at("S6", OVERVIEW)),
  extra(163, at("S2", S2_SECTIONS.rootless)),
  extra(164, at("S2", S2_SECTIONS.rootless)),
  extra(165, at("S2", S2_SECTIONS.rootless)),
  extra(167, at("S2")),
  extra(168, at("S2", S2_SECTIONS.installScript)),
  extra(169, at("S2", S2_SECTIONS.installScript)),
  extra(172, at("S3", HEALTH_CHECKS)),
  extra(186, at("S5")),
  extra(195, at("S18", { en: "TLS Baseline Requirements, section 6.3.2", anchor: null })),
];

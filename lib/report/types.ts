// The report of plan-format.md §2: everything derived from a plan. Field names are public.
import type { FindingId } from "@/lib/catalog/findings";

export type Severity = "blocker" | "warning" | "info";

export type Finding = {
  id: FindingId;
  severity: Severity;
  title: string;
  detail: string;
  /** The plan field to fix, e.g. "serverProxy.authenticated" or "sites.0.publicAddress". */
  field: string;
  /** What to do about it. */
  action: string;
  /** The fact behind the rule, e.g. "facts#104". */
  fact: string;
  /** Machine-readable proposal, e.g. { bridgeCidr: "192.168.128.0/24" } for bridge-overlap. */
  suggestion?: Record<string, string | number>;
};

export type SiteSizing = {
  name: string;
  devices: number;
  peakConnections: number;
  /** Includes the spare. */
  servers: number;
  spareServers: number;
  cpusPerServer: number;
  memoryGbPerServer: number;
  diskGbPerServer: number;
  reasoning: string[];
};

export type Sizing = {
  sites: SiteSizing[];
  totals: { servers: number; cpus: number; memoryGb: number; diskGb: number };
};

export type OsStatus = "supported" | "end-of-support" | "unsupported";

export type OsReport = {
  distro: string;
  container: "docker" | "podman";
  /** The version the edition's table names ("4.9.4-rhel", "5.8.2+"; Docker rows: "Docker CE 19.03 or later"). */
  containerVersion: string | null;
  /**
   * What the server's runtime must be (facts#14: only the listed container versions are supported):
   * `exact` = one of `versions`; `at-least` = `versions[0]` or later ("5.8.2+", Docker CE 19.03+, facts#17).
   * null when the runtime does not match the table or the distribution has no row.
   */
  containerRequirement: { runtime: "docker" | "podman"; versions: string[]; rule: "exact" | "at-least" } | null;
  status: OsStatus;
  /** Last day of support (ISO date) when the catalog names one, else null; RHEL 9.0 gives the earlier of two. */
  supportEnds: string | null;
  notes: string[];
};

export type Protocol = "tcp" | "udp";
export type InboundPort = { protocol: Protocol; port: number; required: boolean; purpose: string; fact: string };
/** `via`: the proxy the connection goes through (the firewall then allows the proxy, the proxy these destinations). */
export type OutboundPort = InboundPort & { destinations: string[]; via?: string };
/** Traffic the clients send through the tunnel, leaving the server's internal side (port null = what the apps use). */
export type InternalFlow = { protocol: Protocol | "any"; port: number | null; required: boolean; purpose: string; destinations: string[]; fact: string };
export type Ports = { inbound: InboundPort[]; outbound: OutboundPort[]; internal: InternalFlow[] };

export type Fqdn = {
  host: string;
  purpose: string;
  required: boolean;
  /** Where the entry comes from: the documented list, MAR rules, or only the readiness tool (facts §2 item 20). */
  source: "documented" | "mar" | "readiness-tool";
  fact: string;
};

export type GeneratedFile = { path: string; content: string; purpose: string };

export type ChecklistOwner = "intune" | "linux" | "network" | "pki" | "security";

export type ChecklistItem = {
  id: string;
  /** Stable phase id (licensing, server, network, certificate, proxy, readiness, install, afterInstall, devices). */
  phaseId: string;
  /** The phase's name in the plan's language. */
  phase: string;
  owner: ChecklistOwner;
  title: string;
  detail: string;
  fact: string;
};

/** Which edition of Microsoft's requirements the report used (plan-format §4.2). */
export type CatalogInfo = {
  edition: string;
  /** The edition's date (its ms.date). */
  asOf: string;
  source: string;
  newest: string;
  /** What editions.md says limits trust in this edition (dating, reconstruction), in words. */
  caveats: string[];
};

/** One difference between the plan's edition and the newest (plan-format §4.2). */
export type EditionChange = {
  id: string;
  kind: "distro-added" | "distro-removed" | "support-end-announced" | "container-version-changed" | "rule-changed";
  subject: string;
  before: string;
  after: string;
  /** The first edition that shows the new value. */
  edition: string;
  affectsPlan: boolean;
  source: { repo: string; path: string; commit: string };
};

export type Report = {
  schemaVersion: 1;
  catalog: CatalogInfo;
  editionChanges: EditionChange[];
  sizing: Sizing;
  os: OsReport;
  ports: Ports;
  fqdns: Fqdn[];
  findings: Finding[];
  files: GeneratedFile[];
  checklist: ChecklistItem[];
};

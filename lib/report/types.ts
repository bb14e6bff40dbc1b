// The report of plan-format.md §2: everything derived from a plan. Field names are public.
import type { FindingId } from "@/lib/catalog/findings";
import type { SourceRef } from "@/lib/catalog/sources-refs";

export type { SourceRef } from "@/lib/catalog/sources-refs";

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
  /** The fact behind the rule, e.g. "facts#104" (internal key; people see `source`). */
  fact: string;
  /** Where the requirement comes from: page, section and deep link, in the plan's language. */
  source?: SourceRef[];
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
  containerVersion: string | null;
  status: OsStatus;
  /** Last day of support (ISO date) when the catalog names one, else null; RHEL 9.0 gives the earlier of two. */
  supportEnds: string | null;
  notes: string[];
};

export type Protocol = "tcp" | "udp";
export type InboundPort = { protocol: Protocol; port: number; required: boolean; purpose: string; fact: string };
export type OutboundPort = InboundPort & { destinations: string[] };
export type Ports = { inbound: InboundPort[]; outbound: OutboundPort[] };

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
  phase: string;
  owner: ChecklistOwner;
  title: string;
  detail: string;
  fact: string;
  /** Where the step comes from: page, section and deep link, in the plan's language. */
  source?: SourceRef[];
};

export type Report = {
  schemaVersion: 1;
  catalog: { asOf: string; source: string };
  sizing: Sizing;
  os: OsReport;
  ports: Ports;
  fqdns: Fqdn[];
  findings: Finding[];
  files: GeneratedFile[];
  checklist: ChecklistItem[];
};

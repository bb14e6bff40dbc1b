// The report (plan-format §2): everything the engine derives from a plan. Public names; add, never rename.
export type Severity = "blocker" | "warning" | "info";
export type Owner = "intune" | "linux" | "network" | "pki" | "security";
export type OsStatus = "supported" | "end-of-support" | "unsupported";

export interface SiteSizing {
  name: string;
  devices: number;
  peakConnections: number;
  /** Includes the spare server. */
  servers: number;
  spareServers: number;
  cpusPerServer: number;
  memoryGbPerServer: number;
  diskGbPerServer: number;
  reasoning: string[];
}

export interface Sizing {
  sites: SiteSizing[];
  totals: { servers: number; cpus: number; memoryGb: number; diskGb: number };
}

export interface OsReport {
  distro: string;
  container: "docker" | "podman";
  containerVersion: string;
  status: OsStatus;
  /** ISO date of the last supported day, or null when no end is announced. */
  supportEnds: string | null;
}

export interface PortRule {
  protocol: "tcp" | "udp";
  port: number;
  required: boolean;
  purpose: string;
  destinations?: string[];
}

export interface FqdnEntry {
  host: string;
  purpose: string;
  required: boolean;
  /** Why it is on the list: the documented list, the MAR rules, or the readiness tool probes it. */
  source?: "documented" | "mar" | "readiness-probe";
  fact?: string;
}

export interface Finding {
  id: string;
  severity: Severity;
  title: string;
  detail: string;
  /** Plan path the finding is about, e.g. "sites.0.port". */
  field: string;
  fact?: string;
  /** Machine-readable proposal, e.g. a free bridge CIDR. */
  suggestion?: string;
}

export interface GeneratedFile {
  path: string;
  content: string;
  purpose: string;
}

export interface ChecklistItem {
  id: string;
  phase: string;
  owner: Owner;
  title: string;
  detail: string;
  fact?: string;
}

export interface Report {
  schemaVersion: 1;
  catalog: { asOf: string; source: string };
  sizing: Sizing;
  os: OsReport;
  ports: { inbound: PortRule[]; outbound: PortRule[] };
  fqdns: FqdnEntry[];
  findings: Finding[];
  files: GeneratedFile[];
  checklist: ChecklistItem[];
}

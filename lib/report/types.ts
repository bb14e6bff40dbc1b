// The report of plan-format.md §2: everything derived from a plan. Field names are public.
import type { FindingId } from "@/lib/catalog/findings";
import type { SourceRef } from "@/lib/catalog/sources-refs";

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
export type InternalFlow = {
  protocol: Protocol | "any";
  port: number | null;
  required: boolean;
  purpose: string;
  destinations: string[];
  fact: string;
};
export type Ports = { inbound: InboundPort[]; outbound: OutboundPort[]; internal: InternalFlow[] };

export type Fqdn = {
  host: string;
  purpose: string;
  required: boolean;
  /** Where the entry comes from: the documented list, MAR rules, or only the readiness tool (facts §2 item 20). */
  source: "documented" | "mar" | "readiness-tool" | "certificate";
  fact: string;
  /** TCP ports to allow; absent = 443 (HTTPS). The loaded certificate's OCSP/CRL hosts name their own (facts#44). */
  ports?: number[];
};

/** script: run it (0755); config: a file or lines for the server; list: data for other teams; doc: read it. */
export type GeneratedFileKind = "script" | "config" | "list" | "doc";

export type GeneratedFile = { path: string; content: string; purpose: string; kind: GeneratedFileKind };

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
  /** Where the step comes from: page, section and deep link, in the plan's language. */
  source?: SourceRef[];
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
  /** Every decision the server files need, made once; lib/files only renders it (issue 12). */
  setup: Setup;
  files: GeneratedFile[];
  checklist: ChecklistItem[];
};

export type SetupFirewall = "firewalld" | "ufw" | "nftables" | "iptables" | "none";

export type SetupSite = {
  /** The site name as a safe word (a-z, 0-9, -), unique in the plan: the scripts' --site value. */
  key: string;
  name: string;
  publicAddress: string;
  /** Inbound ports of this site's servers only: each server joins exactly one site (facts#161). */
  tcpPorts: number[];
  udpPorts: number[];
  cpus: number;
  memoryGb: number;
  diskGb: number;
};

export type SetupRuntime = {
  name: "docker" | "podman";
  rootless: boolean;
  /** The versions the plan's edition lists (report.os.containerRequirement): a Podman row names its version(s), Docker rows only "Docker CE" (19.03 or later); null when the runtime is not the distro's. */
  version: { values: string[]; match: "exact" | "at-least" } | null;
  podmanMajor: number | null;
  /** How prepare-server.sh installs it when it is missing. */
  install: "docker-ce-apt" | "docker-ce-yum" | "podman";
  /** Where images and containers live: the disk the preflight measures. */
  storagePath: string;
};

export type SetupBridge = {
  /** The runtime's default bridge network. */
  default: string;
  /** The network the bridge should have: the default, the plan's custom one, or a free range when the default overlaps. */
  target: string;
  change: "none" | "custom" | "default-overlaps";
  /** docker: daemon.json bip; podman-detect: CNI or netavark, read on the server (Podman 4); netavark: Podman 5 has no CNI. */
  backend: "docker" | "podman-detect" | "netavark";
  /** First host address of the target: Docker's bip and the Podman gateway. */
  gateway: string;
  prefix: number;
};

export type SetupProxy = { url: string; host: string; port: number; noProxy: string[] };

export type SetupPackage = { name: string; reason: "readiness" | "auditd" | "firewall" | "selinux"; fact: string };

export type SetupFileId =
  | "sysctl"
  | "modules-load"
  | "apt-proxy"
  | "package-proxy-lines"
  | "environment-lines"
  | "docker-proxy-dropin"
  | "podman-proxy-profile"
  | "env-sh-lines"
  | "monitor-dropin"
  | "nft-ruleset"
  | "prepare-server"
  | "preflight"
  | "firewall-script"
  | "change-bridge"
  | "bridge-template"
  | "cloud-azure"
  | "cloud-aws"
  | "selinux-proxy-port"
  | "install-auditd"
  | "allowlists"
  | "squid"
  | "readme";

export type Setup = {
  os: {
    distro: string;
    family: "ubuntu" | "rhel" | "centos";
    /** /etc/os-release ID and VERSION_ID the scripts expect (VERSION_ID may add a minor, e.g. 7 → 7.9). */
    osReleaseId: string;
    versionId: string;
    packageManager: "apt" | "dnf" | "yum";
  };
  runtime: SetupRuntime;
  /** Packages prepare-server.sh installs when missing (the runtime is separate). */
  packages: SetupPackage[];
  /** Kernel modules loaded now and at every boot. */
  modules: { name: "ip_tables" | "tun" | "nf_conntrack"; fact: string }[];
  sysctl: { key: string; value: string; fact: string }[];
  firewall: {
    manager: SetupFirewall;
    /** Other firewall front-ends the scripts turn off when active, saying so: two managers both filter, and the other keeps rejecting the Tunnel port. */
    disableIfActive: ("firewalld" | "ufw")[];
    /** SSH on the host firewall: sources empty with enabled = from anywhere (the cloud scripts never open that). */
    ssh: { enabled: boolean; sources: string[] };
  };
  sites: SetupSite[];
  cloud: "azure" | "aws" | null;
  bridge: SetupBridge;
  clientPool: string;
  proxy: SetupProxy | null;
  selinux: { mode: "enforcing" | "permissive" | "disabled" | null; proxyPortLabel: number | null };
  auditd: boolean;
  /** revocation: the plan's certificate is checked through OCSP/CRL (its hosts must be reachable, facts#44); hosts when known. */
  certificate: { format: "pem" | "pfx"; maxValidityDays: number; revocation: boolean; revocationHosts: string[] };
  /** Concrete hosts for outbound checks: a wildcard cannot be probed, so each gets the hosts the readiness tool probes. */
  probeHosts: string[];
  files: SetupFileId[];
};

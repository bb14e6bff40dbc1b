/**
 * What the builders read from the plan and the report. Structural subsets of `Plan` and `Report`
 * (plan-format.md §1, §2), so the builders stay independent of how the engine builds its types.
 */

export type Firewall = "auto" | "firewalld" | "ufw" | "nftables" | "iptables" | "none";

export interface FilesPlan {
  readonly name: string;
  readonly sites: readonly {
    readonly name: string;
    readonly publicAddress: string;
    readonly port: number;
    readonly disableUdp: boolean;
  }[];
  readonly server: {
    readonly distro: string;
    readonly rootlessPodman: boolean;
    readonly cpuArch: string;
    readonly hosting: string;
    readonly selinux: string;
    readonly firewall: Firewall;
    readonly ssh: { readonly enabled: boolean; readonly sourceCidrs: readonly string[] };
    readonly auditd: boolean;
  };
  readonly network: {
    readonly internalCidrs: readonly string[];
    readonly clientPool: string;
    readonly dnsServers: readonly string[];
    readonly splitTunnel: { readonly include: readonly string[]; readonly exclude: readonly string[] };
    readonly bridgeCidr: string | null;
  };
  readonly tls: {
    readonly subjectNames: readonly string[];
    readonly issuer: string;
    readonly format: string;
    readonly validityDays: number;
    readonly keyAlgorithm: string;
    readonly keyBits: number;
    readonly revocation: string;
  };
  readonly serverProxy: {
    readonly mode: string;
    readonly address: string;
    readonly port: number;
    readonly noProxy: readonly string[];
  };
}

export interface FilesReport {
  readonly os: { readonly distro: string; readonly container: string };
  readonly sizing: {
    readonly sites: readonly {
      readonly name: string;
      readonly cpusPerServer: number;
      readonly memoryGbPerServer: number;
      readonly diskGbPerServer: number;
    }[];
  };
  readonly fqdns: readonly { readonly host: string; readonly purpose: string; readonly required: boolean; readonly ports?: readonly number[] }[];
  /** `suggestion` is machine-readable, e.g. `{ bridgeCidr: "192.168.128.0/24" }` from `bridge-overlap`. */
  readonly findings: readonly { readonly id: string; readonly suggestion?: Readonly<Record<string, string | number>> }[];
}

export interface GeneratedFileOut {
  path: string;
  content: string;
  purpose: string;
}

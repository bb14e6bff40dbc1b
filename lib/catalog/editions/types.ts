// The shape of one edition of Microsoft's prerequisites page as catalog data (editions.md §1.2).
import type { DistroId } from "../distros";
import type { ContainerRuntime } from "../options";
import type { EditionId } from "./ids";

/** "ip_tables": the release does not load ip_tables itself; "podman-v3": Podman v3 containers are unusable later (facts#16). */
export type DistroNote = "ip_tables" | "podman-v3";

/** A "Support ends <month>" note as the page prints it: the month and the table column it stands in (facts §2 item 2). */
export type SupportEnd = { readonly month: string; readonly column: "container" | "considerations" };

/** One row of an edition's "Supported Linux distributions" table. */
export type DistroRow = {
  readonly distro: DistroId;
  readonly runtime: ContainerRuntime;
  /** The container version exactly as printed ("4.6.1.", "5.8.2+"); null for the Docker CE rows, which name none. */
  readonly version: string | null;
  /** Other versions the same cell lists (RHEL 8.6: Podman 3.0). */
  readonly alsoListed?: readonly string[];
  /** The page marks the version "(default)". */
  readonly markedDefault: boolean;
  readonly supportEnds: readonly SupportEnd[];
  readonly notes: readonly DistroNote[];
  /** No primary source confirms the row (editions.md: the 2026-09-03 RHEL 10.1/10.2 rows). */
  readonly unverified?: boolean;
};

export type TlsRules = {
  /** facts#38: at most two years for every certificate (iOS rejects longer ones). */
  readonly maxDaysAll: number;
  /** facts#39: iOS, certificates from public (preinstalled) roots; null where the edition does not state it. */
  readonly maxDaysPublicIos: number | null;
  /** facts#39: iOS, certificates from user- or admin-added roots. */
  readonly maxDaysUserOrAdminRoot: number | null;
  /** facts#39: Android, a recommendation for public certificates. */
  readonly recommendedMaxDaysPublicAndroid: number | null;
  /** facts#45: the key size minimum; null where the edition states none (2024-09-06). */
  readonly minKeyBits: number | null;
};

export type GovClouds = {
  readonly supported: readonly ("gcc-high" | "dod")[];
  readonly unsupported: readonly "21vianet"[];
};

/** Everything besides the table that an edition states and a rule reads. */
export type EditionRules = {
  readonly tls: TlsRules;
  /** The page's own FQDN list (the MAR client firewall rules are referenced by every edition). */
  readonly fqdns: readonly string[];
  /** facts#121, facts#126: Android minimum for Tunnel itself (null = none stated) and for the device proxy. */
  readonly android: { readonly tunnelMin: number | null; readonly deviceProxyMin: number };
  readonly govClouds: GovClouds | null;
  /** From 2025-04-15a the page names the Intune Administrator role and an Intune license for the installing account. */
  readonly installerAccount: boolean;
  /** facts#3: how the page words Tunnel for MAM licensing. */
  readonly mamLicensing: "none" | "plan2-addon" | "additional-licensing";
  /** facts#63, facts#66: the "Linux system auditing" section. */
  readonly auditd: "none" | "recommended" | "recommended-before-setup";
};

export type RuleKey = keyof EditionRules;

export type EditionSource = { readonly repo: string; readonly path: string; readonly commit: string };

/** What editions.md says about how far an edition can be trusted. */
export type EditionCaveat = "dating" | "reconstructed";

/** A change from the edition before (in derivation order) to this one; the resolver applies them in order. */
export type EditionChange =
  | { readonly kind: "distro-added"; readonly row: DistroRow }
  | { readonly kind: "distro-removed"; readonly distro: DistroId }
  | { readonly kind: "support-end-announced"; readonly distro: DistroId; readonly supportEnds: readonly SupportEnd[] }
  | { [K in RuleKey]: { readonly kind: "rule-changed"; readonly rule: K; readonly value: EditionRules[K] } }[RuleKey];

/** An edition as written in the catalog: the source document in full, every other one as changes. */
export type EditionSpec = {
  readonly id: EditionId;
  /** The page's front-matter ms.date (ISO); the content may be later (editions.md §1, §3.5). */
  readonly msDate: string;
  readonly source: EditionSource;
  readonly caveats: readonly EditionCaveat[];
  /** The edition these changes apply to: the one before, or the source document for the one earlier edition. */
  readonly from: EditionId | null;
  readonly changes: readonly EditionChange[];
};

/** An edition with its whole table and rules resolved. */
export type Edition = Omit<EditionSpec, "changes" | "from"> & {
  readonly distros: readonly DistroRow[];
  readonly rules: EditionRules;
  readonly changes: readonly EditionChange[];
};

// Every edition of "Prerequisites for Microsoft Tunnel in Intune" we know (editions.md §3): the source document
// (2024-10-24) in full, each other edition as the changes to the one before it. Ids, versions and months are
// exactly as editions.md's tables give them; lib/catalog/editions/editions.test.ts checks them row by row.
import type { DistroNote, DistroRow, EditionRules, EditionSpec, SupportEnd } from "./types";

const BOTH: readonly DistroNote[] = ["ip_tables", "podman-v3"];
const cons = (month: string): SupportEnd => ({ month, column: "considerations" });
const cont = (month: string): SupportEnd => ({ month, column: "container" });

const podman = (distro: DistroRow["distro"], version: string, extra: Partial<DistroRow> = {}): DistroRow => ({
  distro,
  runtime: "podman",
  version,
  markedDefault: true,
  supportEnds: [],
  notes: BOTH,
  ...extra,
});
const docker = (distro: DistroRow["distro"], supportEnds: readonly SupportEnd[] = []): DistroRow => ({
  distro,
  runtime: "docker",
  version: null,
  markedDefault: false,
  supportEnds,
  notes: [],
});

/** facts#92: the six documented hosts, in every edition. */
export const BASE_FQDNS = [
  "*.sts.windows.net",
  "*.blob.core.windows.net",
  "*.blob.storage.azure.net",
  "*.manage.microsoft.com",
  "login.microsoftonline.com",
  "graph.microsoft.com",
] as const;
export const POWERLIFT = "powerlift-frontdesk.acompli.net";

const MEMDOCS = "MicrosoftDocs/memdocs";
const PATH_2024 = "memdocs/intune/protect/microsoft-tunnel-prerequisites.md";
const PATH_2025A = "memdocs/intune-service/protect/microsoft-tunnel-prerequisites.md";
const PATH_2025B = "intune/intune-service/protect/microsoft-tunnel-prerequisites.md";
const PATH_2026 = "intune/device-security/microsoft-tunnel/prerequisites.md";

/** The source document's table (facts §1.2): every RHEL row 8.6-9.4 carries both notes (facts#16, facts#76). */
export const SOURCE_DISTROS: readonly DistroRow[] = [
  docker("centos-7", [cons("2024-06")]),
  docker("rhel-7", [cons("2024-06")]),
  podman("rhel-8.6", "4.0", { alsoListed: ["3.0"], supportEnds: [cont("2024-06")] }),
  podman("rhel-8.7", "4.2"),
  podman("rhel-8.8", "4.4.1", { markedDefault: false }),
  podman("rhel-8.9", "4.4.1", { markedDefault: false }),
  podman("rhel-8.10", "4.9.4-rhel"),
  // facts §2 item 1: the source states both June 2024 (container column) and Feb 2024 (considerations).
  podman("rhel-9.0", "4.4.1", { supportEnds: [cont("2024-06"), cons("2024-02")] }),
  podman("rhel-9.1", "4.4.1"),
  podman("rhel-9.2", "4.4.1"),
  podman("rhel-9.3", "4.6.1."),
  podman("rhel-9.4", "4.9.4-rhel"),
  docker("ubuntu-20.04"),
  docker("ubuntu-22.04"),
];

export const SOURCE_RULES: EditionRules = {
  // facts#38, facts#45, facts#192: two years for every certificate; keys of at least 2048 bits.
  tls: {
    maxDaysAll: 730,
    maxDaysPublicIos: null,
    maxDaysUserOrAdminRoot: null,
    recommendedMaxDaysPublicAndroid: null,
    minKeyBits: 2048,
  },
  fqdns: BASE_FQDNS,
  // facts#121: device proxy on Android 10 and later; no minimum for Tunnel itself.
  android: { tunnelMin: null, deviceProxyMin: 10 },
  govClouds: null,
  installerAccount: false,
  mamLicensing: "plan2-addon",
  auditd: "recommended",
};

export const EDITION_SPECS: readonly EditionSpec[] = [
  {
    id: "2024-09-06",
    msDate: "2024-09-06",
    source: { repo: MEMDOCS, path: PATH_2024, commit: "e920f3bbf09f5cf9ff7e4309b802e2e8de2f7462" },
    caveats: [],
    from: "2024-10-24",
    // The one edition before the source document: the same table, without the key-size bullet, the MAM note and auditd.
    changes: [
      { kind: "rule-changed", rule: "tls", value: { ...SOURCE_RULES.tls, minKeyBits: null } },
      { kind: "rule-changed", rule: "mamLicensing", value: "none" },
      { kind: "rule-changed", rule: "auditd", value: "none" },
    ],
  },
  {
    id: "2024-10-24",
    msDate: "2024-10-24",
    source: { repo: MEMDOCS, path: PATH_2024, commit: "035927fb" },
    caveats: [],
    from: null,
    changes: [],
  },
  {
    id: "2025-03-04",
    msDate: "2025-03-04",
    source: { repo: MEMDOCS, path: PATH_2025A, commit: "7a5cce4090e8007684eb570c045d7d7de12ac2a8" },
    caveats: [],
    from: "2024-10-24",
    changes: [
      { kind: "distro-removed", distro: "centos-7" },
      { kind: "distro-removed", distro: "rhel-7" },
      { kind: "distro-removed", distro: "rhel-8.6" },
      { kind: "distro-removed", distro: "rhel-9.0" },
      { kind: "distro-removed", distro: "rhel-9.1" },
      { kind: "distro-removed", distro: "ubuntu-20.04" },
      { kind: "support-end-announced", distro: "rhel-8.7", supportEnds: [cons("2025-05")] },
      { kind: "support-end-announced", distro: "rhel-8.8", supportEnds: [cons("2025-05")] },
      { kind: "support-end-announced", distro: "rhel-9.2", supportEnds: [cons("2025-05")] },
      { kind: "distro-added", row: docker("ubuntu-24.04") },
      // facts#39: 398 days for public roots on iOS, 730 for user/admin-added roots, 398 recommended on Android.
      {
        kind: "rule-changed",
        rule: "tls",
        value: {
          maxDaysAll: 730,
          maxDaysPublicIos: 398,
          maxDaysUserOrAdminRoot: 730,
          recommendedMaxDaysPublicAndroid: 398,
          minKeyBits: 2048,
        },
      },
      // facts#9
      { kind: "rule-changed", rule: "govClouds", value: { supported: ["gcc-high", "dod"], unsupported: ["21vianet"] } },
    ],
  },
  {
    id: "2025-03-27",
    msDate: "2025-03-27",
    source: { repo: MEMDOCS, path: PATH_2025A, commit: "112f64f6233d4781fc7122a90294027b5e4c4918" },
    caveats: [],
    from: "2025-03-04",
    changes: [
      { kind: "rule-changed", rule: "govClouds", value: { supported: ["gcc-high"], unsupported: ["21vianet"] } },
      // facts#66: install auditd before mstunnel-setup.
      { kind: "rule-changed", rule: "auditd", value: "recommended-before-setup" },
    ],
  },
  {
    id: "2025-04-15a",
    msDate: "2025-04-15",
    source: { repo: MEMDOCS, path: PATH_2025B, commit: "435df250068d408837e3957526e97387b841e4bd" },
    caveats: ["dating"],
    from: "2025-03-27",
    changes: [
      { kind: "distro-removed", distro: "rhel-8.7" },
      { kind: "distro-removed", distro: "rhel-8.8" },
      { kind: "distro-removed", distro: "rhel-9.2" },
      { kind: "support-end-announced", distro: "rhel-8.9", supportEnds: [cons("2025-11")] },
      { kind: "support-end-announced", distro: "rhel-9.3", supportEnds: [cons("2025-11")] },
      { kind: "support-end-announced", distro: "rhel-9.4", supportEnds: [cons("2025-11")] },
      { kind: "distro-added", row: podman("rhel-9.5", "5.2.2") },
      { kind: "distro-added", row: podman("rhel-9.6", "5.4.0") },
      { kind: "distro-added", row: podman("rhel-10.0", "5.4.0") },
      { kind: "rule-changed", rule: "installerAccount", value: true },
    ],
  },
  {
    id: "2025-04-15b",
    msDate: "2025-04-15",
    source: { repo: MEMDOCS, path: PATH_2025B, commit: "b3edf2e531faed51aca80ae90a573be98fb92fbb" },
    caveats: ["dating"],
    from: "2025-04-15a",
    changes: [{ kind: "rule-changed", rule: "fqdns", value: [...BASE_FQDNS, POWERLIFT] }],
  },
  {
    id: "2026-03-27",
    msDate: "2026-03-27",
    source: { repo: MEMDOCS, path: PATH_2026, commit: "6521bac90fa245ecf8c7f22a7ca4621d8b1bd971" },
    caveats: [],
    from: "2025-04-15b",
    // facts#126: Android 10 support ended March 31, 2026; proxy needs Android 11.
    changes: [{ kind: "rule-changed", rule: "android", value: { tunnelMin: 11, deviceProxyMin: 11 } }],
  },
  {
    id: "2026-08-06",
    msDate: "2026-08-06",
    source: { repo: MEMDOCS, path: PATH_2026, commit: "03252bd7146848c1ee2c64ceb8dd48a164a37f58" },
    caveats: [],
    from: "2026-03-27",
    changes: [
      { kind: "distro-added", row: podman("rhel-9.7", "5.8.2") },
      { kind: "distro-added", row: podman("rhel-9.8", "5.8.2+") },
      { kind: "distro-added", row: docker("ubuntu-26.04") },
      { kind: "distro-removed", distro: "ubuntu-22.04" },
      { kind: "rule-changed", rule: "fqdns", value: BASE_FQDNS },
      { kind: "rule-changed", rule: "mamLicensing", value: "additional-licensing" },
    ],
  },
  {
    id: "2026-09-03",
    msDate: "2026-09-03",
    source: {
      repo: "nicholasswhite/memdocs-change-tracker",
      path: PATH_2026,
      commit: "a39a8f272e5cee18e2e7f749a90a6adb89fbe570",
    },
    // An independent tracker's reconstruction from Learn, not Microsoft's markdown (editions.md §3.8).
    caveats: ["reconstructed"],
    from: "2026-08-06",
    changes: [
      { kind: "distro-added", row: podman("rhel-10.1", "5.8.2", { unverified: true }) },
      { kind: "distro-added", row: podman("rhel-10.2", "5.8.2", { unverified: true }) },
    ],
  },
];

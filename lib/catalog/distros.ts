// The Linux distributions a plan can name: what each one IS (family, version, os-release), never whether it is
// supported. Support, container versions and end dates belong to an edition of Microsoft's table
// (lib/catalog/editions, facts#14, facts#21, facts#24); a plan is judged against its pinned edition.
import type { ContainerRuntime } from "./options";

export type DistroFamily = "centos" | "rhel" | "ubuntu";

export type Distro = {
  readonly id: string;
  readonly label: string;
  /** "RHEL 9.5", "Ubuntu 24.04": for one-line summaries. */
  readonly short: string;
  readonly family: DistroFamily;
  /** "9.4", "24.04", "7" (CentOS/RHEL 7.4+ rows). */
  readonly version: string;
  /** What /etc/os-release says on such a server (ID and the start of VERSION_ID). */
  readonly osRelease: { readonly id: string; readonly versionId: string };
  /**
   * Rows no edition of the table lists, named so they get a clear finding: Ubuntu 18.04 (support ended
   * April 2023, facts#15) and CentOS 8+ ("CentOS 8+ isn't supported", facts#14). No runtime is documented for them.
   */
  readonly namedUnsupported?: { readonly endedMonth?: string };
  readonly fact: string;
};

const rhel = (version: string, fact = "facts#14"): Distro => ({
  id: `rhel-${version}`,
  label: `Red Hat Enterprise Linux ${version}`,
  short: `RHEL ${version}`,
  family: "rhel",
  version,
  osRelease: { id: "rhel", versionId: version },
  fact,
});

const ubuntu = (version: string, fact = "facts#14"): Distro => ({
  id: `ubuntu-${version}`,
  label: `Ubuntu ${version}`,
  short: `Ubuntu ${version}`,
  family: "ubuntu",
  version,
  osRelease: { id: "ubuntu", versionId: version },
  fact,
});

export const DISTROS = [
  {
    id: "centos-7",
    label: "CentOS 7.4+",
    short: "CentOS 7.4+",
    family: "centos",
    version: "7",
    osRelease: { id: "centos", versionId: "7" },
    fact: "facts#14",
  },
  // facts#18: RHEL 7.4+ ran Docker CE (installed with the CentOS instructions).
  {
    id: "rhel-7",
    label: "Red Hat Enterprise Linux 7.4+",
    short: "RHEL 7.4+",
    family: "rhel",
    version: "7",
    osRelease: { id: "rhel", versionId: "7" },
    fact: "facts#18",
  },
  rhel("8.6"),
  rhel("8.7"),
  rhel("8.8"),
  rhel("8.9"),
  rhel("8.10"),
  rhel("9.0"),
  rhel("9.1"),
  rhel("9.2"),
  rhel("9.3"),
  rhel("9.4"),
  // facts#24: rows of the 2025 and 2026 editions (Podman 5).
  rhel("9.5", "facts#24"),
  rhel("9.6", "facts#24"),
  rhel("9.7", "facts#24"),
  rhel("9.8", "facts#24"),
  rhel("10.0", "facts#24"),
  rhel("10.1", "facts#24"),
  rhel("10.2", "facts#24"),
  { ...ubuntu("18.04", "facts#15"), namedUnsupported: { endedMonth: "2023-04" } },
  ubuntu("20.04"),
  ubuntu("22.04"),
  ubuntu("24.04", "facts#21"),
  ubuntu("26.04", "facts#24"),
  {
    id: "centos-8",
    label: "CentOS 8+",
    short: "CentOS 8+",
    family: "centos",
    version: "8",
    osRelease: { id: "centos", versionId: "8" },
    namedUnsupported: {},
    fact: "facts#14",
  },
] as const satisfies readonly Distro[];

export type DistroId = (typeof DISTROS)[number]["id"];

export const DISTRO_IDS = DISTROS.map((d) => d.id) as [DistroId, ...DistroId[]];

const BY_ID = new Map<string, Distro>(DISTROS.map((d) => [d.id, d]));

export function findDistro(id: string): Distro | undefined {
  return BY_ID.get(id);
}

/** Numeric version parts: "8.10" → [8, 10]. */
function versionParts(v: string): number[] {
  return v.split(".").map((p) => Number.parseInt(p, 10) || 0);
}

/** facts#163: rootless Podman needs RHEL 8.8 or later; facts#19: RHEL 8.4+ does not support Docker. */
export function rhelAtLeast(distro: Distro, major: number, minor: number): boolean {
  if (distro.family !== "rhel") return false;
  const [maj = 0, min = 0] = versionParts(distro.version);
  return maj > major || (maj === major && min >= minor);
}

/** The runtime Microsoft's overview names for a family when no table row says (facts#4, facts §2 item 28). */
export function overviewRuntime(distro: Distro): ContainerRuntime {
  return rhelAtLeast(distro, 8, 0) ? "podman" : "docker";
}

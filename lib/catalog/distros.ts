// facts#13-19, facts#21: the supported Linux table of the source (Oct 2024), plus named non-supported rows.
import type { ContainerRuntime } from "./options";

export type Distro = {
  readonly id: string;
  readonly label: string;
  readonly family: "centos" | "rhel" | "ubuntu";
  /** Listed as supported in the source table (facts#14); false for the named non-supported rows. */
  readonly supported: boolean;
  readonly runtime: ContainerRuntime;
  /** The container version the table names as default, e.g. "4.9.4-rhel"; Docker CE needs 19.03+ (facts#17). */
  readonly containerVersion: string;
  /** Months ("YYYY-MM") the source gives as end of support; support lasts to the month's last day. */
  readonly supportEnds: readonly string[];
  /** facts#76: this release does not load ip_tables at boot. */
  readonly loadsIpTables: boolean;
  /** facts#16: containers made with Podman v3 are unusable after the move to v4. */
  readonly podmanV3Note: boolean;
  readonly notes: readonly string[];
  readonly fact: string;
};

const DOCKER_CE = "Docker CE 19.03 or later";
const IP_TABLES_NOTE = "This RHEL release does not load the ip_tables module automatically; load it before installing Tunnel.";

function rhel(version: string, podman: string, extra: Partial<Distro> = {}): Distro {
  return {
    id: `rhel-${version}`,
    label: `Red Hat Enterprise Linux ${version}`,
    family: "rhel",
    supported: true,
    runtime: "podman",
    containerVersion: podman,
    supportEnds: [],
    loadsIpTables: false,
    podmanV3Note: false,
    notes: [IP_TABLES_NOTE],
    fact: "facts#13",
    ...extra,
  };
}

export const DISTROS = [
  {
    id: "centos-7",
    label: "CentOS 7.4+",
    family: "centos",
    supported: true,
    runtime: "docker",
    containerVersion: DOCKER_CE,
    supportEnds: ["2024-06"],
    loadsIpTables: true,
    podmanV3Note: false,
    notes: ["CentOS 8 and later are not supported."],
    fact: "facts#13",
  },
  {
    id: "rhel-7",
    label: "Red Hat Enterprise Linux 7.4+",
    family: "rhel",
    supported: true,
    runtime: "docker",
    containerVersion: DOCKER_CE,
    supportEnds: ["2024-06"],
    loadsIpTables: true,
    podmanV3Note: false,
    // facts#18: the Docker bundled with RHEL 7.4 is too old.
    notes: ["Install Docker CE with the CentOS instructions; the bundled Docker is too old."],
    fact: "facts#18",
  },
  rhel("8.6", "4.0", {
    supportEnds: ["2024-06"],
    podmanV3Note: true,
    notes: [IP_TABLES_NOTE, "Podman 4.0 is the default, Podman 3.0 also works; Podman v3 containers are unusable in v4.0."],
  }),
  rhel("8.7", "4.2", { podmanV3Note: true, notes: [IP_TABLES_NOTE, "Podman v3 containers are unusable in Podman 4.2 and later."] }),
  rhel("8.8", "4.4.1"),
  rhel("8.9", "4.4.1"),
  rhel("8.10", "4.9.4-rhel"),
  // facts §2 item 1: the source states both June 2024 and Feb 2024 for RHEL 9.0.
  rhel("9.0", "4.4.1", { supportEnds: ["2024-06", "2024-02"], fact: "facts#13" }),
  rhel("9.1", "4.4.1"),
  rhel("9.2", "4.4.1"),
  rhel("9.3", "4.6.1"),
  rhel("9.4", "4.9.4-rhel"),
  {
    id: "ubuntu-18.04",
    label: "Ubuntu 18.04",
    family: "ubuntu",
    supported: false,
    runtime: "docker",
    containerVersion: DOCKER_CE,
    supportEnds: ["2023-04"],
    loadsIpTables: true,
    podmanV3Note: false,
    notes: ["Support ended in April 2023 together with Ubuntu's own support."],
    fact: "facts#15",
  },
  {
    id: "ubuntu-20.04",
    label: "Ubuntu 20.04",
    family: "ubuntu",
    supported: true,
    runtime: "docker",
    containerVersion: DOCKER_CE,
    supportEnds: [],
    loadsIpTables: true,
    podmanV3Note: false,
    notes: [],
    fact: "facts#13",
  },
  {
    id: "ubuntu-22.04",
    label: "Ubuntu 22.04",
    family: "ubuntu",
    supported: true,
    runtime: "docker",
    containerVersion: DOCKER_CE,
    supportEnds: [],
    loadsIpTables: true,
    podmanV3Note: false,
    notes: [],
    fact: "facts#13",
  },
  {
    id: "centos-8",
    label: "CentOS 8",
    family: "centos",
    supported: false,
    runtime: "podman",
    containerVersion: "",
    supportEnds: [],
    loadsIpTables: false,
    podmanV3Note: false,
    notes: ["CentOS 8 and later are not supported."],
    fact: "facts#13",
  },
] as const satisfies readonly Distro[];

export type DistroId = (typeof DISTROS)[number]["id"];

export const DISTRO_IDS = DISTROS.map((d) => d.id) as [DistroId, ...DistroId[]];

const BY_ID = new Map<string, Distro>(DISTROS.map((d) => [d.id, d]));

export function findDistro(id: string): Distro | undefined {
  return BY_ID.get(id);
}

/** facts#163: rootless Podman needs RHEL 8.8 or later. */
export function rhelAtLeast(distro: Distro, major: number, minor: number): boolean {
  if (distro.family !== "rhel") return false;
  const [maj = 0, min = 0] = distro.id.replace("rhel-", "").split(".").map(Number);
  return maj > major || (maj === major && min >= minor);
}

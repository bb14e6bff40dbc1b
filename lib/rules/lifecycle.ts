// OS and container status against the plan's edition of Microsoft's table and its planning date
// (facts#14, facts#15, facts#16, facts#17, facts#19, facts#24, editions.md §4.2-4.5, facts §2 items 1-3).
import { findDistro, overviewRuntime, rhelAtLeast, type Distro } from "@/lib/catalog/distros";
import { EDITIONS, findRow, getEdition } from "@/lib/catalog/editions/resolve";
import type { DistroRow, Edition } from "@/lib/catalog/editions/types";
import type { ContainerRuntime } from "@/lib/catalog/options";
import type { Texts } from "@/lib/i18n/texts";
import type { Plan } from "@/lib/plan/schema";
import type { OsReport, OsStatus } from "@/lib/report/types";
import type { RuleFinding } from "./types";

/** "2024-06" → "2024-06-30": a month-only end date means support lasts through that month (editions.md §4.3). */
export function lastDayOfMonth(month: string): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

/** facts §2 item 1: with two stated end months (RHEL 9.0), the earlier one decides. */
export function supportEndMonth(row: DistroRow): string | null {
  return [...row.supportEnds].map((e) => e.month).sort()[0] ?? null;
}

/** facts#4, facts#19: auto means the runtime the edition's row names (or the overview's rule without a row). */
export function resolveRuntime(plan: Plan, distro: Distro | undefined, row: DistroRow | undefined): ContainerRuntime {
  if (plan.server.container !== "auto") return plan.server.container;
  return row?.runtime ?? (distro ? overviewRuntime(distro) : "docker");
}

/** "4.4.1" < "4.6.1"; suffixes ("-rhel") and the page's stray trailing dot ("4.6.1.") are ignored. */
export function versionAtLeast(version: string, min: string): boolean {
  const parts = (v: string) =>
    v
      .replace(/[+.]+$/, "")
      .split("-")[0]
      ?.split(".")
      .map(Number) ?? [];
  const [a, b] = [parts(version), parts(min)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x = 0, y = 0] = [a[i], b[i]];
    if (x !== y) return x > y;
  }
  return true;
}

/** The version as a version ("4.6.1." → "4.6.1"); "5.8.2+" keeps its plus, which means "or later" (editions.md §4.5). */
export function cleanVersion(printed: string): string {
  return printed.replace(/\.$/, "");
}

/** facts#17: Docker CE rows name no version; the page's prose asks for 19.03 or later. */
export const DOCKER_MIN_VERSION = "19.03";
const DOCKER_CE_VERSION = "Docker CE 19.03 or later";

/** What a server's container runtime must be for this row (facts#14: only the listed versions are supported). */
export function containerRequirement(row: DistroRow): OsReport["containerRequirement"] {
  if (row.runtime === "docker" || row.version === null)
    return { runtime: row.runtime, versions: [DOCKER_MIN_VERSION], rule: "at-least" };
  const versions = [row.version, ...(row.alsoListed ?? [])].map(cleanVersion);
  const plus = versions[0]!.endsWith("+");
  return {
    runtime: row.runtime,
    versions: versions.map((v) => v.replace(/\+$/, "")),
    rule: plus ? "at-least" : "exact",
  };
}

export function podmanMajor(row: DistroRow | undefined): number | null {
  if (!row || row.runtime !== "podman" || row.version === null) return null;
  return Number.parseInt(row.version, 10);
}

/** Human name of an edition: "2026-09-03" / "2025-04-15 (a)". */
export function editionName(id: string): string {
  return id.length > 10 ? `${id.slice(0, 10)} (${id.slice(10)})` : id;
}

/** "February 2024 and June 2024": a row's end months, oldest first. */
function monthList(row: DistroRow, texts: Texts): string {
  return texts.list(
    row.supportEnds
      .map((e) => e.month)
      .sort()
      .map(texts.month),
  );
}

type Ctx = { plan: Plan; date: string; texts: Texts; edition: Edition; distro: Distro };

/** Where else the distro appears: the last edition before the plan's that listed it, and the first later one. */
function otherEditions(
  distroId: string,
  editionId: string,
): { lastBefore?: Edition; removedIn?: Edition; firstAfter?: Edition } {
  const before = EDITIONS.filter((e) => e.id < editionId);
  const lastIndex = before.map((e) => Boolean(findRow(e, distroId))).lastIndexOf(true);
  const lastBefore = lastIndex >= 0 ? before[lastIndex] : undefined;
  const removedIn = lastIndex >= 0 ? EDITIONS[EDITIONS.indexOf(lastBefore!) + 1] : undefined;
  const firstAfter = EDITIONS.find((e) => e.id > editionId && findRow(e, distroId));
  return { lastBefore, removedIn, firstAfter };
}

function notInEdition({ texts, edition, distro }: Ctx): RuleFinding {
  const { t } = texts;
  const { lastBefore, removedIn, firstAfter } = otherEditions(distro.id, edition.id);
  const parts = [
    t("findings.os-not-in-edition.context.notListed", {
      edition: editionName(edition.id),
      date: texts.date(edition.msDate),
      label: distro.label,
    }),
  ];
  if (lastBefore && removedIn) {
    parts.push(
      t("findings.os-not-in-edition.context.removed", {
        last: editionName(lastBefore.id),
        removed: editionName(removedIn.id),
      }),
    );
  }
  if (firstAfter) parts.push(t("findings.os-not-in-edition.context.laterLists", { later: editionName(firstAfter.id) }));
  if (!lastBefore && !firstAfter) parts.push(t("findings.os-not-in-edition.context.neverListed"));
  return { id: "os-not-in-edition", field: "server.distro", context: parts.join(" ") };
}

function endFindings(
  { date, texts, edition, distro }: Ctx,
  row: DistroRow,
  end: string,
): { status: OsStatus; findings: RuleFinding[] } {
  const { t } = texts;
  const month = supportEndMonth(row)!;
  const months = monthList(row, texts);
  const twoDates = row.supportEnds.length > 1 ? [t("findings.os-end-of-support.context.twoDates", { months })] : [];
  const named = {
    edition: editionName(edition.id),
    editionDate: texts.date(edition.msDate),
    label: distro.label,
    month: texts.month(month),
    date: texts.date(end),
  };
  const findings: RuleFinding[] = [];
  // editions.md §4.4: a row the page still lists after its own end date is stale; the end date wins.
  if (end < edition.msDate) {
    findings.push({
      id: "os-listed-after-end",
      field: "server.distro",
      context: t("findings.os-listed-after-end.context.stale", named),
    });
  }
  if (date > end) {
    findings.push({
      id: "os-end-of-support",
      field: "server.distro",
      context: [
        t("findings.os-end-of-support.context.ended", { ...named, planningDate: texts.date(date) }),
        ...twoDates,
      ].join(" "),
    });
    return { status: "end-of-support", findings };
  }
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
  findings.push({
    id: "os-end-announced",
    field: "server.distro",
    context: [t("findings.os-end-announced.context.announced", { ...named, days }), ...twoDates].join(" "),
  });
  return { status: "supported", findings };
}

function osNotes(
  { date, texts, distro }: Ctx,
  row: DistroRow | undefined,
  end: string | null,
  status: OsStatus,
): string[] {
  const { t } = texts;
  const notes: string[] = [];
  if (distro.id === "ubuntu-18.04") {
    // facts#15: the German source words it in the present tense; before April 2023 it is still ahead.
    notes.push(date > lastDayOfMonth("2023-04") ? t("os.notes.ubuntu1804Ended") : t("os.notes.ubuntu1804Ending"));
  }
  if (distro.id === "centos-8") notes.push(t("os.notes.centos8"));
  if (!row) return notes;
  if (row.notes.includes("ip_tables")) notes.push(t("os.notes.ipTables"));
  // facts#16: every RHEL row 8.6-9.4 (and, copied, the later ones) carries the Podman v3 note.
  if (row.notes.includes("podman-v3"))
    notes.push(t("os.notes.podmanV3", { version: row.distro === "rhel-8.6" ? "4.0" : "4.2" }));
  if (row.alsoListed?.length) notes.push(t("os.notes.alsoListed", { versions: texts.list(row.alsoListed) }));
  if (row.runtime === "docker") notes.push(t("os.notes.dockerCe"));
  if (distro.id === "rhel-7") notes.push(t("os.notes.rhel7Docker")); // facts#18
  if ((podmanMajor(row) ?? 0) >= 5) notes.push(t("os.notes.podman5"));
  if (row.unverified) notes.push(t("os.notes.unverifiedRow"));
  // facts §2 item 1: show both stated dates instead of silently picking one.
  if (row.supportEnds.length > 1) notes.push(t("os.notes.twoDates", { months: monthList(row, texts) }));
  else if (end !== null && status === "supported") notes.push(t("os.notes.endsOn", { date: texts.date(end) }));
  return notes;
}

export function computeOs(
  plan: Plan,
  date: string,
  texts: Texts,
  edition: Edition = getEdition(plan.edition),
): { os: OsReport; findings: RuleFinding[] } {
  const { t } = texts;
  const distro = findDistro(plan.server.distro);
  const findings: RuleFinding[] = [];
  if (!distro) {
    const runtime = resolveRuntime(plan, undefined, undefined);
    findings.push({
      id: "os-unsupported",
      field: "server.distro",
      context: t("findings.os-unsupported.context.notInCatalog", { distro: plan.server.distro }),
    });
    return {
      os: {
        distro: plan.server.distro,
        container: runtime,
        containerVersion: null,
        containerRequirement: null,
        status: "unsupported",
        supportEnds: null,
        notes: [],
      },
      findings,
    };
  }
  const row = findRow(edition, distro.id);
  const runtime = resolveRuntime(plan, distro, row);
  const ctx: Ctx = { plan, date, texts, edition, distro };
  let status: OsStatus = "supported";
  let end: string | null = null;
  if (distro.namedUnsupported) {
    status = "unsupported";
    const ended = distro.namedUnsupported.endedMonth;
    findings.push({
      id: "os-unsupported",
      field: "server.distro",
      context: [
        t("findings.os-unsupported.context.notSupported", { label: distro.label }),
        ...(ended && date > lastDayOfMonth(ended)
          ? [t("findings.os-unsupported.context.ended", { months: texts.month(ended) })]
          : []),
      ].join(" "),
    });
  } else if (!row) {
    status = "unsupported";
    findings.push(notInEdition(ctx));
  } else {
    const month = supportEndMonth(row);
    if (month !== null) {
      end = lastDayOfMonth(month);
      const r = endFindings(ctx, row, end);
      status = r.status;
      findings.push(...r.findings);
    }
  }
  if (row && runtime !== row.runtime) {
    findings.push({
      id: "container-runtime-mismatch",
      field: "server.container",
      context: t("findings.container-runtime-mismatch.context.paired", {
        label: distro.label,
        paired: t("terms.runtime", { runtime: row.runtime }),
        chosen: t("terms.runtime", { runtime }),
      }),
    });
  }
  // facts#76: the table's RHEL rows do not load ip_tables by themselves; facts#77: without it the readiness tool stops at that check.
  if (row?.notes.includes("ip_tables")) {
    findings.push({ id: "rhel-load-ip-tables", field: "server.distro" });
  }
  if (plan.server.rootlessPodman) findings.push(...rootlessFindings(distro, row, runtime, texts));
  const matches = row !== undefined && runtime === row.runtime;
  return {
    os: {
      distro: distro.id,
      container: runtime,
      containerVersion: matches ? (row.version === null ? DOCKER_CE_VERSION : cleanVersion(row.version)) : null,
      containerRequirement: matches ? containerRequirement(row) : null,
      status,
      supportEnds: end,
      notes: osNotes(ctx, row, end, status),
    },
    findings,
  };
}

/** facts#163, facts §2 item 3: rootless needs Podman on RHEL 8.8+, and Podman 4.6.1+. */
function rootlessFindings(
  distro: Distro,
  row: DistroRow | undefined,
  runtime: ContainerRuntime,
  { t }: Texts,
): RuleFinding[] {
  const field = "server.rootlessPodman";
  if (runtime === "docker") {
    return [
      {
        id: "rootless-podman-requirements",
        field,
        severity: "blocker",
        context: t("findings.rootless-podman-requirements.context.docker"),
      },
    ];
  }
  if (!rhelAtLeast(distro, 8, 8)) {
    return [
      {
        id: "rootless-podman-requirements",
        field,
        severity: "blocker",
        context: t("findings.rootless-podman-requirements.context.tooOld", { label: distro.label }),
      },
    ];
  }
  if (row?.version && !versionAtLeast(row.version, "4.6.1")) {
    return [
      {
        id: "rootless-podman-requirements",
        field,
        severity: "warning",
        context: t("findings.rootless-podman-requirements.context.podmanOld", {
          label: distro.label,
          version: cleanVersion(row.version),
        }),
      },
    ];
  }
  return [];
}

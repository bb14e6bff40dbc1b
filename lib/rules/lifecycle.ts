// OS and container status against the planning date (facts#13-21, facts §2 items 1-3).
import { findDistro, rhelAtLeast, type Distro } from "@/lib/catalog/distros";
import type { ContainerRuntime } from "@/lib/catalog/options";
import type { Texts } from "@/lib/i18n";
import type { Plan } from "@/lib/plan";
import type { OsReport, OsStatus } from "@/lib/report/types";
import type { RuleFinding } from "./types";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2024-06" → "2024-06-30": a month-only end date means support lasts through that month. */
export function lastDayOfMonth(month: string): string {
  const [y = 0, m = 1] = month.split("-").map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

export function monthName(month: string): string {
  const [y, m = 1] = month.split("-");
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** facts §2 item 1: with two stated end months, the earlier one decides. */
export function supportEndDate(distro: Distro): string | null {
  const earliest = [...distro.supportEnds].sort()[0];
  return earliest === undefined ? null : lastDayOfMonth(earliest);
}

/** facts#4, facts#19: auto means what the catalog pairs with the distro. */
export function resolveRuntime(plan: Plan, distro: Distro | undefined): ContainerRuntime {
  if (plan.server.container !== "auto") return plan.server.container;
  return distro?.runtime ?? "docker";
}

/** "4.4.1" < "4.6.1"; non-numeric suffixes like "-rhel" are ignored. */
export function versionAtLeast(version: string, min: string): boolean {
  const parts = (v: string) => v.split("-")[0]?.split(".").map(Number) ?? [];
  const [a, b] = [parts(version), parts(min)];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const [x = 0, y = 0] = [a[i], b[i]];
    if (x !== y) return x > y;
  }
  return true;
}

export function computeOs(plan: Plan, date: string, texts: Texts): { os: OsReport; findings: RuleFinding[] } {
  const { t } = texts;
  const distro = findDistro(plan.server.distro);
  const runtime = resolveRuntime(plan, distro);
  const findings: RuleFinding[] = [];
  if (!distro) {
    findings.push({ id: "os-unsupported", field: "server.distro", context: t("findings.os-unsupported.context.notInCatalog", { distro: plan.server.distro }) });
    return { os: { distro: plan.server.distro, container: runtime, containerVersion: null, status: "unsupported", supportEnds: null, notes: [] }, findings };
  }
  const supportEnds = supportEndDate(distro);
  const months = texts.list(distro.supportEnds.map(texts.month));
  let status: OsStatus = "supported";
  if (!distro.supported) {
    status = "unsupported";
    findings.push({
      id: "os-unsupported",
      field: "server.distro",
      context: [
        t("findings.os-unsupported.context.notSupported", { label: distro.label }),
        ...(months ? [t("findings.os-unsupported.context.ended", { months })] : []),
        ...distro.notes,
      ].join(" "),
    });
  } else if (supportEnds !== null && date > supportEnds) {
    status = "end-of-support";
    // facts §2 item 1: with two stated dates, name both.
    findings.push({
      id: "os-end-of-support",
      field: "server.distro",
      context: [
        t("findings.os-end-of-support.context.ended", {
          label: distro.label,
          date: texts.date(supportEnds),
          month: texts.month([...distro.supportEnds].sort()[0] ?? ""),
          planningDate: texts.date(date),
        }),
        ...(distro.supportEnds.length > 1 ? [t("findings.os-end-of-support.context.twoDates", { months })] : []),
      ].join(" "),
    });
  }
  const matches = runtime === distro.runtime;
  if (!matches) {
    findings.push({
      id: "container-runtime-mismatch",
      field: "server.container",
      context: t("findings.container-runtime-mismatch.context.paired", {
        label: distro.label,
        paired: t("terms.runtime", { runtime: distro.runtime }),
        chosen: t("terms.runtime", { runtime }),
      }),
    });
  }
  // facts#76: RHEL 8.x and 9.x do not load ip_tables by themselves; facts#77: without it the readiness tool stops at that check.
  if (distro.family === "rhel" && !distro.loadsIpTables) {
    findings.push({ id: "rhel-load-ip-tables", field: "server.distro", context: t("findings.rhel-load-ip-tables.context.release", { label: distro.label }) });
  }
  if (plan.server.rootlessPodman) findings.push(...rootlessFindings(distro, runtime, texts));
  const notes = [...distro.notes];
  // facts §2 item 1: show both stated dates instead of silently picking one.
  if (distro.supportEnds.length > 1) notes.push(`The source states two end-of-support dates: ${months}; the earlier one is used.`);
  else if (supportEnds !== null && status === "supported") notes.push(`Support ends on ${supportEnds}; plan the move to a newer release.`);
  // facts#16: moving containers from Podman v3 to v4 means reinstalling Tunnel.
  if (distro.podmanV3Note) notes.push("If containers move from Podman v3 to v4, uninstall and reinstall Microsoft Tunnel.");
  return {
    os: { distro: distro.id, container: runtime, containerVersion: matches ? distro.containerVersion || null : null, status, supportEnds, notes },
    findings,
  };
}

/** facts#163, facts §2 item 3: rootless needs Podman on RHEL 8.8+, and Podman 4.6.1+. */
function rootlessFindings(distro: Distro, runtime: ContainerRuntime, { t }: Texts): RuleFinding[] {
  const field = "server.rootlessPodman";
  if (runtime === "docker") {
    return [{ id: "rootless-podman-requirements", field, severity: "blocker", context: t("findings.rootless-podman-requirements.context.docker") }];
  }
  if (!rhelAtLeast(distro, 8, 8)) {
    return [{ id: "rootless-podman-requirements", field, severity: "blocker", context: t("findings.rootless-podman-requirements.context.tooOld", { label: distro.label }) }];
  }
  if (!versionAtLeast(distro.containerVersion, "4.6.1")) {
    return [
      {
        id: "rootless-podman-requirements",
        field,
        severity: "warning",
        context: t("findings.rootless-podman-requirements.context.podmanOld", { label: distro.label, version: distro.containerVersion }),
      },
    ];
  }
  return [];
}

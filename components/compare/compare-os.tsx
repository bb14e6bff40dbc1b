"use client";

import { useFormatter, useTranslations } from "next-intl";
import { findDistro } from "@/lib/catalog/distros";
import { CompareSection, PlanHeadRow, rowHeadClass, Scroll, tableClass, tdClass, type Column } from "./columns";

const RUNTIME = { docker: "Docker", podman: "Podman" } as const;

/** "Podman 4.9.4-rhel", and "Docker CE 19.03 or later" without a second "Docker" in front. */
function runtimeText(runtime: string, version: string | null): string {
  if (!version) return runtime;
  return version.toLowerCase().startsWith(runtime.toLowerCase()) ? version : `${runtime} ${version}`;
}

/** Distribution, container runtime and support status of each plan. */
export function CompareOs({ columns }: { columns: Column[] }) {
  const t = useTranslations("compare.os");
  const tr = useTranslations("review.os");
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const rows: [string, (c: Column) => string][] = [
    [t("distribution"), (c) => findDistro(c.plan.server.distro)?.label ?? c.report.os.distro],
    [t("container"), (c) => runtimeText(RUNTIME[c.report.os.container], c.report.os.containerVersion)],
    [t("status"), (c) => tr(`statusText.${c.report.os.status}`)],
    [t("supportEnds"), (c) => (c.report.os.supportEnds ? day(c.report.os.supportEnds) : t("noEndDate"))],
  ];
  return (
    <CompareSection id="compare-os" title={t("title")}>
      <Scroll label={t("caption")}>
        <table className={tableClass} data-testid="compare-os">
          <caption className="mb-2 text-left text-sm text-ink-muted">{t("caption")}</caption>
          <thead>
            <PlanHeadRow first={t("aspect")} columns={columns} />
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label} className="break-inside-avoid">
                <th scope="row" className={rowHeadClass}>
                  {label}
                </th>
                {columns.map((c) => (
                  <td key={c.id} className={tdClass}>
                    {value(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </CompareSection>
  );
}

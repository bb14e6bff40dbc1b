"use client";

import { useFormatter, useTranslations } from "next-intl";
import { listSiteRows, siteTotals } from "@/lib/compare/compare";
import { totalDevices } from "@/lib/plan/consistency";
import { CompareSection, PlanHeadRow, rowHeadClass, Scroll, tableClass, tdClass, type Column } from "./columns";

/** Servers, CPUs, memory and disk in total and per site, one column per plan. */
export function CompareSizing({ columns }: { columns: Column[] }) {
  const t = useTranslations("compare.sizing");
  const tc = useTranslations("compare");
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const gb = (v: number) => t("gb", { value: n(v) });
  const totals: [string, (c: Column) => string][] = [
    [t("sites"), (c) => n(c.plan.sites.length)],
    [t("devices"), (c) => n(totalDevices(c.plan.devices))],
    [t("servers"), (c) => n(c.report.sizing.totals.servers)],
    [t("cpus"), (c) => n(c.report.sizing.totals.cpus)],
    [t("memory"), (c) => gb(c.report.sizing.totals.memoryGb)],
    [t("disk"), (c) => gb(c.report.sizing.totals.diskGb)],
  ];
  const sites = listSiteRows(columns.map((c) => c.report));
  return (
    <CompareSection id="compare-sizing" title={t("title")}>
      <Scroll label={t("totalsCaption")}>
        <table className={tableClass} data-testid="compare-totals">
          <caption className="mb-2 text-left text-sm text-ink-muted">{t("totalsCaption")}</caption>
          <thead>
            <PlanHeadRow first={t("metric")} columns={columns} />
          </thead>
          <tbody>
            {totals.map(([label, value]) => (
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
      <Scroll label={t("perSiteCaption")}>
        <table className={tableClass} data-testid="compare-sites">
          <caption className="mb-2 text-left text-sm text-ink-muted">{t("perSiteCaption")}</caption>
          <thead>
            <PlanHeadRow first={t("site")} columns={columns} />
          </thead>
          <tbody>
            {sites.map((row) => (
              <tr key={row.name} className="break-inside-avoid">
                <th scope="row" className={`${rowHeadClass} break-words`}>
                  {row.name}
                </th>
                {row.sizing.map((s, i) => {
                  const total = s ? siteTotals(s) : null;
                  return (
                    <td key={columns[i]!.id} className={`${tdClass} ${total ? "" : "text-ink-muted"}`}>
                      {total
                        ? t("siteCell", {
                            servers: total.servers,
                            cpus: n(total.cpus),
                            memory: n(total.memoryGb),
                            disk: n(total.diskGb),
                          })
                        : tc("notInPlan")}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </CompareSection>
  );
}

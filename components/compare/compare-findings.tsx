"use client";

import { useTranslations } from "next-intl";
import { listFindingRows } from "@/lib/compare/compare";
import type { Severity } from "@/lib/report/types";
import { CompareSection, PlanHeadRow, rowHeadClass, Scroll, tableClass, tdClass, type Column } from "./columns";

const severityClass: Record<Severity, string> = {
  blocker: "border-blocker text-blocker",
  warning: "border-warning text-warning",
  info: "border-info text-info",
};

/** Every finding of any compared plan, and which plans have it. */
export function CompareFindings({ columns }: { columns: Column[] }) {
  const t = useTranslations("compare.findings");
  const rows = listFindingRows(columns.map((c) => c.report));
  const count = (c: Column, s: Severity) => c.report.findings.filter((f) => f.severity === s).length;
  return (
    <CompareSection id="compare-findings" title={t("title")}>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Scroll label={t("caption")}>
          <table className={tableClass} data-testid="compare-findings">
            <caption className="mb-2 text-left text-sm text-ink-muted">{t("caption")}</caption>
            <thead>
              <PlanHeadRow first={t("finding")} columns={columns} />
              <tr>
                <td className={`${tdClass} text-ink-muted`} />
                {columns.map((c) => (
                  <td key={c.id} className={`${tdClass} text-ink-muted`}>
                    {t("counts", { blockers: count(c, "blocker"), warnings: count(c, "warning") })}
                  </td>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className="break-inside-avoid">
                  <th scope="row" className={`${rowHeadClass} break-words`}>
                    <span
                      className={`mr-2 inline-block rounded border px-1.5 text-xs font-semibold ${severityClass[row.severity]}`}
                    >
                      {t(`severity.${row.severity}`)}
                    </span>
                    {row.title}
                  </th>
                  {row.inPlan.map((present, i) => (
                    <td key={columns[i]!.id} className={`${tdClass} ${present ? "font-semibold" : "text-ink-muted"}`}>
                      <span aria-hidden="true">{present ? "✓ " : "– "}</span>
                      {present ? t("present") : t("absent")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
    </CompareSection>
  );
}

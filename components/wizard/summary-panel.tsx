"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { usePlanReport } from "@/state/use-plan-report";
import { focusAfterNavigation } from "./focus-target";
import { fieldHref } from "./steps";

const severityClass = { blocker: "text-blocker", warning: "text-warning", info: "text-info" } as const;

/** Live sizing and finding counts beside every step; findings link to the field they concern. */
export function SummaryPanel() {
  const t = useTranslations("wizard.summary");
  const format = useFormatter();
  const report = usePlanReport();
  const { sites, totals } = report.sizing;
  const count = (sev: "blocker" | "warning") => report.findings.filter((f) => f.severity === sev).length;
  const n = (v: number) => format.number(v);
  return (
    <aside aria-labelledby="summary-title" className="space-y-4 self-start rounded-lg border border-line bg-surface-muted p-4 lg:sticky lg:top-4">
      <h2 id="summary-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div aria-live="polite" className="space-y-3">
        <ul className="space-y-1 text-sm">
          {sites.map((s, i) => (
            <li key={i} data-testid="summary-site">
              {t("site", { name: s.name, servers: s.servers })}
            </li>
          ))}
        </ul>
        <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
          <dt className="text-ink-muted">{t("totalServers")}</dt>
          <dd className="font-semibold tabular-nums" data-testid="summary-total-servers">
            {n(totals.servers)}
          </dd>
          <dt className="text-ink-muted">{t("cpus")}</dt>
          <dd className="tabular-nums" data-testid="summary-cpus">{n(totals.cpus)}</dd>
          <dt className="text-ink-muted">{t("memory")}</dt>
          <dd className="tabular-nums" data-testid="summary-memory">{t("gb", { value: n(totals.memoryGb) })}</dd>
          <dt className="text-ink-muted">{t("disk")}</dt>
          <dd className="tabular-nums" data-testid="summary-disk">{t("gb", { value: n(totals.diskGb) })}</dd>
        </dl>
        <p className="text-sm font-medium">
          <span className={count("blocker") ? "text-blocker" : "text-ink-muted"} data-testid="summary-blockers">{t("blockers", { count: count("blocker") })}</span>
          {" · "}
          <span className={count("warning") ? "text-warning" : "text-ink-muted"} data-testid="summary-warnings">{t("warnings", { count: count("warning") })}</span>
        </p>
      </div>
      <section aria-labelledby="summary-findings" className="space-y-2">
        <h3 id="summary-findings" className="text-sm font-semibold">
          {t("findings")}
        </h3>
        {report.findings.length === 0 ? <p className="text-sm text-ink-muted">{t("noFindings")}</p> : null}
        <ul className="max-h-96 space-y-2 overflow-y-auto text-sm">
          {report.findings.map((f, i) => {
            const href = f.field ? fieldHref(f.field) : null;
            return (
              <li key={`${f.id}-${i}`}>
                <span className={`font-semibold ${severityClass[f.severity]}`}>{t(`severity.${f.severity}`)}: </span>
                {href ? (
                  <Link href={href} className="text-ink underline" onClick={focusAfterNavigation(href)}>
                    {f.title}
                  </Link>
                ) : (
                  f.title
                )}
              </li>
            );
          })}
        </ul>
      </section>
    </aside>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { LoadSummary } from "@/lib/share/summary";
import { displayText } from "@/lib/text-safety";

/** What loading a link or file changed: unknown fields ignored, invalid values reset, migrations applied (names and values from the input shown escaped and cut, never raw). */
export function LoadReportView({ summary }: { summary: LoadSummary }) {
  const t = useTranslations("share.report");
  const clean = summary.ignored.length + summary.repaired.length + summary.migrations.length === 0;
  return (
    <section
      aria-labelledby="load-report-title"
      className="space-y-2 rounded-lg border border-line bg-surface-muted p-4 text-sm"
    >
      <h2 id="load-report-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      {clean && <p>{t("clean")}</p>}
      {summary.repaired.length > 0 && (
        <div>
          <h3 className="font-medium text-warning">{t("repaired")}</h3>
          <ul className="list-disc pl-5">
            {summary.repaired.map((r) => (
              <li key={r.path}>
                <code className="font-mono">{displayText(r.path)}</code>: {displayText(r.message)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.ignored.length > 0 && (
        <div>
          <h3 className="font-medium">{t("ignored")}</h3>
          <ul className="list-disc pl-5">
            {summary.ignored.map((path) => (
              <li key={path}>
                <code className="font-mono">{displayText(path)}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {summary.migrations.length > 0 && (
        <div>
          <h3 className="font-medium">{t("migrations")}</h3>
          <ul className="list-disc pl-5">
            {summary.migrations.map((m) => (
              <li key={m}>{displayText(m)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

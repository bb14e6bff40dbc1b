"use client";

import { AppLink } from "@/components/ui/app-link";
import { memo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { Plan } from "@/lib/plan/schema";
import type { Finding, Sizing } from "@/lib/report/types";
import { findingSite } from "@/components/review/finding-site";
import { usePlanStore } from "@/state/plan-store";
import { usePlanSummary } from "@/state/use-plan-report";
import { focusAfterNavigation } from "./focus-target";
import { siteLines } from "./site-lines";
import { useReachedStep } from "./reached-step";
import { fieldHref, stepForField, steps } from "./steps";

const severityClass = { blocker: "text-blocker", warning: "text-warning", info: "text-info" } as const;
export const SUMMARY_ID = "live-summary";

type Placed = { finding: Finding; site: string | null; step: number | null };

/** The report's findings split into those of steps the user has reached and those of steps still ahead. */
export function useSummaryFindings(current: number) {
  const report = usePlanSummary();
  const plan = usePlanStore((s) => s.plan);
  const reached = useReachedStep(current);
  const placed: Placed[] = report.findings.map((f) => {
    const step = f.field ? stepForField(f.field) : null;
    return { finding: f, site: findingSite(f, plan), step: step ? steps.indexOf(step) : null };
  });
  const now = placed.filter((p) => p.step === null || p.step <= reached);
  const later = placed.filter((p) => p.step !== null && p.step > reached);
  const count = (sev: Finding["severity"]) => now.filter((p) => p.finding.severity === sev).length;
  return { report, now, later, blockers: count("blocker"), warnings: count("warning") };
}

/** Live sizing and findings beside every step; findings name their site, link to their field, and wait for their step. */
export function SummaryPanel({ current }: { current: number }) {
  const t = useTranslations("wizard.summary");
  const tw = useTranslations("wizard");
  const format = useFormatter();
  const { report, now, later, blockers, warnings } = useSummaryFindings(current);
  const { sites, totals } = report.sizing;
  const planSites = usePlanStore((s) => s.plan.sites);
  const n = (v: number) => format.number(v);
  const item = ({ finding: f, site, step }: Placed, i: number, ahead: boolean) => {
    const href = f.field ? fieldHref(f.field) : null;
    const title = site ? t("atSite", { site, title: f.title }) : f.title;
    const prefix =
      ahead && step !== null
        ? t("toCheck", {
            severity: t(`severity.${f.severity}`),
            step: step + 1,
            name: tw(`steps.${steps[step]!.titleKey}`),
          })
        : t(`severity.${f.severity}`);
    return (
      <li key={`${f.id}-${i}`} data-testid={ahead ? "summary-later" : "summary-finding"}>
        <span className={`font-semibold ${ahead ? "text-ink-muted" : severityClass[f.severity]}`}>{prefix}: </span>
        {href ? (
          <AppLink href={href} className="text-ink underline" onClick={focusAfterNavigation(href)}>
            {title}
          </AppLink>
        ) : (
          title
        )}
      </li>
    );
  };
  return (
    <aside
      id={SUMMARY_ID}
      tabIndex={-1}
      aria-labelledby="summary-title"
      className="space-y-4 self-start rounded-lg border border-line bg-surface-muted p-4 outline-none lg:sticky lg:top-4"
    >
      <h2 id="summary-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <div aria-live="polite" className="space-y-3">
        <SiteLines sites={sites} planSites={planSites} />
        <dl className="grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
          <dt className="text-ink-muted">{t("totalServers")}</dt>
          <dd className="font-semibold tabular-nums" data-testid="summary-total-servers">
            {n(totals.servers)}
          </dd>
          <dt className="text-ink-muted">{t("cpus")}</dt>
          <dd className="tabular-nums" data-testid="summary-cpus">
            {n(totals.cpus)}
          </dd>
          <dt className="text-ink-muted">{t("memory")}</dt>
          <dd className="tabular-nums" data-testid="summary-memory">
            {t("gb", { value: n(totals.memoryGb) })}
          </dd>
          <dt className="text-ink-muted">{t("disk")}</dt>
          <dd className="tabular-nums" data-testid="summary-disk">
            {t("gb", { value: n(totals.diskGb) })}
          </dd>
        </dl>
        <p className="text-sm font-medium">
          <span className={blockers ? "text-blocker" : "text-ink-muted"} data-testid="summary-blockers">
            {t("blockers", { count: blockers })}
          </span>
          {" · "}
          <span className={warnings ? "text-warning" : "text-ink-muted"} data-testid="summary-warnings">
            {t("warnings", { count: warnings })}
          </span>
          {later.length > 0 ? (
            <span className="block font-normal text-ink-muted" data-testid="summary-later-count">
              {t("laterCount", { count: later.length })}
            </span>
          ) : null}
        </p>
      </div>
      <section aria-labelledby="summary-findings" className="space-y-2">
        <h3 id="summary-findings" className="text-sm font-semibold">
          {t("findings")}
        </h3>
        {report.findings.length === 0 ? <p className="text-sm text-ink-muted">{t("noFindings")}</p> : null}
        <ul className="max-h-96 space-y-2 overflow-y-auto text-sm">
          {now.map((p, i) => item(p, i, false))}
          {later.map((p, i) => item(p, i, true))}
        </ul>
      </section>
    </aside>
  );
}

/**
 * One line per site (site-lines.ts): the name as typed, the count from the report a frame later, so a renamed site's
 * line shows the new name with the character. Every line is memoised on its name and count: a keystroke formats only
 * the line that changed, not 500 (issue 17).
 */
const SiteLines = memo(function SiteLines({ sites, planSites }: { sites: Sizing["sites"]; planSites: Plan["sites"] }) {
  return (
    <ul className="space-y-1 text-sm">
      {siteLines(sites, planSites).map((line, i) => (
        <SiteLine key={i} name={line.name} servers={line.servers} />
      ))}
    </ul>
  );
});

/** Memoised on its own name and count: a new report re-formats only the lines that changed (at 500 sites ~13 ms per keystroke, issue 17). */
const SiteLine = memo(function SiteLine({ name, servers }: { name: string; servers: number }) {
  const t = useTranslations("wizard.summary");
  return <li data-testid="summary-site">{t("site", { name, servers })}</li>;
});

"use client";

import { AppLink } from "@/components/ui/app-link";
import { useTranslations } from "next-intl";
import { useUiLocale } from "@/components/ui/use-ui-locale";
import type { Finding, Severity } from "@/lib/report/types";
import { fieldLabel } from "@/lib/catalog/fields";
import { fieldHref } from "@/components/wizard/steps";
import { SourceRefs } from "@/components/sources/source-refs";
import { ReviewSection } from "./section";

const SEVERITIES: readonly Severity[] = ["blocker", "warning", "info"];
const tone: Record<Severity, { border: string; text: string; icon: string }> = {
  blocker: { border: "border-l-blocker", text: "text-blocker", icon: "✕" },
  warning: { border: "border-l-warning", text: "text-warning", icon: "!" },
  info: { border: "border-l-info", text: "text-info", icon: "i" },
};

/** The catalog label of a field path; site fields are catalogued as `sites.<field>`. */

/** Findings grouped blockers → warnings → notes, each linking to the wizard field it concerns. */
export function FindingsSection({ findings }: { findings: Finding[] }) {
  const t = useTranslations("review.findings");
  const groups = SEVERITIES.map((severity) => ({ severity, items: findings.filter((f) => f.severity === severity) }));
  const count = (s: Severity) => groups.find((g) => g.severity === s)?.items.length ?? 0;
  return (
    <ReviewSection id="findings" title={t("title")}>
      <p className="font-medium" data-testid="findings-counts">
        {t("counts", { blockers: count("blocker"), warnings: count("warning"), infos: count("info") })}
      </p>
      {findings.length === 0 ? <p>{t("none")}</p> : null}
      {groups
        .filter((g) => g.items.length > 0)
        .map(({ severity, items }) => (
          <section
            key={severity}
            aria-labelledby={`findings-${severity}`}
            data-testid={`findings-${severity}`}
            className="space-y-2"
          >
            <h3 id={`findings-${severity}`} className={`text-lg font-semibold ${tone[severity].text}`}>
              {t(`groups.${severity}`)} ({items.length})
            </h3>
            <p className="text-sm text-ink-muted">{t(`groupIntro.${severity}`)}</p>
            <ul className="space-y-3">
              {items.map((f, i) => (
                <FindingItem key={`${f.id}-${i}`} finding={f} />
              ))}
            </ul>
          </section>
        ))}
    </ReviewSection>
  );
}

function FindingItem({ finding: f }: { finding: Finding }) {
  const t = useTranslations("review.findings");
  const locale = useUiLocale();
  const href = f.field ? fieldHref(f.field) : null;
  const s = tone[f.severity];
  return (
    <li
      className={`break-inside-avoid wrap-anywhere rounded-md border border-l-4 border-line ${s.border} bg-surface p-3`}
      data-finding-id={f.id}
    >
      <h4 className="font-semibold">
        <span className={`${s.text} mr-1`}>
          <span aria-hidden="true">{s.icon} </span>
          {t(`severity.${f.severity}`)}:
        </span>
        {f.title}
      </h4>
      <p className="mt-1 text-sm">{f.detail}</p>
      {f.action ? (
        <p className="mt-1 text-sm">
          <span className="font-medium">{t("action")}</span> {f.action}
        </p>
      ) : null}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {href ? (
          <AppLink href={href} className="no-print font-medium text-brand underline underline-offset-2">
            {t("fixLink", { field: fieldLabel(f.field, locale) })}
          </AppLink>
        ) : null}
        {f.field ? (
          <span className="hidden print:inline">{t("fieldLabel", { field: fieldLabel(f.field, locale) })}</span>
        ) : null}
        <span className="font-mono text-xs text-ink-muted">{t("findingId", { id: f.id })}</span>
      </p>
      <SourceRefs fact={f.fact} className="mt-2" />
    </li>
  );
}

"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { findDistro } from "@/lib/catalog/distros";
import { isLocale } from "@/lib/i18n/locales";
import { translate } from "@/lib/i18n/translate";
import type { OsReport, OsStatus } from "@/lib/report/types";
import { ReviewSection } from "./section";

const badge: Record<OsStatus, { icon: string; className: string }> = {
  supported: { icon: "✓", className: "border-brand text-brand" },
  "end-of-support": { icon: "!", className: "border-blocker text-blocker" },
  unsupported: { icon: "✕", className: "border-blocker text-blocker" },
};

/** Lifecycle status of the chosen distro and its container runtime for the plan's date. */
export function OsSection({ os }: { os: OsReport }) {
  const t = useTranslations("review.os");
  const format = useFormatter();
  const locale = useLocale();
  const runtime = translate(isLocale(locale) ? locale : "en", "terms.runtime", { runtime: os.container });
  const b = badge[os.status];
  const ends = os.supportEnds
    ? format.dateTime(new Date(`${os.supportEnds}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })
    : t("noEndDate");
  const dt = "text-ink-muted";
  return (
    <ReviewSection id="os" title={t("title")}>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="os-status">
        <dt className={dt}>{t("distro")}</dt>
        <dd>
          {findDistro(os.distro)?.label ?? os.distro}{" "}
          <span className="font-mono text-xs text-ink-muted">{os.distro}</span>
        </dd>
        <dt className={dt}>{t("container")}</dt>
        <dd>{runtime}</dd>
        <dt className={dt}>{t("containerVersion")}</dt>
        <dd className="font-mono">{os.containerVersion ?? t("unknownVersion")}</dd>
        <dt className={dt}>{t("status")}</dt>
        <dd>
          <span
            className={`inline-flex items-center gap-1.5 rounded-full border-2 px-2.5 py-0.5 text-sm font-semibold ${b.className}`}
          >
            <span aria-hidden="true">{b.icon}</span>
            {t(`statusText.${os.status}`)}
          </span>
        </dd>
        <dt className={dt}>{t("supportEnds")}</dt>
        <dd>{ends}</dd>
      </dl>
      {os.notes.length > 0 ? (
        <ul className="list-disc space-y-1 pl-6 text-sm">
          {os.notes.map((note, i) => (
            <li key={i}>{note}</li>
          ))}
        </ul>
      ) : null}
    </ReviewSection>
  );
}

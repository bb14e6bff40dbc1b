import { useFormatter, useTranslations } from "next-intl";
import { findDistro } from "@/lib/catalog/distros";
import { EDITIONS } from "@/lib/catalog/editions/resolve";
import type { Edition } from "@/lib/catalog/editions/types";
import { createTexts } from "@/lib/i18n/texts";
import type { Locale } from "@/lib/i18n/locales";
import { listEditionDifferences, summarizeEdition } from "@/lib/rules/edition";
import { cleanVersion, editionName } from "@/lib/rules/lifecycle";
import { TableScroll, rowClass, tableClass, tdClass, thClass } from "@/components/review/section";
import { offscreenSidePadClass, offscreenSkipClass } from "@/components/ui/offscreen";

/**
 * Editions further down are not laid out while off screen (components/ui/offscreen.ts), inside the section so that
 * the rule above each stays as wide. Not the first ones: Chrome lays a content-visibility: auto part out at its
 * placeholder height first and at its own once it finds it on screen, which Lighthouse counted as a layout shift
 * (0.049 at 412 px) though no frame showed the first.
 */
const ON_FIRST_SCREEN = 2;
const offscreenSkip = `[--offscreen-size:16rem] ${offscreenSkipClass} ${offscreenSidePadClass}`;

const sourceUrl = (e: Edition) => `https://github.com/${e.source.repo}/blob/${e.source.commit}/${e.source.path}`;

/**
 * Every edition of Microsoft's prerequisites page, newest first, with what changed from the one before.
 * Rendered on the server in English (no JavaScript for it); GermanSwap (components/ui/german-swap.tsx) loads it in the browser for German.
 */
export function EditionsLog({ locale }: { locale: Locale }) {
  const t = useTranslations("editions");
  const format = useFormatter();
  const texts = createTexts(locale);
  const newestFirst = [...EDITIONS].reverse();
  const month = (m: string) => texts.month(m);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-ink-muted">{t("intro")}</p>
      </header>
      {newestFirst.map((edition, position) => {
        const index = EDITIONS.indexOf(edition);
        const before = index > 0 ? EDITIONS[index - 1] : undefined;
        // Each edition against the one published before it; the oldest has none to compare with.
        const changes = before ? listEditionDifferences(before.id, edition.id, texts) : [];
        const headingId = `edition-${edition.id}`;
        return (
          <section key={edition.id} aria-labelledby={headingId} className="border-t border-line pt-6">
            <div className={position < ON_FIRST_SCREEN ? "space-y-3" : `space-y-3 ${offscreenSkip}`}>
              <h2 id={headingId} className="text-xl font-semibold">
                {t("heading", {
                  edition: editionName(edition.id),
                  date: format.dateTime(new Date(`${edition.msDate}T00:00:00Z`), {
                    dateStyle: "long",
                    timeZone: "UTC",
                  }),
                })}
              </h2>
              <p>{summarizeEdition(edition, texts)}</p>
              {edition.caveats.map((c) => (
                <p key={c} className="text-sm text-ink-muted">
                  {texts.t(`editions.caveats.${c}`)}
                </p>
              ))}
              <p className="text-sm">
                {t("source")}{" "}
                <a href={sourceUrl(edition)} className="break-all text-brand underline" rel="noreferrer">
                  {edition.source.repo} · {edition.source.path} @ {edition.source.commit.slice(0, 8)}
                </a>
              </p>
              {changes.length > 0 ? (
                <TableScroll label={t("changesLabel", { edition: editionName(edition.id) })}>
                  <table className={tableClass}>
                    <caption className="text-left text-sm font-semibold">
                      {t("comparedTo", { edition: editionName(before?.id ?? "") })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" className={thClass}>
                          {t("subject")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("before")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("after")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((c) => (
                        <tr key={c.id} className={rowClass}>
                          <th scope="row" className={`${tdClass} font-semibold`}>
                            {c.subject}
                          </th>
                          <td className={tdClass}>{c.before}</td>
                          <td className={tdClass}>{c.after}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              ) : null}
              <details>
                <summary className="cursor-pointer text-sm font-medium text-brand">
                  {t("table", { count: edition.distros.length })}
                </summary>
                <TableScroll label={t("tableLabel", { edition: editionName(edition.id) })}>
                  <table className={tableClass}>
                    <thead>
                      <tr>
                        <th scope="col" className={thClass}>
                          {t("distro")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("container")}
                        </th>
                        <th scope="col" className={thClass}>
                          {t("ends")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {edition.distros.map((row) => (
                        <tr key={row.distro} className={rowClass}>
                          <th scope="row" className={`${tdClass} font-normal`}>
                            {findDistro(row.distro)?.label ?? row.distro}
                            {row.unverified ? (
                              <span className="ml-2 text-xs text-ink-muted">{t("unverified")}</span>
                            ) : null}
                          </th>
                          <td className={tdClass}>
                            {row.runtime === "podman"
                              ? `Podman ${[row.version, ...(row.alsoListed ?? [])]
                                  .filter(Boolean)
                                  .map((v) => cleanVersion(v!))
                                  .join(" / ")}`
                              : "Docker CE"}
                          </td>
                          <td className={tdClass}>
                            {row.supportEnds.length
                              ? texts.list(
                                  row.supportEnds
                                    .map((e) => e.month)
                                    .sort()
                                    .map(month),
                                )
                              : "—"}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
              </details>
            </div>
          </section>
        );
      })}
    </div>
  );
}

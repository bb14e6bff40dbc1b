"use client";

import { useTranslations } from "next-intl";
import type { Fqdn, GeneratedFile } from "@/lib/report/types";
import { CopyButton, DownloadButton } from "@/components/ui/code-block";
import { listAllowlistDownloads } from "./allowlist";
import {
  ReviewSection,
  TableScroll,
  stackBodyClass,
  stackCellClass,
  stackHeadClass,
  stackRowClass,
  stackTableClass,
  stackTitleClass,
  thClass,
} from "./section";

/** Outbound FQDN allowlist (facts#92, facts#97) with copy and downloads in four formats. */
export function FqdnSection({ fqdns, files }: { fqdns: Fqdn[]; files: GeneratedFile[] }) {
  const t = useTranslations("review.fqdns");
  const tr = useTranslations("review");
  const downloads = listAllowlistDownloads(files);
  const txt = downloads.find((d) => d.format === "txt")?.content ?? "";
  return (
    <ReviewSection id="fqdns" title={t("title")} intro={t("intro")}>
      <div className="no-print flex flex-wrap items-center gap-2">
        <CopyButton
          text={txt}
          label={t("copyList")}
          copiedText={tr("copied", { what: t("listName") })}
          failedText={tr("copyFailed", { what: t("listName") })}
        />
      </div>
      <div role="group" aria-label={t("downloads")} className="no-print flex flex-wrap items-center gap-2">
        <span className="text-sm text-ink-muted">{t("downloads")}:</span>
        {downloads.map((d) => (
          <DownloadButton
            key={d.format}
            fileName={d.fileName}
            content={d.content}
            label={t(`formats.${d.format}`)}
            ariaLabel={`${tr("download")} ${t(`formats.${d.format}`)} (${d.fileName})`}
          />
        ))}
      </div>
      <TableScroll label={t("caption")}>
        <table className={stackTableClass} data-testid="fqdn-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className={stackHeadClass}>
            <tr>
              <th scope="col" className={thClass}>
                {t("host")}
              </th>
              <th scope="col" className={thClass}>
                {t("purpose")}
              </th>
              <th scope="col" className={thClass}>
                {t("needed")}
              </th>
            </tr>
          </thead>
          <tbody className={stackBodyClass}>
            {fqdns.map((f) => (
              <tr key={f.host} className={stackRowClass}>
                <td className={`${stackTitleClass} font-mono wrap-break-word max-sm:text-sm`}>{f.host}</td>
                <td className={stackCellClass} data-label={t("purpose")}>
                  <div>
                    {f.purpose}
                    {f.source === "readiness-tool" ? (
                      <span className="mt-1 block w-fit rounded border border-warning px-1.5 text-xs font-medium text-warning">
                        <span aria-hidden="true">⚑ </span>
                        {t("readinessTool")}
                      </span>
                    ) : null}
                  </div>
                </td>
                <td className={stackCellClass} data-label={t("needed")}>
                  {f.required ? tr("required") : tr("optional")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </ReviewSection>
  );
}

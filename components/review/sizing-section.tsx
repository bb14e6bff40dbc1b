"use client";

import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { SiteSizing, Sizing } from "@/lib/report/types";
import { buttonClass } from "@/components/ui/button";
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

/** Sizing per site (facts#28, facts#29) with the engine's reasoning, line by line. */
export function SizingSection({ sizing }: { sizing: Sizing }) {
  const t = useTranslations("review.sizing");
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const num = `${stackCellClass} text-right tabular-nums`;
  const { totals } = sizing;
  return (
    <ReviewSection id="sizing" title={t("title")}>
      {sizing.sites.length === 0 ? <p>{t("noSites")}</p> : null}
      <TableScroll label={t("caption")}>
        <table className={stackTableClass} data-testid="sizing-table">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className={stackHeadClass}>
            <tr>
              <th scope="col" className={thClass}>
                {t("site")}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t("devices")}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t("peakConnections")}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t("servers")}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t("cpus")}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t("memory")}
              </th>
              <th scope="col" className={`${thClass} text-right`}>
                {t("disk")}
              </th>
            </tr>
          </thead>
          <tbody className={stackBodyClass}>
            {sizing.sites.map((s, i) => (
              <tr key={i} className={stackRowClass}>
                <th scope="row" className={`${stackTitleClass} font-medium`}>
                  {s.name}
                </th>
                <td className={num} data-label={t("devices")}>
                  {n(s.devices)}
                </td>
                <td className={num} data-label={t("peakConnections")}>
                  {n(s.peakConnections)}
                </td>
                <td className={`${num} max-sm:font-semibold`} data-label={t("servers")}>
                  <span>
                    {n(s.servers)}
                    {s.spareServers > 0 ? (
                      <span className="block text-xs font-normal text-ink-muted">
                        {t("spare")} {n(s.spareServers)}
                      </span>
                    ) : null}
                  </span>
                </td>
                <td className={num} data-label={t("cpus")}>
                  {n(s.cpusPerServer)}
                </td>
                <td className={num} data-label={t("memory")}>
                  {t("gb", { value: n(s.memoryGbPerServer) })}
                </td>
                <td className={num} data-label={t("disk")}>
                  {t("gb", { value: n(s.diskGbPerServer) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="font-medium" data-testid="sizing-totals">
        {t("totalsNote", {
          servers: n(totals.servers),
          cpus: n(totals.cpus),
          memory: n(totals.memoryGb),
          disk: n(totals.diskGb),
        })}
      </p>
      <div className="space-y-2">
        {sizing.sites.map((s, i) => (
          <SiteReasoning key={i} site={s} index={i} />
        ))}
      </div>
    </ReviewSection>
  );
}

function SiteReasoning({ site, index }: { site: SiteSizing; index: number }) {
  const t = useTranslations("review.sizing");
  const [open, setOpen] = useState(false);
  const listId = `sizing-reasoning-${index}`;
  return (
    <div className="rounded-md border border-line p-3 break-inside-avoid">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        className={`${buttonClass("ghost")} no-print !px-0 !py-0`}
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        {open ? t("hideReasoning", { site: site.name }) : t("showReasoning", { site: site.name })}
      </button>
      <h3 className="hidden font-medium print:block">{t("reasoning", { site: site.name })}</h3>
      <ol id={listId} className={`${open ? "" : "hidden"} mt-2 list-decimal space-y-1 pl-6 text-sm print:block`}>
        {site.reasoning.map((line, j) => (
          <li key={j}>{line}</li>
        ))}
      </ol>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import type { InboundPort, InternalFlow, OutboundPort, Ports } from "@/lib/report/types";
import {
  ReviewSection,
  TableScroll,
  stackBodyClass,
  stackCellClass,
  stackHeadClass,
  stackRowClass,
  stackTableClass,
  thClass,
} from "./section";

/** Inbound and outbound port tables of the Tunnel server. */
export function PortsSection({ ports }: { ports: Ports }) {
  const t = useTranslations("review.ports");
  return (
    <ReviewSection id="ports" title={t("title")}>
      <PortTable id="ports-inbound" title={t("inbound")} rows={ports.inbound} />
      <PortTable id="ports-outbound" title={t("outbound")} rows={ports.outbound} withDestinations />
      <PortTable id="ports-internal" title={t("internal")} rows={ports.internal} withDestinations />
    </ReviewSection>
  );
}

type Row = InboundPort | OutboundPort | InternalFlow;

function PortTable({
  id,
  title,
  rows,
  withDestinations,
}: {
  id: string;
  title: string;
  rows: Row[];
  withDestinations?: boolean;
}) {
  const t = useTranslations("review.ports");
  const tr = useTranslations("review");
  return (
    <div className="space-y-2">
      <h3 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h3>
      {rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <TableScroll label={title}>
          <table className={stackTableClass} aria-labelledby={`${id}-title`} data-testid={id}>
            <thead className={stackHeadClass}>
              <tr>
                <th scope="col" className={thClass}>
                  {t("protocol")}
                </th>
                <th scope="col" className={`${thClass} text-right`}>
                  {t("port")}
                </th>
                <th scope="col" className={thClass}>
                  {t("needed")}
                </th>
                <th scope="col" className={thClass}>
                  {t("purpose")}
                </th>
                {withDestinations ? (
                  <th scope="col" className={thClass}>
                    {t("destinations")}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className={stackBodyClass}>
              {rows.map((p, i) => (
                <tr key={i} className={stackRowClass}>
                  <td className={`${stackCellClass} font-mono uppercase`} data-label={t("protocol")}>
                    {p.protocol === "any" ? t("anyProtocol") : p.protocol}
                  </td>
                  <td
                    className={`${stackCellClass} text-right font-mono tabular-nums max-sm:font-semibold`}
                    data-label={t("port")}
                  >
                    {p.port ?? t("appPorts")}
                  </td>
                  <td className={stackCellClass} data-label={t("needed")}>
                    {p.required ? tr("required") : tr("optional")}
                  </td>
                  <td className={stackCellClass} data-label={t("purpose")}>
                    {p.purpose}
                  </td>
                  {withDestinations ? (
                    <td className={stackCellClass} data-label={t("destinations")}>
                      <ul className="space-y-0.5">
                        {("destinations" in p ? p.destinations : []).map((d) => (
                          <li key={d} className="font-mono text-xs wrap-break-word">
                            {d}
                          </li>
                        ))}
                      </ul>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}

"use client";

import { useState } from "react";
import { AppLink } from "@/components/ui/app-link";
import { useFormatter, useTranslations } from "next-intl";
import type { EditionId } from "@/lib/catalog/editions/ids";
import type { CatalogInfo, EditionChange } from "@/lib/report/types";
import { moveToEdition } from "@/lib/rules/edition";
import { editionName } from "@/lib/rules/lifecycle";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { usePlanStore } from "@/state/plan-store";
import type { Plan } from "@/lib/plan/schema";
import { ReviewSection, TableScroll, rowClass, tableClass, tdClass, thClass } from "./section";

/** GitHub address of the edition's markdown at its commit. */
const sourceUrl = (s: EditionChange["source"]) => `https://github.com/${s.repo}/blob/${s.commit}/${s.path}`;

/** Which edition of Microsoft's requirements the plan uses, what changed since, and the move to the newest (issue 10). */
export function EditionSection({ catalog, changes }: { catalog: CatalogInfo; changes: EditionChange[] }) {
  const t = useTranslations("review.edition");
  const format = useFormatter();
  const updatePlan = usePlanStore((s) => s.updatePlan);
  const [asking, setAsking] = useState(false);
  const [previous, setPrevious] = useState<Plan | null>(null);
  const date = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const affecting = changes.filter((c) => c.affectsPlan).length;
  const newest = catalog.edition === catalog.newest;

  const move = () => {
    setAsking(false);
    updatePlan((plan) => {
      setPrevious(plan);
      return moveToEdition(plan, catalog.newest as EditionId);
    });
  };
  const undo = () => {
    if (previous) updatePlan(() => previous);
    setPrevious(null);
  };

  return (
    <ReviewSection id="edition" title={t("title")}>
      <p data-testid="edition-used">{t("used", { edition: editionName(catalog.edition), date: date(catalog.asOf) })}</p>
      <p className="text-sm text-ink-muted">{catalog.source}</p>
      {catalog.caveats.map((c) => (
        <p key={c} className="text-sm text-ink-muted">
          {c}
        </p>
      ))}
      {previous ? (
        <p role="status" className="rounded-md border border-info p-3 text-sm">
          {t("moved", { edition: editionName(catalog.edition), from: editionName(previous.edition) })}{" "}
          <Button variant="ghost" onClick={undo}>
            {t("undo")}
          </Button>
        </p>
      ) : null}
      {newest ? (
        <p>{t("newest")}</p>
      ) : (
        <>
          <h3 className="text-lg font-semibold" data-testid="edition-changes-heading">
            {t("changesHeading", { count: affecting, total: changes.length, edition: editionName(catalog.edition) })}
          </h3>
          <div className="no-print">
            <Button variant="primary" onClick={() => setAsking(true)}>
              {t("move", { edition: editionName(catalog.newest) })}
            </Button>
          </div>
          {affecting > 0 ? (
            <ChangesTable
              label={t("tableLabel")}
              changes={changes.filter((c) => c.affectsPlan)}
              testId="edition-changes"
            />
          ) : null}
          {changes.length > affecting ? (
            <details className="space-y-2" open={affecting === 0}>
              <summary className="cursor-pointer font-medium text-brand">
                {t("otherChanges", { count: changes.length - affecting })}
              </summary>
              <ChangesTable
                label={t("otherLabel")}
                changes={changes.filter((c) => !c.affectsPlan)}
                testId="edition-other-changes"
              />
            </details>
          ) : null}
        </>
      )}
      <p className="no-print text-sm">
        <AppLink href="/editions" className="text-brand underline">
          {t("allEditions")}
        </AppLink>
      </p>
      <ConfirmDialog
        open={asking}
        title={t("confirmTitle", { edition: editionName(catalog.newest) })}
        body={t("confirmBody", { count: affecting })}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={move}
        onCancel={() => setAsking(false)}
      />
    </ReviewSection>
  );
}

function ChangesTable({ label, changes, testId }: { label: string; changes: EditionChange[]; testId: string }) {
  const t = useTranslations("review.edition");
  return (
    <TableScroll label={label}>
      <table className={tableClass} data-testid={testId}>
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
            <th scope="col" className={thClass}>
              {t("firstSeen")}
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
              <td className={tdClass}>
                <a href={sourceUrl(c.source)} className="text-brand underline" rel="noreferrer">
                  {editionName(c.edition)}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

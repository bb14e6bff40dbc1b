"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { buildChecklistCsv } from "@/lib/export/checklist-csv";
import { checkPersonName } from "@/lib/plan/progress";
import { planSlug } from "@/lib/plan/slug";
import type { Plan } from "@/lib/plan/schema";
import type { ChecklistItem, ChecklistOwner } from "@/lib/report/types";
import { buttonClass } from "@/components/ui/button";
import { downloadBlob } from "@/components/ui/download";
import { inputClass } from "@/components/ui/field";

type Props = { name: string; onName(name: string): void; plan: Plan; checklist: ChecklistItem[] };

/** Who is ticking (kept in this browser, written into each tick) and the CSV by owner for Excel or Planner. */
export function ChecklistTools({ name, onName, plan, checklist }: Props) {
  const t = useTranslations("review.checklist");
  const id = useId();
  const [typed, setTyped] = useState(name);
  const [file, setFile] = useState<string | null>(null);
  const problem = typed === "" ? null : checkPersonName(typed.trim());

  function exportCsv() {
    const csv = buildChecklistCsv(checklist, plan.progress, {
      header: {
        owner: t("csv.owner"),
        phase: t("csv.phase"),
        task: t("csv.task"),
        detail: t("csv.detail"),
        status: t("csv.status"),
        doneBy: t("csv.doneBy"),
        doneOn: t("csv.doneOn"),
        source: t("csv.source"),
      },
      owner: (o: ChecklistOwner) => t(`owner.${o}`),
      done: t("csv.done"),
      open: t("csv.open"),
    });
    const fileName = `${planSlug(plan.name)}-checklist.csv`;
    downloadBlob(fileName, csv, "text/csv;charset=utf-8");
    setFile(fileName);
  }

  return (
    <div className="no-print flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface-muted p-3">
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {t("myName")}
        </label>
        <input
          id={id}
          value={typed}
          autoComplete="name"
          onChange={(e) => {
            const next = e.currentTarget.value;
            setTyped(next);
            if (next.trim() === "" || checkPersonName(next.trim()) === null) onName(next.trim());
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-help${problem ? ` ${id}-error` : ""}`}
          className={`${inputClass} max-w-xs py-1.5`}
        />
        <p id={`${id}-help`} className="text-xs text-ink-muted">
          {t("myNameHelp")}
        </p>
        {problem ? (
          <p id={`${id}-error`} role="alert" className="text-sm font-medium text-blocker">
            {t("myNameError", { problem })}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={exportCsv} className={`${buttonClass("secondary")} !px-3 !py-1.5 text-sm`}>
          {t("exportCsv")}
        </button>
        <p aria-live="polite" className="text-sm text-ink-muted">
          {file ? t("exportedCsv", { file }) : ""}
        </p>
      </div>
    </div>
  );
}

"use client";

import { useId, useState, type DragEvent } from "react";
import { useTranslations } from "next-intl";
import { parsePlanFile, summarizeLoadReport, type ParsePlanFileResult } from "@/lib/share";
import { IncomingPlan } from "./incoming-plan";
import { todayIso } from "./use-open-plan";
import { displayText } from "@/lib/text-safety";

/** File input and drop zone for a `.tunnelplan.json`; loads through parsePlanFile and shows what it found. */
export function OpenPlanFileButton() {
  const t = useTranslations("share");
  const inputId = useId();
  const errorId = useId();
  const [dragging, setDragging] = useState(false);
  const [result, setResult] = useState<{ key: number; value: ParsePlanFileResult } | null>(null);

  async function read(file: File | undefined) {
    if (!file) return;
    const value = parsePlanFile(await file.text(), { today: todayIso() });
    setResult((r) => ({ key: (r?.key ?? 0) + 1, value }));
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void read(e.dataTransfer.files[0]);
  }

  const error = result && !result.value.ok ? result.value.error : null;
  return (
    <div className="space-y-4">
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="plan-file-drop-zone"
        className={`space-y-2 rounded-lg border-2 border-dashed p-6 text-center ${dragging ? "border-brand bg-surface-muted" : "border-line"}`}
      >
        <p className="text-ink-muted">{t("dropZone")}</p>
        <label htmlFor={inputId} className="block font-medium">
          {t("chooseFile")}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => {
            void read(e.currentTarget.files?.[0]);
            e.currentTarget.value = "";
          }}
          className="mx-auto block text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-surface-muted file:px-3 file:py-1.5 file:text-ink"
        />
      </div>
      {error && (
        <div id={errorId} role="alert" className="space-y-2 rounded-lg border-2 border-blocker p-4">
          <h2 className="text-lg font-semibold text-blocker">{t("fileErrorTitle")}</h2>
          <p>{displayText(error.message, 500)}</p>
          {error.code === "invalid" && (
            <ul className="list-disc pl-5">
              {error.issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <code className="font-mono">{displayText(issue.path || "(plan)")}</code>: {displayText(issue.message)}
                </li>
              ))}
            </ul>
          )}
          <p className="text-ink-muted">{t("fileAskSender")}</p>
        </div>
      )}
      {result?.value.ok && (
        <IncomingPlan
          key={result.key}
          plan={result.value.plan}
          summary={summarizeLoadReport(result.value.report)}
          titleKey="openedFile"
        />
      )}
    </div>
  );
}

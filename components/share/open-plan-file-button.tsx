"use client";

import { useId, useState, type DragEvent } from "react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import type { LoadSummary } from "@/lib/share/summary";
import type { ParsePlanFileResult } from "@/lib/share/plan-file";
import { todayIso } from "@/state/today";
import { displayText } from "@/lib/text-safety";

// Reading a file needs the plan schema and the store; both load once a file is chosen, not with the page.
const IncomingPlan = dynamic(() => import("./incoming-plan").then((m) => m.IncomingPlan), { ssr: false });

/** File input and drop zone for a `.tunnelplan.json`; loads through parsePlanFile and shows what it found. */
export function OpenPlanFileButton() {
  const t = useTranslations("share");
  const inputId = useId();
  const errorId = useId();
  const [dragging, setDragging] = useState(false);
  const [result, setResult] = useState<{ key: number; value: ParsePlanFileResult; summary: LoadSummary | null } | null>(
    null,
  );

  async function read(file: File | undefined) {
    if (!file) return;
    const [text, { parsePlanFile }, { summarizeLoadReport }] = await Promise.all([
      file.text(),
      import("@/lib/share/plan-file"),
      import("@/lib/share/summary"),
    ]);
    const value = parsePlanFile(text, { today: todayIso() });
    const summary = value.ok ? summarizeLoadReport(value.report) : null;
    setResult((r) => ({ key: (r?.key ?? 0) + 1, value, summary }));
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
      {result?.value.ok && result.summary && (
        <IncomingPlan key={result.key} plan={result.value.plan} summary={result.summary} titleKey="openedFile" />
      )}
    </div>
  );
}

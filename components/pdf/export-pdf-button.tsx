"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { downloadBlob } from "@/components/ui/download";
import { usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { todayIso } from "@/state/persistence";
import { checklistFileName } from "./file-name";
import { PDF_CONTENTS, type PdfContent } from "./content";
import { PdfCancelled, pdfJobs, type PdfJob } from "./pdf-jobs";
import { PdfExportProgress, useStageName } from "./pdf-progress";
import { setPdfPreference, usePdfPreferences } from "./pdf-preferences";
import { speculativePdf } from "./speculative-pdf";
import type { PageSize } from "./styles";
import { whenIdle } from "./when-idle";
import type { PdfProgress, RenderRequest } from "./worker-protocol";
import type { Plan } from "@/lib/plan/schema";

const selectClass = "rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink";

/** The latest a background render waits for an idle moment on a busy page. */
const IDLE_TIMEOUT_MS = 2_000;
/** After an edit (a ticked checklist item), how long the input must stay the same before it is rendered ahead again. */
const SETTLE_MS = 1_000;

type Status =
  | { kind: "idle" }
  | { kind: "busy"; progress: PdfProgress }
  | { kind: "done"; file: string }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string };

/** What a click exports now: the plan evaluated for today, with the paper and contents chosen and today's date on the cover. */
function requestFor(plan: Plan, pageSize: PageSize, content: PdfContent): RenderRequest {
  // The worker evaluates the plan for the same day as the review page (usePlanReport) and builds the cover's link.
  return {
    plan,
    today: todayIso(),
    origin: window.location.origin,
    options: { pageSize, content, generatedOn: new Date().toISOString().slice(0, 10) },
  };
}

/** The user asked the browser to save data: the renderer and fonts (~0.5 MB) then load on intent only. */
function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

/**
 * Renders the checklist PDF in a worker (pdf-jobs.ts), with progress and Cancel, so the page stays usable. Issue 17
 * asks for a download within 1.5 s of the click, and loading the renderer plus laying out takes longer than that:
 * once the page is idle, the worker renders the current input ahead (speculative-pdf.ts), off the main thread; with
 * Save-Data on, the renderer loads only on intent (pointer or focus on the button). Paper and contents are one shared
 * setting.
 */
export function ExportPdfButton({ className }: { className?: string }) {
  const t = useTranslations("pdf");
  const stageName = useStageName();
  const id = useId();
  const plan = usePlanStore((s) => s.plan);
  const hydrated = useHydrated();
  const { pageSize, content } = usePdfPreferences();
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const job = useRef<PdfJob | null>(null);
  const exportRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  // Where focus goes after the next render: the Export button is disabled while busy, and Cancel vanishes after.
  const moveFocus = useRef<"cancel" | "export" | null>(null);
  // The job outlives nothing: leaving the page cancels it.
  useEffect(() => () => job.current?.cancel(), []);
  // Render ahead what a click would export: at once when the page first settles, after an edit once it has stopped.
  const prepared = useRef(false);
  useEffect(() => {
    if (!hydrated || savesData()) return;
    // A file for an older input is never served; dropping it at once also stops its render.
    speculativePdf().retainOnly(requestFor(plan, pageSize, content));
    const delay = prepared.current ? SETTLE_MS : 0;
    let cancelIdle = () => {};
    const timer = window.setTimeout(() => {
      cancelIdle = whenIdle(() => {
        prepared.current = true;
        speculativePdf().prepare(requestFor(plan, pageSize, content));
      }, IDLE_TIMEOUT_MS);
    }, delay);
    return () => {
      window.clearTimeout(timer);
      cancelIdle();
    };
  }, [hydrated, plan, pageSize, content]);
  useEffect(() => {
    const target =
      moveFocus.current === "cancel" ? cancelRef.current : moveFocus.current === "export" ? exportRef.current : null;
    moveFocus.current = null;
    target?.focus();
  }, [status.kind]);

  async function exportPdf() {
    // A keyboard user continues on Cancel.
    if (document.activeElement === exportRef.current) moveFocus.current = "cancel";
    setStatus({ kind: "busy", progress: { stage: "loading" } });
    const file = checklistFileName(plan.name);
    // The file rendered ahead when it is for exactly this input (or its render, still running), else a fresh one.
    const current = speculativePdf().take(requestFor(plan, pageSize, content), (progress) => {
      if (job.current === current) setStatus({ kind: "busy", progress });
    });
    job.current = current;
    try {
      const blob = await current.result;
      downloadBlob(file, blob);
      finish({ kind: "done", file });
    } catch (error) {
      if (error instanceof PdfCancelled) return;
      finish({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
    function finish(next: Status) {
      if (job.current !== current) return;
      job.current = null;
      returnFocus();
      setStatus(next);
    }
  }

  function cancel() {
    job.current?.cancel();
    job.current = null;
    returnFocus();
    setStatus({ kind: "cancelled" });
  }

  // Only when focus is still on Cancel: someone typing elsewhere meanwhile keeps their place.
  function returnFocus() {
    if (document.activeElement === cancelRef.current) moveFocus.current = "export";
  }

  const busy = status.kind === "busy";
  // Intent to export: start the worker early; a failure here is reported by the click instead.
  const warmUp = () => {
    if (hydrated) pdfJobs().prewarm();
  };
  const live =
    status.kind === "busy"
      ? t("working", { stage: stageName(status.progress) })
      : status.kind === "done"
        ? t("done", { file: status.file })
        : status.kind === "cancelled"
          ? t("cancelled")
          : "";
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-size`} className="text-sm text-ink-muted">
            {t("pageSizeLabel")}
          </label>
          <select
            id={`${id}-size`}
            value={pageSize}
            onChange={(e) => setPdfPreference({ pageSize: e.target.value as PageSize })}
            className={selectClass}
          >
            <option value="A4">{t("pageSizeA4")}</option>
            <option value="LETTER">{t("pageSizeLetter")}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-content`} className="text-sm text-ink-muted">
            {t("contentLabel")}
          </label>
          <select
            id={`${id}-content`}
            value={content}
            onChange={(e) => setPdfPreference({ content: e.target.value as PdfContent })}
            className={selectClass}
          >
            {PDF_CONTENTS.map((c) => (
              <option key={c} value={c}>
                {t(c === "full" ? "contentFull" : "contentChecklist")}
              </option>
            ))}
          </select>
        </div>
        <button
          ref={exportRef}
          type="button"
          onClick={exportPdf}
          onPointerEnter={warmUp}
          onFocus={warmUp}
          disabled={!hydrated || busy}
          aria-busy={busy}
          className={className ?? `${buttonClass("primary")} !px-3 !py-1.5 text-sm`}
        >
          {t("exportButton")}
        </button>
        {status.kind === "busy" ? (
          <PdfExportProgress progress={status.progress} onCancel={cancel} cancelRef={cancelRef} />
        ) : null}
        <p aria-live="polite" className={status.kind === "busy" ? "sr-only" : "self-center text-sm text-ink-muted"}>
          {live}
        </p>
      </div>
      {status.kind === "failed" ? (
        <p role="alert" className="text-sm text-blocker">
          {t("failed", { message: status.message })}
        </p>
      ) : null}
    </div>
  );
}

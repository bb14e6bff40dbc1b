"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { downloadBlob } from "@/components/ui/download";
import { withoutProgress, type Plan } from "@/lib/plan";
import { createShareLink } from "@/lib/share";
import { usePlanStore } from "@/state/plan-store";
import { useHydrated } from "@/state/use-hydrated";
import { usePlanReport } from "@/state/use-plan-report";
import { checklistFileName } from "./file-name";
import { loadPdfRenderer } from "./load-renderer";
import { PDF_CONTENTS, type PdfContent } from "./content";
import { setPdfPreference, usePdfPreferences } from "./pdf-preferences";
import type { PageSize } from "./styles";

const selectClass = "rounded-md border border-line bg-surface px-2 py-1.5 text-sm text-ink";

type Status = { kind: "idle" } | { kind: "busy" } | { kind: "done"; file: string } | { kind: "failed"; message: string };

/** The cover's link (without checklist ticks); left out when the plan is too large for a link that opens (the plan file is the way then). */
function shareUrlFor(plan: Plan): string | undefined {
  const link = createShareLink(window.location.origin, withoutProgress(plan));
  return link.ok ? link.url : undefined;
}

/** Renders the checklist PDF in the browser on click; the renderer (~400 kB gzip) loads only then. Paper and contents are one shared setting. */
export function ExportPdfButton({ className }: { className?: string }) {
  const t = useTranslations("pdf");
  const id = useId();
  const plan = usePlanStore((s) => s.plan);
  const report = usePlanReport();
  const hydrated = useHydrated();
  const { pageSize, content } = usePdfPreferences();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function exportPdf() {
    setStatus({ kind: "busy" });
    try {
      const { renderer, fontUrl } = await loadPdfRenderer();
      const blob = await renderer.renderChecklistPdf(
        plan,
        report,
        { pageSize, content, shareUrl: shareUrlFor(plan), generatedOn: new Date().toISOString().slice(0, 10) },
        fontUrl,
      );
      const file = checklistFileName(plan.name);
      downloadBlob(file, blob);
      setStatus({ kind: "done", file });
    } catch (error) {
      setStatus({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  const busy = status.kind === "busy";
  // Intent to export: start loading early; a failure here is reported by the click instead.
  const warmUp = () => {
    if (hydrated) loadPdfRenderer().catch(() => {});
  };
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
        <p aria-live="polite" className="self-center text-sm text-ink-muted">
          {busy ? t("busy") : status.kind === "done" ? t("done", { file: status.file }) : ""}
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

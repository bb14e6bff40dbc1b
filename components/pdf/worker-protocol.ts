import type { Plan } from "@/lib/plan/schema";
import type { ChecklistPdfOptions } from "./checklist-document";

/**
 * Messages between the page and pdf.worker.ts. The page sends the plan, not the report: for 500 sites the plan
 * is 75 kB and the report 1.5 MB, whose structured clone alone blocked the page; the worker evaluates the plan
 * for the same day (document-input.ts), so the PDF shows the report the review page shows.
 */
export type RenderRequest = {
  plan: Plan;
  today: string;
  origin: string;
  options: Omit<ChecklistPdfOptions, "shareUrl">;
};

export type ToWorker = { type: "warm" } | { type: "render"; id: number; request: RenderRequest };

/** "loading": renderer and fonts; "layout": measuring text; "paginating": breaking into pages (page N so far); "writing": the file. */
export type PdfStage = "loading" | "layout" | "paginating" | "writing";
export type PdfProgress = { stage: PdfStage; page?: number; total?: number };

export type FromWorker =
  | { type: "ready" }
  | { type: "warm-failed"; message: string }
  | ({ type: "progress"; id: number } & PdfProgress)
  | { type: "done"; id: number; pdf: Blob }
  | { type: "failed"; id: number; message: string };

/** The steps the export button shows: loading the renderer, laying out the pages, writing the file. */
export const PDF_STEPS = 3;
export function stepOf(stage: PdfStage): 1 | 2 | 3 {
  return stage === "loading" ? 1 : stage === "writing" ? 3 : 2;
}

/**
 * Turns react-pdf's footer calls into progress: calls without a total come from pagination (page N so far),
 * calls with a total are the numbering pass; the last page numbered means layout is done and the file is written.
 */
export function progressFromPage(page: number, total: number | undefined): PdfProgress {
  if (total === undefined) return { stage: "paginating", page };
  return page >= total ? { stage: "writing", total } : { stage: "paginating", page: total, total };
}

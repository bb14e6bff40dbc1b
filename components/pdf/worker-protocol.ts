import type { Plan } from "@/lib/plan";
import type { Report } from "@/lib/report/types";
import type { ChecklistPdfOptions } from "./checklist-document";

/**
 * Messages between the page and pdf.worker.ts. The page sends the report it already shows (plain data, a
 * structured clone of well under a millisecond for the largest fixture) rather than the plan, so the worker
 * needs no engine and the PDF is a view of exactly the report on screen.
 */
export type RenderRequest = { plan: Plan; report: Report; options: ChecklistPdfOptions };

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

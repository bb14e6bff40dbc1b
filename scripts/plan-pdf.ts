// `npm run plan -- <plan> --format pdf --out DIR`: the same checklist PDF the review page exports.
import { checklistFileName } from "../components/pdf/file-name";
import { PDF_CONTENTS, type PdfContent } from "../components/pdf/content";
import { renderChecklistPdfToBuffer } from "../components/pdf/render-node";
import type { PageSize } from "../components/pdf/styles";
import type { Plan } from "../lib/plan/schema";
import type { Report } from "../lib/report/types";
import { prepareOutDir, writeInside, type OutResult } from "./plan-out";

export type WriteChecklistPdfOptions = {
  pageSize?: PageSize;
  shareUrl?: string;
  generatedOn?: string;
  content?: PdfContent;
};

/** Writes DIR/<plan-name-slug>-checklist.pdf (never through a link, see plan-out.ts) and returns its path. */
export async function writeChecklistPdf(
  plan: Plan,
  report: Report,
  outDir: string,
  {
    pageSize = "A4",
    shareUrl,
    generatedOn = new Date().toISOString().slice(0, 10),
    content = "full",
  }: WriteChecklistPdfOptions = {},
): Promise<OutResult> {
  const dir = await prepareOutDir(outDir);
  if (!dir.ok) return dir;
  const pdf = await renderChecklistPdfToBuffer(plan, report, { pageSize, shareUrl, generatedOn, content });
  return writeInside(outDir, checklistFileName(plan.name), pdf, 0o644);
}

/** Parses a `--page-size` value; anything but a4/letter (any case) is an error the CLI reports. */
export function parsePageSize(value: string | undefined): PageSize | null {
  if (value === undefined) return "A4";
  const upper = value.toUpperCase();
  return upper === "A4" || upper === "LETTER" ? upper : null;
}

/** Parses a `--pdf-content` value: full (default) or checklist; anything else is an error the CLI reports. */
export function parsePdfContent(value: string | undefined): PdfContent | null {
  if (value === undefined) return "full";
  const lower = value.toLowerCase();
  return (PDF_CONTENTS as readonly string[]).includes(lower) ? (lower as PdfContent) : null;
}

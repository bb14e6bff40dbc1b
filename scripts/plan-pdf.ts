// `npm run plan -- <plan> --format pdf --out DIR`: the same checklist PDF the review page exports.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { checklistFileName } from "../components/pdf/file-name";
import { PDF_CONTENTS, type PdfContent } from "../components/pdf/content";
import { renderChecklistPdfToBuffer } from "../components/pdf/render-node";
import type { PageSize } from "../components/pdf/styles";
import type { Plan } from "../lib/plan";
import type { Report } from "../lib/report/types";

export type WriteChecklistPdfOptions = { pageSize?: PageSize; shareUrl?: string; generatedOn?: string; content?: PdfContent };

/** Writes DIR/<plan-name-slug>-checklist.pdf and returns its path. */
export async function writeChecklistPdf(
  plan: Plan,
  report: Report,
  outDir: string,
  { pageSize = "A4", shareUrl, generatedOn = new Date().toISOString().slice(0, 10), content = "full" }: WriteChecklistPdfOptions = {},
): Promise<string> {
  const pdf = await renderChecklistPdfToBuffer(plan, report, { pageSize, shareUrl, generatedOn, content });
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, checklistFileName(plan.name));
  await writeFile(file, pdf);
  return file;
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

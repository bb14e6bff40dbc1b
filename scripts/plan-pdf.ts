// `npm run plan -- <plan> --format pdf --out DIR`: the same checklist PDF the review page exports.
import { checklistFileName } from "../components/pdf/file-name";
import { renderChecklistPdfToBuffer } from "../components/pdf/render-node";
import type { PageSize } from "../components/pdf/styles";
import type { Plan } from "../lib/plan";
import type { Report } from "../lib/report/types";
import { prepareOutDir, writeInside, type OutResult } from "./plan-out";

export type WriteChecklistPdfOptions = { pageSize?: PageSize; shareUrl?: string; generatedOn?: string };

/** Writes DIR/<plan-name-slug>-checklist.pdf (never through a link, see plan-out.ts) and returns its path. */
export async function writeChecklistPdf(
  plan: Plan,
  report: Report,
  outDir: string,
  { pageSize = "A4", shareUrl, generatedOn = new Date().toISOString().slice(0, 10) }: WriteChecklistPdfOptions = {},
): Promise<OutResult> {
  const dir = await prepareOutDir(outDir);
  if (!dir.ok) return dir;
  const pdf = await renderChecklistPdfToBuffer(plan, report, { pageSize, shareUrl, generatedOn });
  return writeInside(outDir, checklistFileName(plan.name), pdf, 0o644);
}

/** Parses a `--page-size` value; anything but a4/letter (any case) is an error the CLI reports. */
export function parsePageSize(value: string | undefined): PageSize | null {
  if (value === undefined) return "A4";
  const upper = value.toUpperCase();
  return upper === "A4" || upper === "LETTER" ? upper : null;
}

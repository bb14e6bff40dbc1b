import type { GeneratedFile } from "@/lib/report/types";
import { CODE_LINE, CODE_PADDING, LINE_RATIO, MARGIN, PAGE_POINTS, type PageSize } from "./styles";
import { wrapMonospace } from "./wrap";

const PATH_HEIGHT = 6 + 9 * LINE_RATIO;
const PURPOSE_LINE = 8 * LINE_RATIO;
const BOX_OVERHEAD = 2 * CODE_PADDING + 2 + 10;
const INTRO_HEIGHT = 14 * LINE_RATIO + 6 + 2 * 9 * LINE_RATIO + 4;
// Room left unused on every sheet so a slightly taller header never pushes one line onto an extra page.
const SLACK = 16;

export type AppendixChunk = { path: string; purpose: string; continued: boolean; lines: string[] };
export type AppendixSheet = AppendixChunk[];

/**
 * Lays the generated files out on sheets of one page each (long files continue on the next sheet).
 * react-pdf re-lays out everything after each page break of a <Page>, so one <Page> per sheet keeps
 * the appendix linear in its length instead of quadratic.
 */
export function paginateAppendix(files: GeneratedFile[], pageSize: PageSize, columns: number): AppendixSheet[] {
  const { width, height } = PAGE_POINTS[pageSize];
  const pageHeight = height - MARGIN.top - MARGIN.bottom - SLACK;
  const purposeChars = Math.floor((width - 2 * MARGIN.horizontal) / (8 * 0.6));
  const sheets: AppendixSheet[] = [[]];
  let left = pageHeight - INTRO_HEIGHT;
  const newSheet = () => {
    sheets.push([]);
    left = pageHeight;
  };
  for (const file of files) {
    // A byte-order mark (New-TunnelPlan.ps1 in German) is for PowerShell, not a character to print.
    let lines = wrapMonospace(file.content.replace(/^\uFEFF/, ""), columns);
    let continued = false;
    do {
      const header = PATH_HEIGHT + (continued ? 0 : Math.ceil(file.purpose.length / purposeChars) * PURPOSE_LINE + 3);
      const fit = Math.floor((left - header - BOX_OVERHEAD) / CODE_LINE);
      // Start on a new sheet rather than leave a header with fewer than three lines under it.
      if (fit < Math.min(3, lines.length)) {
        newSheet();
        continue;
      }
      const take = lines.slice(0, fit);
      sheets.at(-1)!.push({ path: file.path, purpose: file.purpose, continued, lines: take });
      left -= header + BOX_OVERHEAD + take.length * CODE_LINE;
      lines = lines.slice(fit);
      continued = true;
      if (lines.length > 0) newSheet();
    } while (lines.length > 0);
  }
  return sheets;
}

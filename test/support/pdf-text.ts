import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Test helpers (Node only): read a PDF back with poppler's pdftotext, the way a reviewer's viewer would.

export type Word = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type PageWords = { width: number; height: number; words: Word[] };

function withFile<T>(pdf: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "tp-pdf-"));
  const file = path.join(dir, "doc.pdf");
  try {
    writeFileSync(file, pdf);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Text in content-stream order with all whitespace collapsed, so wrapped table cells read as one phrase. */
export function pdfText(pdf: Uint8Array): string {
  return withFile(pdf, (file) => execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" }))
    .replace(/\s+/g, " ")
    .trim();
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every word with its bounding box, page by page (`pdftotext -bbox`; y grows downwards). */
export function pdfWords(pdf: Uint8Array): PageWords[] {
  const html = withFile(pdf, (file) =>
    execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }),
  );
  const pages: PageWords[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (const [, w, h, body] of html.matchAll(pageRe)) {
    const words = [...(body ?? "").matchAll(wordRe)].map(([, x0, y0, x1, y1, text]) => ({
      text: unescape(text ?? ""),
      xMin: Number(x0),
      yMin: Number(y0),
      xMax: Number(x1),
      yMax: Number(y1),
    }));
    pages.push({ width: Number(w), height: Number(h), words });
  }
  return pages;
}

export function pdfPageCount(pdf: Uint8Array): number {
  const info = withFile(pdf, (file) => execFileSync("pdfinfo", [file], { encoding: "utf8" }));
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
}

/** Words outside the printable area: past the side margins, above the top margin, or below the footer line. */
export function wordsOffPage(
  page: PageWords,
  margin: { top: number; bottom: number; horizontal: number },
  footerTop: number,
) {
  const tol = 0.5;
  return page.words.filter(
    (w) =>
      w.xMin < margin.horizontal - tol ||
      w.xMax > page.width - margin.horizontal + tol ||
      w.yMin < margin.top - tol ||
      w.yMax > page.height - tol ||
      // Body text must stop at the bottom margin; only the footer lives below it.
      (w.yMin < footerTop && w.yMax > page.height - margin.bottom + tol),
  );
}

/** Pairs of words whose boxes overlap by more than a sliver (text drawn over text). */
export function overlappingWords(page: PageWords): [Word, Word][] {
  const out: [Word, Word][] = [];
  const ws = [...page.words].sort((a, b) => a.yMin - b.yMin);
  for (let i = 0; i < ws.length; i++) {
    const a = ws[i]!;
    for (let j = i + 1; j < ws.length; j++) {
      const b = ws[j]!;
      if (b.yMin >= a.yMax) break;
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      const minH = Math.min(a.yMax - a.yMin, b.yMax - b.yMin);
      if (dx > 1 && dy > minH * 0.35) out.push([a, b]);
    }
  }
  return out;
}

/** Marks a line that continues the previous one after a wrap (in DejaVu Sans Mono). */
export const CONTINUATION = "↪ ";

/**
 * Breaks text into lines of at most `columns` characters so monospace content wraps instead of
 * running off the page. Tabs become spaces; continuation lines start with CONTINUATION.
 */
export function wrapMonospace(text: string, columns: number): string[] {
  if (columns <= CONTINUATION.length) throw new Error(`columns too small: ${columns}`);
  const out: string[] = [];
  const body = text.endsWith("\n") ? text.slice(0, -1) : text;
  for (const raw of body.split("\n")) {
    const line = expandTabs(raw.replace(/\r$/, ""));
    const chars = Array.from(line);
    if (chars.length <= columns) {
      out.push(line);
      continue;
    }
    out.push(chars.slice(0, columns).join(""));
    const width = columns - CONTINUATION.length;
    for (let i = columns; i < chars.length; i += width) {
      out.push(CONTINUATION + chars.slice(i, i + width).join(""));
    }
  }
  return out;
}

function expandTabs(line: string, tab = 4): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (const ch of line) {
    if (ch === "\t") out += " ".repeat(tab - (out.length % tab));
    else out += ch;
  }
  return out;
}

/** Monospace columns that fit a text box of `widthPt` at `fontSizePt` (DejaVu Sans Mono advance: 0.602 em). */
export function monospaceColumns(widthPt: number, fontSizePt: number): number {
  return Math.floor(widthPt / (fontSizePt * 0.602));
}

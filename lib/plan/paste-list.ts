// Lists as admins paste them: from a spreadsheet column, a CSV file, an email or another tool's config.

const SEPARATOR = /[\s,;]/;
const QUOTES = new Set(['"', "'", "“", "”", "‘", "’"]);

/**
 * Splits pasted text into entries: any mix of commas, semicolons, spaces, tabs and line breaks
 * separates them; an entry in quotes (CSV style, `""` inside for a quote) is one entry with the
 * quotes removed. Empty entries are dropped; nothing else is, so every character typed shows up
 * either in an entry or as a separator.
 */
export function parsePastedList(text: string): string[] {
  const entries: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (SEPARATOR.test(c)) {
      i++;
      continue;
    }
    let entry = "";
    if (QUOTES.has(c)) {
      const close = closingQuote(c);
      i++;
      while (i < text.length) {
        const q = text[i]!;
        if (q === close && text[i + 1] === close && close === '"') {
          entry += q;
          i += 2;
        } else if (q === close) {
          i++;
          break;
        } else {
          entry += q;
          i++;
        }
      }
    }
    // Whatever follows a closing quote up to the next separator belongs to the same entry.
    while (i < text.length && !SEPARATOR.test(text[i]!)) entry += text[i++]!;
    const trimmed = entry.trim();
    if (trimmed !== "") entries.push(trimmed);
  }
  return entries;
}

const closingQuote = (open: string) => (open === "“" ? "”" : open === "‘" ? "’" : open);

/** True when the text holds more than one entry, i.e. a paste that should become several list items. */
export const isPastedList = (text: string) => parsePastedList(text).length > 1;

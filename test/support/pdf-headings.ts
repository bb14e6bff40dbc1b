// Test helper (Node only): headings a checklist PDF leaves at the foot of a page, read back with pdftotext.
import { pdfLabels } from "@/components/pdf/labels";
import { MARGIN } from "@/components/pdf/styles";
import type { PageWords } from "./pdf-text";

// Every word a table's header row can hold (in both languages).
const HEADER_WORDS = new Set(
  (["en", "de"] as const).flatMap((locale) => {
    const l = pdfLabels(locale);
    const labels = [l.done, l.item, l.owner, l.doneBy, l.date, l.site, l.devices, l.coverServers, l.publicAddress];
    labels.push(l.host, l.required, l.source, l.purpose, l.protocol, l.port, l.destinations);
    labels.push(l.signOffRole, l.signOffName, l.signOffDate, l.signOffSignature);
    return labels.flatMap((label) => label.split(/\s+/));
  }),
);

/**
 * A heading (h2, h3: 10.5 pt and up, taller than any body line) whose content starts on the next page: the page's
 * last line of body text, or followed only by a table's header row.
 */
export function headingsAtFoot(page: PageWords): string[] {
  const body = page.words.filter((w) => w.yMax <= page.height - MARGIN.bottom + 0.5);
  const lines = new Map<number, PageWords["words"]>();
  for (const w of body) {
    const key = [...lines.keys()].find((y) => Math.abs(y - w.yMin) < 2) ?? w.yMin;
    lines.set(key, [...(lines.get(key) ?? []), w]);
  }
  const sorted = [...lines.entries()].sort(([a], [b]) => a - b).map(([, words]) => words);
  const isHeading = (words: PageWords["words"] | undefined) => !!words?.every((w) => w.yMax - w.yMin > 11.5);
  const text = (words: PageWords["words"]) => words.map((w) => w.text).join(" ");
  const last = sorted.at(-1);
  if (isHeading(last)) return [text(last!)];
  const beforeLast = sorted.at(-2);
  if (last?.every((w) => HEADER_WORDS.has(w.text)) && isHeading(beforeLast)) return [text(beforeLast!)];
  return [];
}

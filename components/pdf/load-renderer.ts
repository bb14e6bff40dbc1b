import { fetchPdfFonts } from "./fetch-fonts";
import type { FontFile } from "./font-files";

type Renderer = typeof import("./render");
type Loaded = { renderer: Renderer; fontUrl: (file: FontFile) => string };

let pending: Promise<Loaded> | null = null;

/**
 * Loads the PDF renderer chunk and the fonts it embeds at the same time. Left to itself,
 * react-pdf asks for a font only once layout reaches text, i.e. after the ~450 kB chunk has
 * loaded and run; fetching the fonts alongside the chunk takes that wait off the critical path.
 * This is the main-thread path, for when no worker can start (pdf.worker.ts is the usual one). Memoized;
 * retried after a failure.
 */
export function loadPdfRenderer(): Promise<Loaded> {
  pending ??= Promise.all([import("./render"), fetchPdfFonts()]).then(([renderer, fontUrl]) => ({ renderer, fontUrl }));
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

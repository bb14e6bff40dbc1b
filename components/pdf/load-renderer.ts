import { FONT_FILES, type FontFile } from "./font-files";

type Renderer = typeof import("./render");
type Loaded = { renderer: Renderer; fontUrl: (file: FontFile) => string };

let pending: Promise<Loaded> | null = null;

/**
 * Loads the PDF renderer chunk and the fonts it embeds at the same time. Left to itself,
 * react-pdf asks for a font only once layout reaches text, i.e. after the ~450 kB chunk has
 * loaded and run; fetching the fonts alongside the chunk takes that wait off the critical path.
 * Called on click, and on pointer or keyboard intent (hover, focus) so the work can start a
 * moment early; nothing loads before the user heads for the button. Memoized; retried after a failure.
 */
export function loadPdfRenderer(): Promise<Loaded> {
  pending ??= Promise.all([import("./render"), fetchFonts()]).then(([renderer, urls]) => ({
    renderer,
    fontUrl: (file: FontFile) => urls.get(file) ?? `/fonts/${file}`,
  }));
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

/** Each font as a blob: URL; the renderer reads those without another round trip to the server. */
async function fetchFonts(): Promise<Map<FontFile, string>> {
  const files = Object.values(FONT_FILES);
  const urls = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(`/fonts/${file}`);
      if (!response.ok) throw new Error(`the font /fonts/${file} could not be loaded (HTTP ${response.status})`);
      return URL.createObjectURL(await response.blob());
    }),
  );
  return new Map(files.map((file, i) => [file, urls[i]!]));
}

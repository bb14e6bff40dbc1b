import { Font } from "@react-pdf/renderer";
import { FONT_FILES, type FontFile } from "./font-files";

/** Font families the checklist uses; DejaVu covers German and the other Latin-script languages (ä ö ü ß Ł). */
export const SANS = "DejaVuSans";
export const MONO = "DejaVuSansMono";

export { FONT_FILES } from "./font-files";

/** Words longer than this may break mid-word; shorter ones (titles, FQDNs) never get a hyphen inserted. */
const LONGEST_UNBROKEN_WORD = 28;

let registered = false;

/** Registers the embedded fonts once; `resolveSrc` maps a file name to a URL (browser) or a path (Node). */
export function registerPdfFonts(resolveSrc: (file: FontFile) => string) {
  if (registered) return;
  registered = true;
  Font.register({
    family: SANS,
    fonts: [
      { src: resolveSrc(FONT_FILES.sans), fontWeight: "normal" },
      { src: resolveSrc(FONT_FILES.sansBold), fontWeight: "bold" },
    ],
  });
  // Monospace is only used in regular weight (code); every font the document uses is fetched on export.
  Font.register({ family: MONO, src: resolveSrc(FONT_FILES.mono) });
  Font.registerHyphenationCallback(splitLongWord);
}

/** No hyphenation for ordinary words; very long tokens (URLs, paths) break after punctuation or in fixed chunks. */
export function splitLongWord(word: string): string[] {
  if (word.length <= LONGEST_UNBROKEN_WORD) return [word];
  const parts = word.split(/(?<=[./\-_,=:;&?])/).flatMap((part) => chunk(part, LONGEST_UNBROKEN_WORD));
  return parts.length > 0 ? parts : [word];
}

function chunk(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

import { Font } from "@react-pdf/renderer";
import { FONT_FILES, type FontFile } from "./font-files";

/** Font families the checklist uses; DejaVu covers German and the other Latin-script languages (ä ö ü ß Ł). */
export const SANS = "DejaVuSans";
export const MONO = "DejaVuSansMono";

export { FONT_FILES } from "./font-files";

/**
 * Loads the monospace font ahead of rendering: the appendix draws with it directly (sections/code-lines.tsx), and
 * react-pdf itself loads a font only when its layout meets text in it.
 */
export async function loadCodeFont(): Promise<void> {
  await Font.load({ fontFamily: MONO });
}

/** The parsed monospace font (fontkit's), once loadCodeFont() has run. */
export function codeFont(): unknown {
  const font = Font.getFont({ fontFamily: MONO })?.data;
  if (!font) throw new Error(`the font ${MONO} is not loaded: call loadCodeFont() before rendering`);
  return font;
}

/**
 * Words longer than this may break mid-word; shorter ones never do. react-pdf draws a "-" at every
 * mid-word break, which inside a path or command reads as part of it ("mstunnel_tun.-conf"), so
 * only tokens too long for a table column are split: every path, FQDN and command word our texts
 * use (the longest is "/etc/modules-load.d/mstunnel_iptables.conf.", 43) moves to the next line whole.
 */
const LONGEST_UNBROKEN_WORD = 44;

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

/**
 * No hyphenation for ordinary words; very long tokens (URLs, proxy settings) break after / = , : ; & ?
 * (never inside a name at . _ -), and in fixed chunks when they have none.
 */
export function splitLongWord(word: string): string[] {
  if (word.length <= LONGEST_UNBROKEN_WORD) return [word];
  const parts = word.split(/(?<=[/,=:;&?])/).flatMap((part) => chunk(part, LONGEST_UNBROKEN_WORD));
  return parts.length > 0 ? parts : [word];
}

function chunk(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

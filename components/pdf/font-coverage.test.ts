// The PDF embeds DejaVu cut down to the scripts plans are written in (scripts/subset-fonts.sh).
// A character without a glyph prints as an empty box, so check every character our own texts use,
// and the letters of the languages the issue names, against every embedded font.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { openSync, type Font } from "fontkit";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import { evaluatePlan } from "@/lib/report/evaluate";
import { FONT_FILES } from "./font-files";
import { pdfLabels } from "./labels";

const fontDir = path.join(process.cwd(), "public", "fonts");
const fonts = Object.values(FONT_FILES).map((file) => [file, openSync(path.join(fontDir, file)) as Font] as const);

// German, Polish, French, Spanish, Czech, Hungarian, Nordic, Turkish, Romanian, Greek and Cyrillic samples.
const LANGUAGES = "äöüÄÖÜß ŁłŃńŚśŹźŻżĄąĘę àâçéèêëîïôûùüÿœæ ñÑ¿¡ ČčŘřŠšŽžŮů ŐőŰű åÅøØ ĞğİıŞş ȘșȚț ΑαΩωλ ЖжЁёЇїЩщ";
// Typography our texts and generated files use: dashes, quotes, arrows, bullets, ticks, ellipsis, ≤ ≥ ×.
const TYPOGRAPHY = "–—‘’“”„•…→←↔≤≥×✓✗☐€°§";

function reportTexts(): string {
  const dir = path.join(process.cwd(), "lib", "__fixtures__");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".tunnelplan.json"))
    .map((f) => {
      const parsed = parsePlan(JSON.parse(readFileSync(path.join(dir, f), "utf8")), { today: "2026-11-29" });
      if (!parsed.ok) throw new Error(`${f} is not a valid plan`);
      // Both languages: German adds umlauts, ß and „quotes“ to every text.
      return (
        JSON.stringify(evaluatePlan(parsed.value, { today: "2026-11-29" })) +
        JSON.stringify(evaluatePlan({ ...parsed.value, locale: "de" }, { today: "2026-11-29" }))
      );
    })
    .join("");
}

function missingGlyphs(font: Font, text: string): string[] {
  // U+FEFF (a byte-order mark at the start of a German .ps1) is stripped before printing (appendix-pages.ts).
  const chars = new Set([...text].filter((c) => !/[\u0000-\u001f\u007f\ufeff]/.test(c)));
  return [...chars].filter((c) => !font.hasGlyphForCodePoint(c.codePointAt(0)!));
}

describe("embedded PDF fonts", () => {
  const ours = JSON.stringify(pdfLabels("en")) + JSON.stringify(pdfLabels("de")) + reportTexts();

  it.each(fonts)(
    "%s has a glyph for every character of the PDF's labels and of every fixture's report",
    (_file, font) => {
      expect(missingGlyphs(font, ours)).toEqual([]);
    },
  );

  it.each(fonts)("%s covers Latin-script European languages, Greek, Cyrillic and our typography", (_file, font) => {
    expect(missingGlyphs(font, LANGUAGES + TYPOGRAPHY)).toEqual([]);
  });
});

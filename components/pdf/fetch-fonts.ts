import { FONT_FILES, type FontFile } from "./font-files";

/** Each font as a blob: URL (the page's or the worker's own); the renderer reads those without another round trip to the server. */
export async function fetchPdfFonts(): Promise<(file: FontFile) => string> {
  const files = Object.values(FONT_FILES);
  const urls = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(`/fonts/${file}`);
      if (!response.ok) throw new Error(`the font /fonts/${file} could not be loaded (HTTP ${response.status})`);
      return URL.createObjectURL(await response.blob());
    }),
  );
  const byFile = new Map(files.map((file, i) => [file, urls[i]!]));
  return (file) => byFile.get(file) ?? `/fonts/${file}`;
}

import { describe, expect, it } from "vitest";
import { paginateAppendix } from "./appendix-pages";
import { wrapMonospace } from "./wrap";

const file = (path: string, lines: number) => ({
  path,
  purpose: "test",
  kind: "config" as const,
  content: Array.from({ length: lines }, (_, i) => `${path} line ${i}`).join("\n") + "\n",
});

describe("paginateAppendix", () => {
  it.each(["A4", "LETTER"] as const)("%s: keeps every line of every file in order, long files continued", (size) => {
    const files = [file("/a", 3), file("/b", 250), file("/c", 1), file("/d", 90)];
    const sheets = paginateAppendix(files, size, 100);
    const chunks = sheets.flat();
    for (const f of files) {
      const mine = chunks.filter((c) => c.path === f.path);
      expect(mine.flatMap((c) => c.lines)).toEqual(wrapMonospace(f.content, 100));
      expect(mine.map((c) => c.continued)).toEqual(mine.map((_, i) => i > 0));
    }
    expect(sheets.length).toBeGreaterThanOrEqual(4);
    // One sheet never holds more code lines than a page can (≈ 90 at 7 pt on A4 / 85 on Letter).
    for (const sheet of sheets) expect(sheet.reduce((n, c) => n + c.lines.length, 0)).toBeLessThanOrEqual(90);
  });

  it("gives an empty appendix one sheet", () => {
    expect(paginateAppendix([], "A4", 100)).toEqual([[]]);
  });
});

// The worker renders a small warm-up document before the first export (fonts parsed, layout engine started).
// That document must leave no trace in the next one: a warm-up text with composite glyphs (ä ö ü) made
// fontkit drop "N" and "o" from every later PDF ("Micr s ft Tunnel Gateway").
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import { evaluatePlan } from "@/lib/report/evaluate";
import { L } from "./labels";
import { renderChecklistPdfToBuffer } from "./render-node";
import { warmUpRenderer } from "./render";
import { pdfText } from "@/test/support/pdf-text";

const today = "2026-11-29";
const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, "");

describe("warmUpRenderer", { timeout: 120_000 }, () => {
  it("leaves the next PDF's text intact", async () => {
    await warmUpRenderer((file) => path.join(process.cwd(), "public", "fonts", file));
    const raw = JSON.parse(
      readFileSync(path.join(process.cwd(), "lib", "__fixtures__", "contoso-single-site.tunnelplan.json"), "utf8"),
    );
    const parsed = parsePlan(raw, { today });
    if (!parsed.ok) throw new Error("contoso-single-site is not a valid plan");
    const report = evaluatePlan(parsed.value, { today });
    const text = squash(
      pdfText(await renderChecklistPdfToBuffer(parsed.value, report, { pageSize: "A4", generatedOn: today })),
    );
    const expected = [L.kicker, L.title, parsed.value.name, ...report.checklist.map((c) => c.title)];
    expect(expected.filter((needle) => !text.includes(squash(needle)))).toEqual([]);
  });
});

// A German plan prints a German PDF: headings, phase titles and German dates (issue 14). The browser export runs
// this same document in its worker; e2e/pdf.spec.ts checks that path once, in English.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import { evaluatePlan } from "@/lib/report/evaluate";
import { renderChecklistPdfToBuffer } from "./render-node";
import { headingsAtFoot } from "@/test/support/pdf-headings";
import { pdfText, pdfWords } from "@/test/support/pdf-text";

const today = "2026-11-29";

it("the checklist PDF of a German plan is German, with German dates", { timeout: 120_000 }, async () => {
  const file = path.join(process.cwd(), "lib", "__fixtures__", "contoso-single-site.tunnelplan.json");
  const parsed = parsePlan({ ...JSON.parse(readFileSync(file, "utf8")), locale: "de" }, { today });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  expect(parsed.value.locale).toBe("de");
  const report = evaluatePlan(parsed.value, { today });
  const pdf = await renderChecklistPdfToBuffer(parsed.value, report, { pageSize: "A4", generatedOn: today });
  const text = pdfText(pdf);
  // Markers, not the whole text: a failure should not print a 40-page document.
  const has = (needle: string | RegExp) => (typeof needle === "string" ? text.includes(needle) : needle.test(text));
  expect(has("Bereitstellungscheckliste"), "German title").toBe(true);
  expect(has("Lizenzen und Rollen"), "German phase title").toBe(true);
  expect(text.match(/Planungsdatum \S+/)?.[0], "German planning date").toMatch(/^Planungsdatum \d{2}\.\d{2}\.\d{4}$/);
  expect(has("Licensing and roles"), "an English phase title").toBe(false);
  // German runs longer than English and breaks pages elsewhere: still no heading without its content.
  expect(pdfWords(pdf).flatMap((page, i) => headingsAtFoot(page).map((h) => `page ${i + 1}: ${h}`))).toEqual([]);
});

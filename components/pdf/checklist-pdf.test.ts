// The checklist PDF read back with poppler: complete (every site, FQDN, port, finding, checklist item, file)
// and nothing drawn outside the printable area or on top of other text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { evaluatePlan } from "@/lib/report/evaluate";
import type { Report } from "@/lib/report/types";
import { fieldLabel } from "@/lib/catalog/fields";
import { findDistro } from "@/lib/catalog/distros";
import { createTexts } from "@/lib/i18n/texts";
import { translate } from "@/lib/i18n/translate";
import { renderChecklistPdfToBuffer } from "./render-node";
import { MARGIN, PAGE_POINTS, type PageSize } from "./styles";
import { overlappingWords, pdfPageCount, pdfText, pdfWords, wordsOffPage } from "@/test/support/pdf-text";
import { headingsAtFoot } from "@/test/support/pdf-headings";

const today = "2026-11-29";
const FIXTURES = ["minimal", "contoso-single-site", "multi-site-large", "blockers"] as const;
const LARGEST = "multi-site-large";

function load(name: string): { plan: Plan; report: Report } {
  const file = path.join(process.cwd(), "lib", "__fixtures__", `${name}.tunnelplan.json`);
  const parsed = parsePlan(JSON.parse(readFileSync(file, "utf8")), { today });
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return { plan: parsed.value, report: evaluatePlan(parsed.value, { today }) };
}

const render = (plan: Plan, report: Report, pageSize: PageSize = "A4") =>
  renderChecklistPdfToBuffer(plan, report, {
    pageSize,
    generatedOn: today,
    shareUrl: "http://localhost:3000/open#p1.test",
  });

const runtimeName = (runtime: string) => translate("en", "terms.runtime", { runtime });

// Wrapped lines and (rare) breaks inside very long tokens add spaces and hyphens; compare without them.
const squash = (text: string) => text.replace(/[\s\u00ad-]+/g, "");

function expectAll(haystack: string, needles: string[], what: string) {
  const missing = needles.filter((needle) => !haystack.includes(squash(needle)));
  expect(missing, `${what} missing from the PDF`).toEqual([]);
}

// Rendering takes 1–3 s per PDF on a quiet machine; CI shares two cores, so allow far more.
describe.each(FIXTURES)("checklist PDF of %s", { timeout: 120_000 }, (name) => {
  it("contains every site, FQDN, port, finding, checklist item and generated file", async () => {
    const { plan, report } = load(name);
    const pdf = await render(plan, report);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = squash(pdfText(pdf));
    // Dates in the plan's language (Nov 28, 2026; 28.11.2026 in German).
    expectAll(text, [plan.name, createTexts(plan.locale).date(plan.planningDate), report.catalog.asOf], "cover");
    expectAll(
      text,
      report.sizing.sites.map((s) => s.name),
      "sites",
    );
    expectAll(
      text,
      report.sizing.sites.flatMap((s) => s.reasoning),
      "sizing reasoning",
    );
    expectAll(
      text,
      report.fqdns.map((f) => f.host),
      "FQDNs",
    );
    expectAll(
      text,
      [
        report.os.distro,
        runtimeName(report.os.container),
        report.os.supportEnds ? createTexts(plan.locale).date(report.os.supportEnds) : "No end date announced",
      ],
      "OS status",
    );
    const ports = [...report.ports.inbound, ...report.ports.outbound];
    expectAll(
      text,
      ports.map((p) => `${p.protocol.toUpperCase()} ${p.port}`),
      "ports",
    );
    expectAll(
      text,
      report.findings.map((f) => f.title),
      "finding titles",
    );
    expectAll(
      text,
      report.checklist.map((c) => c.title),
      "checklist items",
    );
    expectAll(
      text,
      report.files.map((f) => f.path),
      "generated files",
    );
    expect(text).toContain(squash(`Page 1 of ${pdfPageCount(pdf)}`));
    if (name !== LARGEST) expectPagesClean(pdf, "A4");
  });
});

describe("checklist PDF sources", { timeout: 120_000 }, () => {
  it("names the page and section of every finding and checklist item, listed once in a sources appendix", async () => {
    const { plan, report } = load("blockers");
    const text = squash(pdfText(await render(plan, report)));
    const refs = [
      ...report.findings.flatMap((f) => f.source ?? []),
      ...report.checklist.flatMap((c) => c.source ?? []),
    ];
    expect(refs.length).toBeGreaterThan(10);
    expect(text).toContain(squash("Appendix: sources"));
    expectAll(text, [...new Set(refs.map((r) => r.label))], "source labels");
    expectAll(text, [...new Set(refs.flatMap((r) => (r.url ? [r.url] : [])))], "source addresses");
    expectAll(
      text,
      report.findings.filter((f) => f.field).map((f) => `Plan field: ${fieldLabel(f.field)}`),
      "field names",
    );
    expectAll(text, [`${findDistro(report.os.distro)?.label}`], "distribution name");
  });

  it("shows no internal fact number in anything it writes itself", async () => {
    // The sizing reasoning and the generated files are other modules' text; they are checked where they are written.
    for (const name of FIXTURES) {
      const { plan, report } = load(name);
      const own: Report = {
        ...report,
        files: [],
        sizing: { ...report.sizing, sites: report.sizing.sites.map((s) => ({ ...s, reasoning: [] })) },
      };
      expect(pdfText(await render(plan, own)), name).not.toContain("facts#");
    }
  });
});

function expectPagesClean(pdf: Buffer, size: PageSize) {
  const pages = pdfWords(pdf);
  pages.forEach((page, i) => {
    expect(page.width).toBeCloseTo(PAGE_POINTS[size].width, 0);
    expect(page.height).toBeCloseTo(PAGE_POINTS[size].height, 0);
    const footerTop = page.height - 40;
    expect(wordsOffPage(page, MARGIN, footerTop), `page ${i + 1}: words outside the margins`).toEqual([]);
    expect(overlappingWords(page), `page ${i + 1}: overlapping words`).toEqual([]);
    const footer = page.words
      .filter((w) => w.yMin >= footerTop)
      .map((w) => w.text)
      .join(" ");
    expect(footer, `page ${i + 1} footer`).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(headingsAtFoot(page), `page ${i + 1}: a heading left at the foot of the page`).toEqual([]);
  });
  return pages.length;
}

describe(`checklist PDF of ${LARGEST}, page by page`, { timeout: 120_000 }, () => {
  it.each(["A4", "LETTER"] as const)(
    "%s: no word runs off the page or overlaps another, every page numbered",
    async (size) => {
      const { plan, report } = load(LARGEST);
      const pdf = await render(plan, report, size);
      expect(expectPagesClean(pdf, size)).toBeGreaterThan(3);
      expect(pdf.length, "file size").toBeLessThanOrEqual(250 * 1024);
    },
  );

  it("wraps every long line of the generated files instead of cutting it", async () => {
    const { plan, report } = load(LARGEST);
    const longest = report.files
      .flatMap((f) => f.content.split("\n"))
      .reduce((a, b) => (b.length > a.length ? b : a), "");
    const withLongLine: Report = {
      ...report,
      files: [
        ...report.files,
        { path: "/tmp/long-line.txt", purpose: "test", kind: "config", content: `${"abcdefghij".repeat(30)}END\n` },
      ],
    };
    // Continuation lines start with ↪; without the marks and the line breaks the text is complete.
    const text = squash(pdfText(await render(plan, withLongLine))).replace(/↪/g, "");
    expect(text).toContain(squash(longest));
    expect(text).toContain(`${"abcdefghij".repeat(30)}END`);
  });
});

describe("fonts", { timeout: 120_000 }, () => {
  it("embeds a font that prints German and Polish names", async () => {
    const { plan, report } = load("minimal");
    const name = "Müller & Łukasz – Straße";
    const pdf = await render({ ...plan, name }, report);
    expect(pdfText(pdf)).toContain(name);
    expect(pdfWords(pdf)[0]?.words.map((w) => w.text)).toContain("Łukasz");
  });
});

// Issue 16: a plan that carries checklist progress prints its ticks, with who and when, in the PDF.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import { evaluatePlan } from "@/lib/report/evaluate";
import { renderChecklistPdfToBuffer } from "./render-node";
import { overlappingWords, pdfWords } from "@/test/support/pdf-text";

const today = "2026-11-29";

function contoso(progress: Record<string, unknown>) {
  const raw = JSON.parse(
    readFileSync(path.join(process.cwd(), "lib", "__fixtures__", "contoso-single-site.tunnelplan.json"), "utf8"),
  );
  const parsed = parsePlan({ ...raw, progress }, { today });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { plan: parsed.value, report: evaluatePlan(parsed.value, { today }) };
}

/** The words on the line of the checklist row whose title starts with `title`'s first word. */
function rowOf(pages: ReturnType<typeof pdfWords>, title: string): string[] {
  for (const page of pages) {
    const first = title.split(" ")[0]!;
    for (const word of page.words.filter((w) => w.text === first)) {
      const line = page.words.filter((w) => Math.abs(w.yMin - word.yMin) < 3).map((w) => w.text);
      if (line.join(" ").includes(title)) return line;
    }
  }
  return [];
}

describe("checklist PDF with progress", { timeout: 120_000 }, () => {
  it("ticks done items and prints who did them and when on the item's row; open items stay blank", async () => {
    const { plan, report } = contoso({
      "ip-forward": { done: true, by: "Anna Müller", on: "2026-12-01" },
      "load-tun": { done: true, on: "2026-12-02" },
    });
    const pdf = await renderChecklistPdfToBuffer(plan, report, { pageSize: "A4", generatedOn: today });
    const pages = pdfWords(pdf);
    const ipForward = report.checklist.find((i) => i.id === "ip-forward")!.title;
    const tun = report.checklist.find((i) => i.id === "load-tun")!.title;
    const open = report.checklist.find((i) => i.id === "azure-subscription")!.title;
    expect(rowOf(pages, ipForward)).toEqual(expect.arrayContaining(["✓", "Anna", "Müller", "2026-12-01"]));
    expect(rowOf(pages, tun)).toEqual(expect.arrayContaining(["✓", "2026-12-02"]));
    expect(rowOf(pages, open)).not.toContain("✓");
    expect(pages.flatMap((p) => p.words).filter((w) => w.text === "✓")).toHaveLength(2);
    for (const page of pages) expect(overlappingWords(page)).toEqual([]);
  });
});

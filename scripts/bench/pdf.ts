// Checklist PDF render time and size per fixture in Node (issue 7): `npx tsx scripts/bench/pdf.ts [--json] [--runs N]`.
// Targets for the largest fixture: ≤ 2 s and ≤ 250 KB. The first run includes font parsing (as the first click does).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderChecklistPdfToBuffer } from "../../components/pdf/render-node";
import { parsePlan } from "../../lib/plan/parse";
import { evaluatePlan } from "../../lib/report/evaluate";

const TARGET_MS = 2000;
const TARGET_BYTES = 250 * 1024;
const today = "2026-11-29";
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const dir = join(process.cwd(), "lib", "__fixtures__");

const rows = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const parsed = parsePlan(JSON.parse(readFileSync(join(dir, file), "utf8")), { today });
  if (!parsed.ok) throw new Error(`${file}: invalid plan`);
  const report = evaluatePlan(parsed.value, { today });
  for (const pageSize of ["A4", "LETTER"] as const) {
    const times: number[] = [];
    let bytes = 0;
    let pages = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const pdf = await renderChecklistPdfToBuffer(parsed.value, report, {
        pageSize,
        generatedOn: today,
        shareUrl: "http://localhost:3000/open#bench",
      });
      times.push(performance.now() - start);
      bytes = pdf.length;
      pages = countPages(pdf);
    }
    rows.push({
      fixture: file,
      pageSize,
      pages,
      firstMs: Math.round(times[0]!),
      bestMs: Math.round(Math.min(...times)),
      bytes,
    });
  }
}

// react-pdf writes page dictionaries uncompressed: one "/Type /Page" per page (the tree is "/Type /Pages").
function countPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type \/Page(?!s)/g) ?? []).length;
}

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ targetMs: TARGET_MS, targetBytes: TARGET_BYTES, runs, rows }, null, 2));
} else {
  console.log(`checklist PDF in Node (${runs} runs each; targets ≤ ${TARGET_MS} ms, ≤ ${TARGET_BYTES / 1024} KB)`);
  for (const r of rows) {
    const over = r.firstMs > TARGET_MS || r.bytes > TARGET_BYTES ? "  OVER TARGET" : "";
    console.log(
      `${r.fixture.padEnd(32)} ${r.pageSize.padEnd(6)} ${String(r.pages).padStart(3)} pages  first ${String(r.firstMs).padStart(5)} ms  best ${String(r.bestMs).padStart(5)} ms  ${(r.bytes / 1024).toFixed(1).padStart(6)} KB${over}`,
    );
  }
}

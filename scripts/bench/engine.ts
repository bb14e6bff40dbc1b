// Engine speed per fixture: parsePlan and evaluatePlan (incl. generated files), median and p95 over many runs.
//   npx tsx scripts/bench/engine.ts [--runs 300] [--json]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluatePlan, parsePlan } from "../../lib/index";

const today = "2026-11-29";
const runsAt = process.argv.indexOf("--runs");
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 300;
const WARM_UP = 20; // JIT warm-up runs, not recorded
const dir = join(process.cwd(), "fixtures", "plans");

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { medianMs: +at(50).toFixed(3), p95Ms: +at(95).toFixed(3) };
}

const rows = readdirSync(dir)
  .filter((f) => f.endsWith(".tunnelplan.json"))
  .sort()
  .map((file) => {
    const raw = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const parseTimes: number[] = [];
    const evalTimes: number[] = [];
    let files = 0;
    let findings = 0;
    for (let i = 0; i < runs + WARM_UP; i++) {
      const record = i >= WARM_UP;
      let t = performance.now();
      const parsed = parsePlan(raw, { today });
      if (record) parseTimes.push(performance.now() - t);
      if (!parsed.ok) throw new Error(`${file}: ${parsed.issues.map((x) => `${x.path}: ${x.message}`).join("; ")}`);
      t = performance.now();
      const report = evaluatePlan(parsed.value, { today });
      if (record) evalTimes.push(performance.now() - t);
      files = report.files.length;
      findings = report.findings.length;
    }
    return { fixture: file.replace(".tunnelplan.json", ""), files, findings, parse: stats(parseTimes), evaluate: stats(evalTimes) };
  });

if (process.argv.includes("--json")) console.log(JSON.stringify({ runs, rows }, null, 2));
else {
  console.log(`engine: parsePlan and evaluatePlan (with files), ${runs} runs each, after 20 unrecorded warm-up runs`);
  for (const r of rows) {
    console.log(
      `${r.fixture.padEnd(24)} parse median ${r.parse.medianMs.toFixed(2)} ms p95 ${r.parse.p95Ms.toFixed(2)} ms | evaluate median ${r.evaluate.medianMs.toFixed(2)} ms p95 ${r.evaluate.p95Ms.toFixed(2)} ms | ${r.files} files, ${r.findings} findings`,
    );
  }
}

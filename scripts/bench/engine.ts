// Engine speed per fixture and for a generated large plan (100 sites, 500 CIDRs): parsePlan and
// evaluatePlan (incl. generated files), median and p95 over many runs; issue 3's targets are a
// typical plan ≤ 1 ms and the large one ≤ 20 ms, and the ratio between them is printed.
//   npx tsx scripts/bench/engine.ts [--runs 300] [--json]
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluatePlan } from "../../lib/report/evaluate";
import { parsePlan } from "../../lib/plan/parse";

const today = "2026-11-29";
const runsAt = process.argv.indexOf("--runs");
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 300;
const WARM_UP = 20; // JIT warm-up runs, not recorded
const dir = join(process.cwd(), "lib", "__fixtures__");

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { medianMs: +at(50).toFixed(3), p95Ms: +at(95).toFixed(3) };
}

const TYPICAL = "contoso-single-site";
const LARGE = "generated-100-sites-500-cidrs";

/** 100 sites of 400 devices each and 500 CIDRs (200 internal, 250 split-tunnel include, 50 exclude). */
function largePlan() {
  const sites = Array.from({ length: 100 }, (_, i) => ({
    name: `Site ${i + 1}`,
    devices: 400,
    publicAddress: `tunnel-${i + 1}.contoso.com`,
  }));
  return {
    schemaVersion: 1,
    name: "100 sites, 500 CIDRs",
    devices: { ios: 25_000, androidFullyManaged: 15_000 },
    sites,
    server: { distro: "rhel-9.4" },
    network: {
      internalCidrs: Array.from({ length: 200 }, (_, i) => `10.${i}.0.0/16`),
      splitTunnel: {
        include: Array.from({ length: 250 }, (_, i) => `172.${16 + (i % 16)}.${Math.floor(i / 16)}.0/24`),
        exclude: Array.from({ length: 50 }, (_, i) => `10.250.${i}.0/24`),
      },
      dnsServers: ["10.0.0.53"],
    },
    tls: { subjectNames: ["*.contoso.com"] },
  };
}

const inputs: Array<[string, unknown]> = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith(".tunnelplan.json"))
    .sort()
    .map((file): [string, unknown] => [
      file.replace(".tunnelplan.json", ""),
      JSON.parse(readFileSync(join(dir, file), "utf8")),
    ]),
  [LARGE, largePlan()],
];

const rows = inputs.map(([fixture, raw]) => {
  const parseTimes: number[] = [];
  const evalTimes: number[] = [];
  let files = 0;
  let findings = 0;
  for (let i = 0; i < runs + WARM_UP; i++) {
    const record = i >= WARM_UP;
    let t = performance.now();
    const parsed = parsePlan(raw, { today });
    if (record) parseTimes.push(performance.now() - t);
    if (!parsed.ok) throw new Error(`${fixture}: ${parsed.issues.map((x) => `${x.path}: ${x.message}`).join("; ")}`);
    t = performance.now();
    const report = evaluatePlan(parsed.value, { today });
    if (record) evalTimes.push(performance.now() - t);
    files = report.files.length;
    findings = report.findings.length;
  }
  return { fixture, files, findings, parse: stats(parseTimes), evaluate: stats(evalTimes) };
});

const typical = rows.find((r) => r.fixture === TYPICAL)!.evaluate.medianMs;
const large = rows.find((r) => r.fixture === LARGE)!.evaluate.medianMs;
const ratio = +(large / typical).toFixed(1);

if (process.argv.includes("--json"))
  console.log(JSON.stringify({ runs, rows, typicalMs: typical, largeMs: large, ratio }, null, 2));
else {
  console.log(`engine: parsePlan and evaluatePlan (with files), ${runs} runs each, after 20 unrecorded warm-up runs`);
  for (const r of rows) {
    console.log(
      `${r.fixture.padEnd(30)} parse median ${r.parse.medianMs.toFixed(2)} ms p95 ${r.parse.p95Ms.toFixed(2)} ms | evaluate median ${r.evaluate.medianMs.toFixed(2)} ms p95 ${r.evaluate.p95Ms.toFixed(2)} ms | ${r.files} files, ${r.findings} findings`,
    );
  }
  console.log(
    `evaluate median: typical (${TYPICAL}) ${typical.toFixed(2)} ms (target ≤ 1 ms), large (${LARGE}) ${large.toFixed(2)} ms (target ≤ 20 ms), ratio ${ratio}×`,
  );
}

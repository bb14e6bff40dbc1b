// Lighthouse (mobile, simulated throttling; performance and accessibility) for a few pages, each next to the
// first one given (the bare Next.js page in `npm run bench`). Uses Debian's chromium, never a download.
// One run is one sample of a noisy measure (here the simulated LCP of one build swung between 0.8 and 2.4 s from
// run to run on 2 cores), so every page runs --runs times (default 3), the pages interleaved, and the table shows
// the run with the median performance score, with the range of the runs beside it.
// Each run also records the race that decides the simulated LCP (Lighthouse 12's lantern): a script whose download
// ended before the page's first paint, as observed on this machine without throttling, counts as needed for the
// LCP and its download at 1.6 Mbit/s is added to it. "paint first" says in how many runs the paint beat every script.
//   node scripts/bench/lighthouse.mjs "bare /=http://127.0.0.1:4001/" "/=http://127.0.0.1:4002/" ... [--runs 3] [--json]
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const chrome = process.env.CHROME_PATH || process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** One Lighthouse run: scores 0-100, LCP and TBT in ms, FCP and CLS for context. */
export function lighthouse(url) {
  const dir = mkdtempSync(path.join(tmpdir(), "lighthouse-"));
  const out = path.join(dir, "report.json");
  try {
    const r = spawnSync(
      path.join(root, "node_modules", ".bin", "lighthouse"),
      [
        url,
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
        "--only-categories=performance,accessibility",
        "--form-factor=mobile",
        "--output=json",
        `--output-path=${out}`,
      ],
      { encoding: "utf8", env: { ...process.env, CHROME_PATH: chrome }, timeout: 300_000 },
    );
    if (r.status !== 0)
      throw new Error(`lighthouse ${url} failed (exit ${r.status}): ${(r.stderr || r.stdout).slice(-500)}`);
    const lhr = JSON.parse(readFileSync(out, "utf8"));
    const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
    const scriptEnds = (lhr.audits["network-requests"]?.details?.items ?? [])
      .filter((r) => r.resourceType === "Script")
      .map((r) => r.networkEndTime);
    return {
      performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? Number.NaN) * 100),
      lcpMs: Math.round(audit("largest-contentful-paint")),
      tbtMs: Math.round(audit("total-blocking-time")),
      fcpMs: Math.round(audit("first-contentful-paint")),
      cls: +audit("cumulative-layout-shift").toFixed(3),
      // Unthrottled, as observed: the page's largest paint and the first script to finish downloading (ms).
      observedLcpMs: Math.round(observed.observedLargestContentfulPaint ?? Number.NaN),
      firstScriptMs: Math.round(Math.min(...scriptEnds)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The run with the median performance score (the lower middle one for an even count), so its metrics belong together. */
export function medianRun(samples) {
  const sorted = [...samples].sort((a, b) => a.performance - b.performance || a.lcpMs - b.lcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Runs whose observed largest paint came before any script had finished downloading. */
const paintFirst = (rs) => rs.filter((r) => r.observedLcpMs < r.firstScriptMs).length;

const range = (rs, key) => {
  const v = rs.map((r) => r[key]);
  return `${Math.min(...v)}-${Math.max(...v)}`;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs takes a whole number of 1 or more");
  const targets = args
    .filter((a, i) => !a.startsWith("--") && !(runsAt >= 0 && i === runsAt + 1))
    .map((a) => ({ label: a.slice(0, a.indexOf("=")), url: a.slice(a.indexOf("=") + 1) }));
  const samples = targets.map(() => []);
  // Interleaved (page 1, 2, 3, page 1, 2, 3, ...): a slow minute of the machine then hits every page alike.
  for (let r = 0; r < runs; r++) targets.forEach((t, i) => samples[i].push(lighthouse(t.url)));
  const rows = targets.map((t, i) => ({ ...t, ...medianRun(samples[i]), runs: samples[i] }));
  const base = rows[0];
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ chrome, rows }, null, 2));
  } else {
    console.log(
      `Lighthouse 12 (mobile, simulated throttling), median of ${runs} run(s) per page, each page next to ${base?.label ?? "-"}; goal: performance within 3 points, LCP ≤ 1.5×`,
    );
    console.log(
      `${"page".padEnd(18)} ${"perf".padStart(4)} ${"a11y".padStart(4)} ${"LCP ms".padStart(7)} ${"TBT ms".padStart(7)} ${"FCP ms".padStart(7)} ${"CLS".padStart(6)}   vs ${base?.label ?? "-"}`,
    );
    for (const r of rows) {
      const vs =
        r === base
          ? ""
          : `perf ${r.performance - base.performance >= 0 ? "+" : ""}${r.performance - base.performance}, LCP ${(r.lcpMs / base.lcpMs).toFixed(2)}×, TBT ${r.tbtMs - base.tbtMs >= 0 ? "+" : ""}${r.tbtMs - base.tbtMs} ms`;
      console.log(
        `${r.label.padEnd(18)} ${String(r.performance).padStart(4)} ${String(r.accessibility).padStart(4)} ${String(r.lcpMs).padStart(7)} ${String(r.tbtMs).padStart(7)} ${String(r.fcpMs).padStart(7)} ${String(r.cls).padStart(6)}   ${vs}`,
      );
      if (runs > 1)
        console.log(
          `${"".padEnd(18)} runs: perf ${range(r.runs, "performance")}, LCP ${range(r.runs, "lcpMs")} ms, TBT ${range(r.runs, "tbtMs")} ms; paint first in ${paintFirst(r.runs)}/${r.runs.length} (observed paint ${range(r.runs, "observedLcpMs")} ms, first script ${range(r.runs, "firstScriptMs")} ms)`,
        );
    }
  }
}

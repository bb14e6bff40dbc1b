// Lighthouse (mobile, simulated throttling; performance and accessibility) for a few pages, each next to the
// first one given (the bare Next.js page in `npm run bench`). Uses Debian's chromium, never a download.
//   node scripts/bench/lighthouse.mjs "bare /=http://127.0.0.1:4001/" "/=http://127.0.0.1:4002/" ... [--json]
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
    return {
      performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? Number.NaN) * 100),
      lcpMs: Math.round(audit("largest-contentful-paint")),
      tbtMs: Math.round(audit("total-blocking-time")),
      fcpMs: Math.round(audit("first-contentful-paint")),
      cls: +audit("cumulative-layout-shift").toFixed(3),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const targets = process.argv
    .slice(2)
    .filter((a) => !a.startsWith("--"))
    .map((a) => ({ label: a.slice(0, a.indexOf("=")), url: a.slice(a.indexOf("=") + 1) }));
  const rows = targets.map((t) => ({ ...t, ...lighthouse(t.url) }));
  const base = rows[0];
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ chrome, rows }, null, 2));
  } else {
    console.log(
      `Lighthouse 12 (mobile, simulated throttling), each page next to ${base?.label ?? "-"}; goal: performance within 3 points, LCP ≤ 1.5×`,
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
    }
  }
}

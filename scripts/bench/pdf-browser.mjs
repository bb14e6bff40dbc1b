// Click-to-download time and size of the checklist PDF in the browser (issue 7).
// Start a server first (e.g. `npx next start -p 3100`), then:
//   node scripts/bench/pdf-browser.mjs http://127.0.0.1:3100 [fixture=multi-site-large] [--runs 3] [--json]
// Each run is a fresh page, so it includes loading the renderer chunk and the fonts (what a user's first click costs).
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const base = args.find((a) => /^https?:\/\//.test(a));
if (!base) {
  console.error("usage: node scripts/bench/pdf-browser.mjs <server-url> [fixture] [--runs N] [--json]");
  process.exit(2);
}
const fixture = args.find((a) => !a.startsWith("-") && a !== base && !/^\d+$/.test(a)) ?? "multi-site-large";
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
// Issue 17: a median of at most 1.5 s from click to download.
const TARGET_MS = 1500;
const TARGET_BYTES = 250 * 1024;

const plan = JSON.parse(readFileSync(path.join("lib", "__fixtures__", `${fixture}.tunnelplan.json`), "utf8"));
const saved = JSON.stringify({ state: { plan, updatedAt: new Date().toISOString(), progress: {}, drafts: {} }, version: 1 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
});
const dir = mkdtempSync(path.join(tmpdir(), "tp-pdf-bench-"));
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), ["tunnel-planner:v1", saved]);
    const page = await context.newPage();
    await page.goto(new URL("/review", base).href);
    const button = page.getByRole("button", { name: "Export PDF" });
    await button.waitFor();
    await page.waitForLoadState("networkidle");
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    const file = path.join(dir, `run-${i}.pdf`);
    await download.saveAs(file);
    const ms = performance.now() - start;
    rows.push({ run: i + 1, ms: Math.round(ms), bytes: statSync(file).size });
    await context.close();
  }
} finally {
  await browser.close();
}
if (args.includes("--json")) {
  console.log(JSON.stringify({ fixture, targetMs: TARGET_MS, targetBytes: TARGET_BYTES, rows }, null, 2));
} else {
  console.log(`checklist PDF click-to-download, ${fixture} (targets ≤ ${TARGET_MS} ms, ≤ ${TARGET_BYTES / 1024} KB)`);
  for (const r of rows) {
    const over = r.ms > TARGET_MS || r.bytes > TARGET_BYTES ? "  OVER TARGET" : "";
    console.log(`run ${r.run}: ${String(r.ms).padStart(5)} ms  ${(r.bytes / 1024).toFixed(1).padStart(6)} KB${over}`);
  }
}

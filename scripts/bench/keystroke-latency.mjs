// Time from a keystroke in the iOS device count to the updated server count in the summary panel (issue 5 item 9).
// Start a server first (e.g. `npx next start -p 3100`), then:
//   node scripts/bench/keystroke-latency.mjs http://127.0.0.1:3100 [--keys 50] [--json]
// Keystrokes alternate "0" and Backspace on 1000 <-> 10000 devices, so every one changes the server count.
// The page measures itself: a capture-phase keydown listener stamps performance.now(), a MutationObserver
// stamps the first change of the total-servers text; p50/p95 over all keystrokes, target p95 ≤ 50 ms.
import { pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";

const TARGET_P95_MS = 50;
const IOS_LABEL = "iOS/iPadOS devices";
const TOTAL = '[data-testid="summary-total-servers"]';

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Runs `keys` keystrokes against `/plan/devices` of a running server; returns the latencies in ms. */
async function measureKeystrokeLatency(baseUrl, { keys = 50 } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(new URL("/plan/devices", baseUrl).href);
    const input = page.getByLabel(IOS_LABEL, { exact: true });
    await input.fill("1000");
    await page.locator(TOTAL).waitFor();
    await page.waitForLoadState("networkidle");
    await page.evaluate((selector) => {
      const w = /** @type {any} */ (window);
      w.__latency = { t0: 0, pending: false, samples: [] };
      const el = document.querySelector(selector);
      let last = el.textContent;
      window.addEventListener("keydown", () => Object.assign(w.__latency, { t0: performance.now(), pending: true }), true);
      new MutationObserver(() => {
        const now = document.querySelector(selector)?.textContent;
        if (w.__latency.pending && now !== last) {
          w.__latency.samples.push(performance.now() - w.__latency.t0);
          w.__latency.pending = false;
        }
        last = now;
      }).observe(el.closest("aside") ?? document.body, { subtree: true, childList: true, characterData: true });
    }, TOTAL);
    await input.focus();
    await page.keyboard.press("End");
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press(i % 2 === 0 ? "0" : "Backspace");
      await page.waitForFunction((n) => window.__latency.samples.length >= n, i + 1, { timeout: 5000 });
    }
    return await page.evaluate(() => window.__latency.samples);
  } finally {
    await browser.close();
  }
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (v) => Math.round(v * 10) / 10;
  const p95 = percentile(sorted, 95);
  return { keystrokes: sorted.length, p50Ms: round(percentile(sorted, 50)), p95Ms: round(p95), maxMs: round(sorted.at(-1)), targetP95Ms: TARGET_P95_MS, withinTarget: p95 <= TARGET_P95_MS };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const base = args.find((a) => /^https?:\/\//.test(a));
  if (!base) {
    console.error("usage: node scripts/bench/keystroke-latency.mjs <server-url> [--keys 50] [--json]");
    process.exit(2);
  }
  const keysAt = args.indexOf("--keys");
  const result = summarize(await measureKeystrokeLatency(base, { keys: keysAt >= 0 ? Number(args[keysAt + 1]) : 50 }));
  if (args.includes("--json")) console.log(JSON.stringify(result, null, 2));
  else console.log(`keystroke -> server count: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms over ${result.keystrokes} keystrokes (target p95 ≤ ${TARGET_P95_MS} ms)`);
}

import { defineConfig, devices } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

// Pick a free port once in the runner; workers re-evaluate this file but inherit process.env.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(
    process.execPath,
    [
      "-e",
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
    ],
    { encoding: "utf8" },
  ).trim();
}
const PORT = Number(process.env.E2E_PORT);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// E2E_STATIC=1 serves the static export (out/) the way a self-hosting team would; otherwise `next start`.
const isStatic = process.env.E2E_STATIC === "1";
const serverCommand = isStatic
  ? `node scripts/serve-static.mjs out ${PORT}`
  : `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${PORT}`;

// The static export is tested only where it differs from `next start` (routing, trailing slashes, assets,
// deep links, the <meta> policy): e2e/static-export.spec.ts runs against out/, every other spec against next start.
const STATIC_SPEC = /static-export\.spec\.ts$/;

export default defineConfig({
  testDir: "./e2e",
  ...(isStatic ? { testMatch: STATIC_SPEC } : { testIgnore: STATIC_SPEC }),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1, // 2 cores: one browser at a time is fastest and stable
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // JSON goes to reports/, outside test-results/ which Playwright wipes at every start.
  reporter: process.env.E2E_JSON ? [["list"], ["json", { outputFile: process.env.E2E_JSON }]] : "list",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    acceptDownloads: true,
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Never `npx playwright install` here: Debian's chromium-headless-shell (or chromium) is used (toolchain.md §3).
        launchOptions: {
          executablePath:
            process.env.CHROMIUM_PATH ??
            (existsSync("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium"),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: serverCommand,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});

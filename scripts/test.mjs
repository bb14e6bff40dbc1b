// `npm test`: lint, formatting (Prettier), typecheck, unit, the real-userland script test, static export, e2e of what the
// static export does differently (e2e/static-export.spec.ts; playwright.config.ts picks it with E2E_STATIC=1), build,
// e2e (next start).
// Prints one closing line "N passed, N failed" summed over unit and e2e tests; a failed
// lint, typecheck or build step counts as one failure so the line never hides it.
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { ensureDependencies, markBuilt, root, run } from "./lib/ensure.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
// Debian's chromium-headless-shell first: the same Blink without the browser around it (what Playwright itself runs
// headless); the e2e suite is CPU-bound on 2 cores and ran 15 % faster with it. The full chromium also works.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const chromium =
  process.env.CHROMIUM_PATH ||
  (existsSync(HEADLESS_SHELL) || !existsSync("/usr/bin/chromium") ? HEADLESS_SHELL : "/usr/bin/chromium");
process.env.CHROMIUM_PATH = chromium;

ensureDependencies();
ensureChromium();

const reports = join(root, "reports");
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const next = ["node_modules/next/dist/bin/next"];
const failedSteps = [];
const SHELL_SCRIPTS = [
  ".ci/run",
  "scripts/subset-fonts.sh",
  "scripts/userland/rootfs.sh",
  "scripts/userland/run.sh",
  "scripts/userland/standins/systemctl",
  "scripts/userland/standins/service",
  "scripts/userland/standins/modprobe",
];
const timings = [];
// The real-userland test's Debian root filesystem (scripts/userland/rootfs.sh): built once per machine, mostly
// downloading and unpacking packages (~75 s on a fresh machine), so it is built while the checks and unit tests run,
// and the userland step waits for it. Cached, it answers at once. A failure is reported by the userland step itself,
// which runs the script again.
const rootfsBuilt = stepAsync("userland root filesystem", "bash", ["scripts/userland/rootfs.sh"], { background: true });

function step(name, cmd, args, env = {}) {
  const t0 = Date.now();
  console.log(`\n=== ${name}`);
  const status = run(cmd, args, { env: { ...process.env, ...env } });
  timings.push(`${name.padEnd(24)} ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  if (status !== 0) failedSteps.push(name);
  return status === 0;
}

// The checks are single-threaded (ESLint, tsc, Prettier): two at a time keep both cores busy. One after another they
// took 71 s in a fresh-clone CI run; two at a time 61 s there and 41 s on a quiet machine (2026-12-02). Each step's
// output is printed whole when it ends, so the log stays readable. `next typegen` first: tsc reads its types.
if (run("node", [...next, "typegen"]) !== 0) failedSteps.push("typecheck (next typegen)");
const checks = await Promise.all([
  stepAsync("lint", "npx", ["eslint", "--max-warnings=0", "."]),
  (async () => {
    const typed = await stepAsync("typecheck", "npx", ["tsc", "--noEmit"]);
    await stepAsync("format (prettier)", "npx", ["prettier", "--check", "."]);
    if (hasShellcheck()) await stepAsync("shellcheck", "shellcheck", SHELL_SCRIPTS);
    return typed;
  })(),
]);
// Both builds below would type-check again; after a passing typecheck they skip it (next.config.ts).
if (checks[1]) process.env.TUNNEL_PLANNER_TYPECHECKED = "1";
step("unit (vitest)", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${join(reports, "unit.json")}`,
]);
// prepare-server.sh for real in a Debian 12 root filesystem (needs root; builds its cache once, see scripts/userland/).
await rootfsBuilt;
step("userland (debootstrap)", "npx", [
  "vitest",
  "run",
  "-c",
  "vitest.userland.config.ts",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${join(reports, "userland.json")}`,
]);
// The static export first: with output: export, Next.js builds in .next too (then copies the site to out/), which
// empties the server build's .next, its policy manifest and build stamp with it. Built second, the server build
// is what `npm test` leaves in .next, so `npm start` (and a plain `next start`) serves it as tested.
if (step("build (static export)", "node", [...next, "build"], { NEXT_OUTPUT: "export" })) {
  step("e2e (static out/)", "npx", ["playwright", "test"], {
    E2E_STATIC: "1",
    E2E_JSON: join(reports, "e2e-static.json"),
  });
}
if (step("build", "node", [...next, "build"])) {
  markBuilt();
  step("e2e (next start)", "npx", ["playwright", "test"], { E2E_JSON: join(reports, "e2e.json") });
}

const testSteps = {
  "unit (vitest)": "unit.json",
  "userland (debootstrap)": "userland.json",
  "e2e (next start)": "e2e.json",
  "e2e (static out/)": "e2e-static.json",
};
let passed = 0;
let failed = 0;
for (const name of failedSteps) if (!(name in testSteps)) failed += 1;
for (const [name, file] of Object.entries(testSteps)) {
  const counts = readCounts(join(reports, file));
  passed += counts.passed;
  failed += counts.failed;
  // A test runner that failed without reporting a failed test (crash, config error) still counts once.
  if (failedSteps.includes(name) && counts.failed === 0) failed += 1;
}

console.log("\n=== timings");
for (const t of timings) console.log(t);
if (failedSteps.length) console.log(`\nfailed steps: ${failedSteps.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);

/**
 * Like step(), without blocking: output is collected and printed in one piece when the command ends. A background
 * step prepares for a later one and is not a check of its own: its failure is left to that step to report.
 */
function stepAsync(name, cmd, args, { background = false } = {}) {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    child.stdout.on("data", (d) => out.push(d));
    child.stderr.on("data", (d) => out.push(d));
    const finish = (ok) => {
      console.log(`\n=== ${name}`);
      process.stdout.write(Buffer.concat(out));
      const beside = background ? "in the background" : "with another check beside it";
      timings.push(`${name.padEnd(24)} ${((Date.now() - t0) / 1000).toFixed(1)}s (${beside})`);
      if (!ok && !background) failedSteps.push(name);
      resolve(ok);
    };
    child.on("error", (e) => {
      out.push(Buffer.from(`${cmd}: ${e.message}\n`));
      finish(false);
    });
    child.on("close", (code) => finish(code === 0));
  });
}

function readCounts(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const r = JSON.parse(readFileSync(file, "utf8"));
  if (r.stats) return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
  return { passed: r.numPassedTests, failed: r.numFailedTests };
}

function hasShellcheck() {
  return spawnSync("shellcheck", ["--version"], { stdio: "ignore" }).status === 0;
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0) {
    const pkg = chromium === "/usr/bin/chromium" ? "chromium" : "chromium-headless-shell";
    console.log(`> ${chromium} not found: installing Debian's ${pkg} with apt`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (
      run("apt-get", ["update", "-qq"], { env }) === 0 &&
      run("apt-get", ["install", "-y", "-qq", pkg], { env }) === 0 &&
      existsSync(chromium)
    )
      return;
  }
  console.error(
    `Chromium was not found at ${chromium}. The end-to-end tests need it.\n` +
      "Install Debian's package:  sudo apt-get update && sudo apt-get install -y chromium-headless-shell\n" +
      "or point CHROMIUM_PATH at a Chromium binary. (Never `npx playwright install`: it cannot download here.)",
  );
  process.exit(1);
}

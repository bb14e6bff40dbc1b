// `npm run bench`: every benchmark in one run; numbers go to the console and bench-results/latest.txt.
// Never part of npm test: speed is measured here, not asserted in timed tests.
// The framework floor is a bare Next.js page built in the same run with the same versions
// (scripts/bench/bare-next.mjs): first-load JS and Lighthouse are reported next to it.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { buildBareNext } from "./bench/bare-next.mjs";
import { buildIsCurrent, ensureDependencies, markBuilt, root, run } from "./lib/ensure.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
ensureDependencies();
const out = [];
const log = (line) => {
  console.log(line);
  out.push(line);
};

function capture(title, cmd, args) {
  log(`\n## ${title}`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", env: process.env });
  for (const line of `${r.stdout}${r.status === 0 ? "" : r.stderr}`.trimEnd().split("\n")) log(line);
  if (r.status !== 0) log(`(exit ${r.status})`);
}

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** `next start` of the app in `dir` on a free port; resolves once it answers. */
async function startServer(dir) {
  const port = await freePort();
  const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: dir,
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { base, stop: () => process.kill(-server.pid, "SIGTERM") };
}

// Other work on the machine moves every number here; the load average says how much.
const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")} on ${cpus().length} cores`;
log(`# npm run bench, ${new Date().toISOString()} (${load()})`);

capture("Engine", "npx", ["tsx", "scripts/bench/engine.ts"]);
capture("Share link length", "npx", ["tsx", "scripts/bench/share-link-length.ts"]);
capture("Share link inflate (cost of the 1 MB cap)", "npx", ["tsx", "scripts/bench/share-inflate.ts"]);
capture("Checklist PDF in Node", "npx", ["tsx", "scripts/bench/pdf.ts"]);

if (!buildIsCurrent()) {
  log("\n(building the app for the browser benchmarks)");
  if (run("node", ["node_modules/next/dist/bin/next", "build"]) !== 0) process.exit(1);
  markBuilt();
}
const bare = buildBareNext(root, (line) => log(`(${line})`));
log(`\n(bare page: next ${bare.versions.next}, react ${bare.versions.react}, typescript ${bare.versions.typescript})`);
capture("First-load JavaScript (gzip) against the bare Next.js page", "node", [
  "scripts/bench/first-load-js.mjs",
  ".next",
  "--baseline",
  join(bare.dir, ".next"),
]);

const app = await startServer(root);
const bareServer = await startServer(bare.dir);
try {
  log(`\n(${load()})`);
  capture("Lighthouse: bare Next.js page and the app", "node", [
    "scripts/bench/lighthouse.mjs",
    `bare page /=${bareServer.base}/`,
    `/=${app.base}/`,
    `/plan/devices=${app.base}/plan/devices`,
    `/review=${app.base}/review`,
  ]);
  capture("Keystroke to updated server count", "node", [
    "scripts/bench/keystroke-latency.mjs",
    app.base,
    "--keys",
    "50",
  ]);
  capture("Checklist PDF click to download (browser)", "node", [
    "scripts/bench/pdf-browser.mjs",
    app.base,
    "multi-site-large",
    "--runs",
    "3",
  ]);
} finally {
  app.stop();
  bareServer.stop();
}

mkdirSync(join(root, "bench-results"), { recursive: true });
writeFileSync(join(root, "bench-results", "latest.txt"), `${out.join("\n")}\n`);
console.log("\nwritten to bench-results/latest.txt");

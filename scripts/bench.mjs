// `npm run bench`: every benchmark in one run; numbers go to the console and bench-results/latest.txt.
// Never part of npm test: speed is measured here, not asserted in timed tests.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
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

capture("Engine", "npx", ["tsx", "scripts/bench/engine.ts"]);
capture("Share link length", "npx", ["tsx", "scripts/bench/share-link-length.ts"]);
capture("Checklist PDF in Node", "npx", ["tsx", "scripts/bench/pdf.ts"]);

if (!buildIsCurrent()) {
  log("\n(building the app for the browser benchmarks)");
  if (run("node", ["node_modules/next/dist/bin/next", "build"]) !== 0) process.exit(1);
  markBuilt();
}
capture("First-load JavaScript (gzip)", "node", ["scripts/bench/first-load-js.mjs", ".next"]);

const port = await freePort();
const server = spawn("node", ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)], { cwd: root, stdio: "ignore", detached: true });
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  capture("Keystroke to updated server count", "node", ["scripts/bench/keystroke-latency.mjs", base, "--keys", "50"]);
  capture("Checklist PDF click to download (browser)", "node", ["scripts/bench/pdf-browser.mjs", base, "multi-site-large", "--runs", "3"]);
} finally {
  process.kill(-server.pid, "SIGTERM");
}

mkdirSync(join(root, "bench-results"), { recursive: true });
writeFileSync(join(root, "bench-results", "latest.txt"), `${out.join("\n")}\n`);
console.log("\nwritten to bench-results/latest.txt");

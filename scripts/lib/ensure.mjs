// Shared helpers for `npm start` and `npm test`: install what is missing, detect a stale build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: "inherit", cwd: root, ...opts });
  return r.status ?? 1;
}

/** Installs dependencies when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
  const marker = join(root, "node_modules", ".package-lock.json");
  const lock = join(root, "package-lock.json");
  const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs;
  if (!stale) return;
  console.log("> installing dependencies (npm ci)");
  const status = run("npm", ["ci", "--no-audit", "--no-fund"], {
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
  });
  if (status !== 0) {
    console.error("npm ci failed. If package.json changed, run `npm install` once and commit package-lock.json.");
    process.exit(status);
  }
}

// scripts/security holds the build adapter that writes each page's Content-Security-Policy; proxy.ts sends it.
const BUILD_INPUTS = ["app", "components", "lib", "state", "i18n", "messages", "public", "scripts/security"];
const BUILD_FILES = ["package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "proxy.ts"];

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/** A hash of everything the production build reads, so a build is redone only when a source changed. */
function sourceHash() {
  const hash = createHash("sha256");
  const files = [];
  for (const dir of BUILD_INPUTS) if (existsSync(join(root, dir))) files.push(...walk(join(root, dir)));
  for (const f of BUILD_FILES) if (existsSync(join(root, f))) files.push(join(root, f));
  for (const f of files.sort()) {
    if (f.endsWith(".test.ts")) continue;
    hash.update(f.slice(root.length)).update("\0").update(readFileSync(f)).update("\0");
  }
  return hash.digest("hex");
}

const stampFile = join(root, ".next", "tunnel-planner.stamp");

export function buildIsCurrent() {
  return (
    existsSync(join(root, ".next", "BUILD_ID")) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === sourceHash()
  );
}

export function markBuilt() {
  writeFileSync(stampFile, sourceHash());
}

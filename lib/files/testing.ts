/**
 * Test support for lib/files (imported by *.test.ts only): the cases to run, shellcheck/bash runners
 * and a quote-aware scan. Uses Node APIs, so never import it from app code.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildFiles } from "./index";
import type { FilesPlan, FilesReport, GeneratedFileOut } from "./input";
import { FILES_CASES } from "./test-cases";

export const ROOT = path.resolve(__dirname, "../..");
export const GOLDEN_DIR = path.join(__dirname, "__golden__");

export interface NamedCase {
  name: string;
  plan: FilesPlan;
  report: FilesReport;
  files: GeneratedFileOut[];
}

interface EngineApi {
  parsePlan: (input: unknown, opts: { today: string }) => { ok: boolean; value?: unknown; issues?: unknown };
  evaluatePlan: (plan: unknown, opts: { today: string }) => FilesReport & { files: GeneratedFileOut[] };
}

/** The engine's lib/__fixtures__/*.json when the engine is present (it is written in parallel). */
export async function engineCases(): Promise<NamedCase[]> {
  const dir = path.join(ROOT, "lib/__fixtures__");
  if (!existsSync(dir) || !existsSync(path.join(ROOT, "lib/index.ts"))) return [];
  const modulePath = path.join(ROOT, "lib/index.ts");
  const engine = (await import(/* @vite-ignore */ modulePath)) as Partial<EngineApi>;
  if (!engine.parsePlan || !engine.evaluatePlan) return [];
  const today = "2026-11-28";
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((file) => {
      const parsed = engine.parsePlan!(JSON.parse(readFileSync(path.join(dir, file), "utf8")), { today });
      if (!parsed.ok) return [];
      const plan = parsed.value as FilesPlan;
      const report = engine.evaluatePlan!(plan, { today });
      return [{ name: file.replace(/(\.tunnelplan)?\.json$/, ""), plan, report, files: buildFiles(plan, report) }];
    });
}

export function ownCases(): NamedCase[] {
  return Object.entries(FILES_CASES).map(([name, c]) => ({ name, ...c, files: buildFiles(c.plan, c.report) }));
}

export function isShellFile(file: GeneratedFileOut): boolean {
  return file.path.endsWith(".sh");
}

/** Write content to a temp file, run a command on it, clean up. */
export function withTempFile<T>(name: string, content: string, fn: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "tp-files-"));
  chmodSync(dir, 0o755); // readable by the unprivileged user the scripts run as
  const file = path.join(dir, name);
  writeFileSync(file, content, { mode: 0o755 });
  try {
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function run(cmd: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const fullEnv: NodeJS.ProcessEnv = { NODE_ENV: process.env.NODE_ENV, PATH: process.env.PATH ?? "/usr/bin:/bin", ...env };
  return spawnSync(cmd, args, { encoding: "utf8", env: fullEnv, timeout: 60_000 });
}

/** Run as the unprivileged "nobody" user when we are root, so a script under test cannot change the system. */
export function runUnprivileged(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const envArgs = Object.entries({ PATH: process.env.PATH ?? "/usr/bin:/bin", ...env }).map(([k, v]) => `${k}=${v}`);
  return root
    ? run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "env", "-i", ...envArgs, ...args])
    : run("env", ["-i", ...envArgs, ...args]);
}

/**
 * The script text that is NOT inside single quotes (where the shell would expand or split it).
 * Follows bash quoting: backslash escapes outside single quotes, single quotes inside double quotes are literal.
 */
export function unquotedText(script: string): string {
  let out = "";
  let state: "plain" | "single" | "double" = "plain";
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]!;
    if (state === "single") {
      if (ch === "'") state = "plain";
      continue;
    }
    if (ch === "\\") {
      out += ch + (script[i + 1] ?? "");
      i++;
      continue;
    }
    if (state === "plain" && ch === "'") {
      state = "single";
      continue;
    }
    if (ch === '"') state = state === "double" ? "plain" : "double";
    out += ch;
  }
  return out;
}

/**
 * Test support for lib/files (imported by tests only): the cases to run, shellcheck/bash runners and a
 * quote-aware scan. Uses Node APIs; it lives in __tests__ so no app code can import it by accident.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { evaluatePlan } from "@/lib/report/evaluate";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import type { GeneratedFile, Report } from "@/lib/report/types";
import { FILES_CASES } from "./test-cases";

export const ROOT = path.resolve(__dirname, "../../..");
export const GOLDEN_DIR = path.join(__dirname, "..", "__golden__");
export const TODAY = "2026-11-28";

export interface NamedCase {
  name: string;
  plan: Plan;
  report: Report;
  files: GeneratedFile[];
}

/** A partial plan, parsed and evaluated by the engine; throws when the plan is invalid (a broken case, not a test result). */
export function evaluateCase(name: string, input: unknown): NamedCase {
  const parsed = parsePlan(input, { today: TODAY });
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  const report = evaluatePlan(parsed.value, { today: TODAY });
  return { name, plan: parsed.value, report, files: report.files };
}

/** The engine's lib/__fixtures__/*.json. */
export function engineCases(): NamedCase[] {
  const dir = path.join(ROOT, "lib/__fixtures__");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) =>
      evaluateCase(file.replace(/(\.tunnelplan)?\.json$/, ""), JSON.parse(readFileSync(path.join(dir, file), "utf8"))),
    );
}

export function ownCases(): NamedCase[] {
  return Object.entries(FILES_CASES).map(([name, input]) => evaluateCase(name, input));
}

/** Shell scripts and sourced shell snippets; New-TunnelPlan.ps1 is a script too, checked by lib/graph's PowerShell parser tests. */
export function isShellFile(file: GeneratedFile): boolean {
  return (file.kind === "script" && !file.path.endsWith(".ps1")) || file.content.startsWith("# shellcheck shell=");
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

/** Run a command; a run that was killed (timeout, signal) throws, so a slow machine never turns into an empty, passing result. */
export function run(
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
  timeout = 840_000,
): SpawnSyncReturns<string> {
  const fullEnv: NodeJS.ProcessEnv = {
    NODE_ENV: process.env.NODE_ENV,
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    ...env,
  };
  const res = spawnSync(cmd, args, { encoding: "utf8", env: fullEnv, timeout, maxBuffer: 64 * 1024 * 1024 });
  if (res.error || res.status === null)
    throw new Error(`${cmd} did not finish: ${res.error?.message ?? `signal ${res.signal}`}`);
  return res;
}

/** Run as the unprivileged "nobody" user when we are root, so a script under test cannot change the system. */
export function runUnprivileged(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const envArgs = Object.entries({ PATH: process.env.PATH ?? "/usr/bin:/bin", ...env }).map(([k, v]) => `${k}=${v}`);
  return root
    ? run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "env", "-i", ...envArgs, ...args])
    : run("env", ["-i", ...envArgs, ...args]);
}

function openssl(dir: string, ...args: string[]): void {
  const res = spawnSync("openssl", args, { cwd: dir, encoding: "utf8" });
  if (res.status !== 0) throw new Error(res.stderr);
}

/**
 * A test root CA (ca.crt, ca.key) and a leaf for `san` it signed (leaf.crt), made with openssl in `dir`; the leaf's key
 * goes where tunnel-preflight.sh looks under TP_MSTUNNEL_DIR (ms/private/site.key), password-protected with `keyPass`.
 * `extensions` are more lines of the leaf's extension file.
 */
export function issueTestCertificate(
  dir: string,
  opts: { san: string; days: number; extensions: string; keyPass?: boolean },
): void {
  const ca = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt"];
  openssl(dir, ...ca, "-days", "3650", "-subj", "/CN=Test Root CA");
  const keyArgs = opts.keyPass ? ["-passout", "pass:secret"] : ["-nodes"];
  openssl(
    dir,
    "req",
    "-newkey",
    "rsa:2048",
    ...keyArgs,
    "-keyout",
    "ms/private/site.key",
    "-out",
    "leaf.csr",
    "-subj",
    "/CN=leaf",
  );
  writeFileSync(path.join(dir, "ext.cnf"), `subjectAltName=${opts.san}\n${opts.extensions}\n`);
  const sign = [
    "x509",
    "-req",
    "-in",
    "leaf.csr",
    "-CA",
    "ca.crt",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "leaf.crt",
  ];
  openssl(dir, ...sign, "-days", String(opts.days), "-extfile", "ext.cnf");
}

/**
 * `tunnel-preflight.sh --offline --json` (the script's text) run unprivileged against the certificate files `setup`
 * puts into a fresh mstunnel folder (`dir`/ms): its certificate checks, id to status.
 */
export function preflightCertChecks(script: string, setup: (dir: string) => void): Map<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), "tp-cert-"));
  try {
    mkdirSync(path.join(dir, "ms/certs"), { recursive: true });
    mkdirSync(path.join(dir, "ms/private"), { recursive: true });
    setup(dir);
    run("chmod", ["-R", "a+rX", dir]);
    return withTempFile("tunnel-preflight.sh", script, (p) => {
      const res = runUnprivileged(["bash", p, "--offline", "--json"], { TP_MSTUNNEL_DIR: path.join(dir, "ms") });
      const out = JSON.parse(res.stdout) as { checks: { id: string; status: string }[] };
      return new Map(out.checks.filter((x) => x.id.startsWith("cert")).map((x) => [x.id, x.status]));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The script text that is NOT inside single quotes (where the shell would expand or split it).
 * Follows bash quoting: backslash escapes outside single quotes, single quotes inside double quotes are literal,
 * comments (a # that starts a word) are skipped.
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
    // A comment runs to the end of the line and is never executed: its apostrophes open no quote.
    if (state === "plain" && ch === "#" && (i === 0 || /\s/.test(script[i - 1]!))) {
      const end = script.indexOf("\n", i);
      i = end === -1 ? script.length : end - 1;
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

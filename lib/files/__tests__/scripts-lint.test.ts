// Every generated shell script passes bash -n and shellcheck, every JSON file parses (scripts-run.test.ts runs them).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { engineCases, isShellFile, ownCases, run, withTempFile, type NamedCase } from "./testing";

const cases: NamedCase[] = [...ownCases(), ...engineCases()];
const shellFiles = cases.flatMap((c) => c.files.filter(isShellFile).map((f) => [`${c.name}: ${f.path}`, f] as const));
const jsonFiles = cases.flatMap((c) =>
  c.files
    .filter((f) => /\.json$|\.conflist(\.template)?$/.test(f.path))
    .map((f) => [`${c.name}: ${f.path}`, f] as const),
);

/** One bash -n and one shellcheck run over every distinct script (spawning a process per file is slow on 2 cores). */
function lintAll(): Map<string, string> {
  const distinct = [...new Set(shellFiles.map(([, f]) => f.content))];
  const dir = mkdtempSync(path.join(tmpdir(), "tp-lint-"));
  try {
    const names = distinct.map((content, i) => {
      const name = path.join(dir, `s${i}.sh`);
      writeFileSync(name, content);
      return name;
    });
    const syntax = run("bash", [
      "--norc",
      "--noprofile",
      "-c",
      'for f; do bash -n "$f" 2>&1 | sed "s|^|$f: |"; done',
      "lint",
      ...names,
    ]);
    const lint = run("shellcheck", ["-S", "style", "-f", "gcc", ...names]);
    const findings = new Map<string, string>();
    distinct.forEach((content, i) => {
      const name = names[i]!;
      const lines = (syntax.stdout + lint.stdout).split("\n").filter((l) => l.startsWith(`${name}:`));
      findings.set(content, lines.join("\n"));
    });
    return findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// One shellcheck run over every script takes minutes when the machine is busy: the first test pays for it.
describe("generated shell files", { timeout: 900_000 }, () => {
  let findings: Map<string, string> | undefined;
  it.each(shellFiles)("%s passes bash -n and shellcheck -S style with no findings", (_name, file) => {
    findings ??= lintAll();
    // Sourced files (profile.d, env.sh lines) carry a "# shellcheck shell=sh" directive instead of a shebang.
    expect(findings.get(file.content)).toBe("");
  });

  it("the lint run does report a bad script (the check is not vacuous)", () => {
    withTempFile("bad.sh", "#!/usr/bin/env bash\nrm $1\n", (p) => {
      expect(run("shellcheck", ["-S", "style", "-f", "gcc", p]).stdout).toContain("SC2086");
    });
  });
});

describe("generated JSON files", () => {
  it.each(jsonFiles)("%s parses back", (_name, file) => {
    expect(() => JSON.parse(file.content)).not.toThrow();
  });
});

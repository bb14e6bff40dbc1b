import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { engineCases, GOLDEN_DIR, ownCases, type NamedCase } from "./testing";

const UPDATE = process.env.UPDATE_GOLDEN === "1";
const cases: NamedCase[] = [...ownCases(), ...engineCases()];

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${entry}/`) : [`${prefix}${entry}`];
  });
}

const goldenPath = (filePath: string) => filePath.replace(/^\/+/, "");

it("every golden folder belongs to a case (no stale folders)", () => {
  const folders = existsSync(GOLDEN_DIR) ? readdirSync(GOLDEN_DIR).sort() : [];
  expect(folders).toEqual(cases.map((c) => c.name).sort());
});

describe.each(cases)("golden files: $name", ({ name, files }) => {
  const dir = path.join(GOLDEN_DIR, name);

  if (UPDATE) {
    rmSync(dir, { recursive: true, force: true });
    for (const f of files) {
      const target = path.join(dir, goldenPath(f.path));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, f.content);
    }
  }

  it("has exactly one golden file per generated file", () => {
    expect(listFiles(dir).sort()).toEqual(files.map((f) => goldenPath(f.path)).sort());
  });

  it.each(files.map((f) => [f.path, f] as const))(
    "%s matches its golden file (UPDATE_GOLDEN=1 to regenerate)",
    (_p, f) => {
      const target = path.join(dir, goldenPath(f.path));
      expect(existsSync(target), `missing golden file ${target}`).toBe(true);
      expect(f.content).toBe(readFileSync(target, "utf8"));
    },
  );

  it("ends every file with a newline and gives each a kind and a one-sentence purpose", () => {
    for (const f of files) {
      expect(f.content.endsWith("\n"), f.path).toBe(true);
      expect(f.purpose, f.path).toMatch(/^\p{Lu}[^\n]*\.$/u);
      expect(["script", "config", "list", "doc"], f.path).toContain(f.kind);
    }
    const paths = files.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildGraphFiles, graphReadiness } from "./";
import { GOLDEN_DIR, listGraphCases } from "@/test/support/graph";

// Regenerate deliberately with UPDATE_GOLDEN=1 and read every diff.
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const WITHHELD = "withheld.json";
const cases = listGraphCases().map((c) => {
  const files = buildGraphFiles(c.plan, c.report);
  const ready = graphReadiness(c.plan, c.report);
  // A plan that fails the checks has no Graph file; its golden is the list of reasons instead.
  const outputs = ready.ok
    ? files.map((f) => ({ path: f.path, content: f.content }))
    : [{ path: WITHHELD, content: `${JSON.stringify(ready.blocks, null, 2)}\n` }];
  return { ...c, files, outputs };
});

function listFiles(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? listFiles(full, `${prefix}${entry}/`) : [`${prefix}${entry}`];
  });
}

it("every golden folder belongs to a case", () => {
  expect(readdirSync(GOLDEN_DIR).sort()).toEqual(cases.map((c) => c.name).sort());
});

describe.each(cases)("Graph golden files: $name", ({ name, outputs }) => {
  const dir = path.join(GOLDEN_DIR, name);
  if (UPDATE) {
    rmSync(dir, { recursive: true, force: true });
    for (const o of outputs) {
      mkdirSync(path.dirname(path.join(dir, o.path)), { recursive: true });
      writeFileSync(path.join(dir, o.path), o.content);
    }
  }
  it("has exactly the golden files of its outputs", () => {
    expect(listFiles(dir).sort()).toEqual(outputs.map((o) => o.path).sort());
  });
  it.each(outputs.map((o) => [o.path, o] as const))("%s matches its golden file", (_p, o) => {
    expect(o.content).toBe(readFileSync(path.join(dir, o.path), "utf8"));
  });
});

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("which plans get Graph files", () => {
  const byName = new Map(cases.map((c) => [c.name, c]));
  it("the contoso, multi-site, minimal, newest-edition and own cases get all three files; the blockers plan gets none", () => {
    for (const name of [
      "contoso-single-site",
      "multi-site-large",
      "minimal",
      "newest-edition",
      "graph-two-sites-ports",
      "graph-hostile-names-de",
    ]) {
      expect(
        byName.get(name)?.files.map((f) => f.path),
        name,
      ).toEqual([
        "tunnel-planner/graph/server-configurations.json",
        "tunnel-planner/graph/sites.json",
        "tunnel-planner/New-TunnelPlan.ps1",
      ]);
    }
    expect(byName.get("blockers")?.files).toEqual([]);
  });
  it("the report's files (the bundle, the review, --out) carry exactly these files, before the README", () => {
    for (const c of cases) {
      const graph = c.report.files.filter((f) => f.path.startsWith("tunnel-planner/graph/") || f.path.endsWith(".ps1"));
      expect(graph, c.name).toEqual(c.files);
      const paths = c.report.files.map((f) => f.path);
      if (c.files.length > 0)
        expect(paths.indexOf("tunnel-planner/New-TunnelPlan.ps1")).toBe(paths.indexOf("tunnel-planner/README.md") - 1);
      const readme = c.report.files.find((f) => f.path === "tunnel-planner/README.md")!.content;
      // The README's file table: path, kind, purpose.
      for (const f of c.files)
        expect(
          readme.split("\n").find((l) => l.startsWith(`| \`${f.path}\` |`)),
          f.path,
        ).toMatch(new RegExp(`\\| ${escapeRegExp(f.purpose)} \\|$`));
    }
  });
  it("every file ends with a newline and has a one-sentence purpose", () => {
    for (const c of cases) {
      for (const f of c.files) {
        expect(f.content.endsWith("\n"), f.path).toBe(true);
        expect(f.purpose, f.path).toMatch(/^[A-Z][^\n]*\.$/);
      }
    }
  });
});

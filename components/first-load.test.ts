// What every page loads before its first paint (issue 17): the frame's modules must not import, directly or
// through other modules, the heavy parts that load later (store, plan schema, codec, forms, engine, PDF).
// Static `import`/`export ... from` only: `import type` and `import()` are what keep them out.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");

/** The modules a page's first paint needs (the layout's client components and each page's frame). */
const FRAME = [
  "app/layout.tsx",
  "app/page.tsx",
  "app/plan/[step]/page.tsx",
  "app/review/page.tsx",
  "app/compare/page.tsx",
  "app/open/page.tsx",
  "app/editions/page.tsx",
  "app/sources/page.tsx",
];

/** Loaded after the first paint, or on use; a static import of one of these from the frame is the regression. */
const LATER: { pattern: RegExp; why: string }[] = [
  { pattern: /^zod(\/|$)/, why: "the schema library" },
  { pattern: /^fflate$/, why: "the link codec's deflate" },
  { pattern: /^react-hook-form$/, why: "the form library" },
  { pattern: /^@react-pdf\//, why: "the PDF renderer" },
  { pattern: /^@peculiar\/|^node-forge$/, why: "the certificate parser" },
  { pattern: /^state\/plan-store$/, why: "the store (use state/lazy-store)" },
  { pattern: /^lib\/plan\/(schema|parse)$/, why: "the plan schema" },
  { pattern: /^lib\/share\/(codec|plan-file)$/, why: "the share codec" },
  { pattern: /^lib\/report\/evaluate$/, why: "the engine" },
];

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm;

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/")
    ? path.join(ROOT, spec.slice(2))
    : spec.startsWith(".")
      ? path.resolve(path.dirname(from), spec)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && /\.(ts|tsx)$/.test(candidate)) return candidate;
  }
  return null;
}

/**
 * Every module reachable by static imports from `entry` that is sent to the browser, with the imports it makes.
 * Server components (no "use client") are followed but not listed: their imports stay on the server. A module
 * with "use client", and everything it imports, is browser code.
 */
function staticGraph(entry: string, entryIsClient = false): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visited = new Set<string>();
  const queue: [string, boolean][] = [[path.join(ROOT, entry), entryIsClient]];
  while (queue.length) {
    const [file, inClient] = queue.pop()!;
    const source = readFileSync(file, "utf8");
    const client = inClient || /^\s*["']use client["']/.test(source);
    const key = `${client}:${file}`;
    if (visited.has(key)) continue;
    visited.add(key);
    const specs = [...source.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
    if (client) graph.set(file, specs);
    for (const spec of specs) {
      const next = resolve(file, spec);
      if (next) queue.push([next, client]);
    }
  }
  return graph;
}

const project = (file: string) => path.relative(ROOT, file).replace(/\.(ts|tsx)$/, "");

describe("first paint", () => {
  it.each(FRAME)("%s reaches none of the parts that load later", (entry) => {
    const offending: string[] = [];
    for (const [file, specs] of staticGraph(entry)) {
      for (const spec of specs) {
        const target = resolve(file, spec);
        const name = target ? project(target) : spec;
        const hit = LATER.find((l) => l.pattern.test(name));
        if (hit) offending.push(`${project(file)} imports ${name} (${hit.why})`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("the check sees a real import (the share codec imports the plan schema)", () => {
    const graph = staticGraph("lib/share/codec.ts", true);
    const reached = [...graph.keys()].map(project);
    expect(reached).toContain("lib/plan/schema");
  });
});

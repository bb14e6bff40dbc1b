// Test helpers: the shared documents (facts.md, the source document) and the facts the code cites.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * `../shared` next to the repository (as CI has it; a git worktree one level deeper finds it one level up), else
 * the snapshot in docs/shared, so a clone anywhere tests against the documents of its own commit.
 */
export function sharedPath(relative: string): string {
  const candidates = [
    resolve(REPO_ROOT, "../shared"),
    resolve(REPO_ROOT, "../../shared"),
    resolve(REPO_ROOT, "docs/shared"),
  ].map((dir) => join(dir, relative));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`shared/${relative} not found; looked in ${candidates.join(", ")}`);
  return found;
}

export const readShared = (relative: string): string => readFileSync(sharedPath(relative), "utf8");

export type FactsEntry = { fact: number; text: string; tags: string[] };

/** The numbered facts of facts.md §1 with the tags in their text ([SEED], [EXTRA], [EXTRA-2nd], ...). */
export function parseFacts(markdown: string): FactsEntry[] {
  const atomic = markdown.split(/^## 2\./m)[0] ?? "";
  const entries: FactsEntry[] = [];
  let current: FactsEntry | null = null;
  for (const line of atomic.split("\n")) {
    const start = /^(\d+)\. (.*)$/.exec(line);
    if (start) {
      const entry: FactsEntry = { fact: Number(start[1]), text: start[2] ?? "", tags: [] };
      entries.push(entry);
      current = entry;
    } else if (current && (line.startsWith("    ") || line.trim() === "")) {
      current.text += ` ${line.trim()}`;
    } else {
      current = null;
    }
  }
  for (const e of entries) e.tags = [...e.text.matchAll(/\[(SEED|EXTRA[^\]]*)\]/g)].map((m) => m[1] ?? "");
  return entries;
}

/** The tag the registry should carry: seed when any part is [SEED], extra when any part is official, else secondary. */
export function registryTag(tags: readonly string[]): "seed" | "extra" | "extra-2nd" {
  if (tags.includes("SEED")) return "seed";
  return tags.some((t) => t !== "EXTRA-2nd" && t.startsWith("EXTRA") && !t.startsWith("EXTRA/"))
    ? "extra"
    : "extra-2nd";
}

const CODE_DIRS = ["lib", "components", "app", "scripts"];
const CODE_FILE = /\.(ts|tsx|mts|js|mjs|cjs|sh)$/;
const SKIP_DIR = new Set(["node_modules", "__golden__"]);
/** `facts#N` as one citation; the start of a range such as `facts#103-120` claims nothing. */
const CITATION = /facts#(\d+)(?![\d]|[-–]\d)/g;

function* codeFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIR.has(entry.name)) yield* codeFiles(join(dir, entry.name));
    } else if (CODE_FILE.test(entry.name)) {
      yield join(dir, entry.name);
    }
  }
}

/** Every fact cited as `facts#N` in code or tests (comments count), with the files that cite it. */
export function listCitedFacts(root = REPO_ROOT): Map<number, string[]> {
  const cited = new Map<number, string[]>();
  for (const dir of CODE_DIRS) {
    if (!existsSync(join(root, dir))) continue;
    for (const file of codeFiles(join(root, dir))) {
      for (const m of readFileSync(file, "utf8").matchAll(CITATION)) {
        const n = Number(m[1]);
        cited.set(n, [...(cited.get(n) ?? []), file.slice(root.length + 1)]);
      }
    }
  }
  return cited;
}

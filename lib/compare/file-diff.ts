// A readable line diff of one generated file between two plans, as unified hunks with three lines of context.
import { structuredPatch } from "diff";

export type DiffLine = { kind: "context" | "added" | "removed" | "note"; text: string };
export type DiffHunk = { header: string; lines: DiffLine[] };

const KIND: Record<string, DiffLine["kind"]> = { " ": "context", "+": "added", "-": "removed", "\\": "note" };

/** Hunks turning `before` into `after`; empty when they are equal. A missing file diffs as empty text. */
export function buildFileDiff(before: string | null, after: string | null): DiffHunk[] {
  const patch = structuredPatch("before", "after", before ?? "", after ?? "", "", "", { context: 3 });
  return patch.hunks.map((h) => ({
    header: `@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`,
    lines: h.lines.map((line) => ({ kind: KIND[line[0] ?? " "] ?? "context", text: line.slice(1) })),
  }));
}

/** Lines added and removed, for a one-line summary. */
export function countChanges(hunks: readonly DiffHunk[]): { added: number; removed: number } {
  const lines = hunks.flatMap((h) => h.lines);
  return {
    added: lines.filter((l) => l.kind === "added").length,
    removed: lines.filter((l) => l.kind === "removed").length,
  };
}

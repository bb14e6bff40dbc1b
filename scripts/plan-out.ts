// Where --out writes a generated file: always inside DIR.
import path from "node:path";

/** DIR + the file's path, or null for anything that could leave DIR. */
export function outputPath(dir: string, filePath: string): string | null {
  const parts = filePath.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.length === 0 || parts.some((p) => p === ".." || p.includes("\\") || p.includes("\0"))) return null;
  return path.join(dir, ...parts);
}

import type { GeneratedFile } from "@/lib/report/types";

/** Permission bits of a generated file wherever it is written (zip, CLI --out): scripts run as is, the rest is read-only data. */
export function fileMode(file: Pick<GeneratedFile, "kind">): 0o755 | 0o644 {
  return file.kind === "script" ? 0o755 : 0o644;
}

/** Permission bits of a generated file wherever it is written (zip, CLI --out): scripts run as is, the rest is read-only data. */
export function fileMode(path: string): 0o755 | 0o644 {
  return path.endsWith(".sh") ? 0o755 : 0o644;
}

/** Serializers: generated files are built as data and serialized once (deterministic, trailing newline). */

export function writeJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

export type IniSection = { name: string; entries: [key: string, value: string][] };

/** systemd unit / INI style: `[Section]` then `Key=value` lines; a line break in a value would start a new directive, so it is flattened. */
export function writeIni(sections: IniSection[]): string {
  return (
    sections
      .map((s) => [`[${s.name}]`, ...s.entries.map(([k, v]) => `${k}=${v.replace(/[\r\n]+/g, " ")}`)].join("\n"))
      .join("\n\n") + "\n"
  );
}

/** One CSV field (RFC 4180 quoting when needed). */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

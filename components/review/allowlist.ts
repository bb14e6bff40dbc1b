import type { Fqdn, GeneratedFile } from "@/lib/report/types";

export type AllowlistFormat = "txt" | "csv" | "json" | "squid";
export type AllowlistDownload = { format: AllowlistFormat; fileName: string; content: string };

/** Where the files engine puts the allowlists in report.files (lib/files/allowlist.ts). */
const FILE_PATHS: Record<AllowlistFormat, string> = {
  txt: "tunnel-planner/fqdn-allowlist.txt",
  csv: "tunnel-planner/fqdn-allowlist.csv",
  json: "tunnel-planner/fqdn-allowlist.json",
  squid: "tunnel-planner/squid-mstunnel.conf",
};

const csvField = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const lines = (l: string[]) => `${l.join("\n")}\n`;

/** Fallback when report.files has no allowlist: the same four formats built from report.fqdns. */
export function buildAllowlistContent(format: AllowlistFormat, fqdns: readonly Fqdn[]): string {
  const list = [...fqdns].sort((a, b) => a.host.localeCompare(b.host));
  switch (format) {
    case "txt":
      return lines(list.map((f) => f.host));
    case "csv":
      return lines([
        "host,port,purpose,required",
        ...list.map((f) => [csvField(f.host), "443", csvField(f.purpose), f.required ? "yes" : "no"].join(",")),
      ]);
    case "json":
      return `${JSON.stringify(list.map((f) => ({ host: f.host, port: 443, purpose: f.purpose, required: f.required })), null, 2)}\n`;
    case "squid": {
      const domains = [...new Set(list.map((f) => (f.host.startsWith("*.") ? f.host.slice(1) : f.host)))];
      const wild = domains.filter((d) => d.startsWith("."));
      const kept = domains.filter((d) => !wild.some((w) => w !== d && (d === w.slice(1) || d.endsWith(w)))).sort();
      return lines([...kept.map((d) => `acl mstunnel_dst dstdomain ${d}`), "http_access allow CONNECT mstunnel_dst"]);
    }
  }
}

/** The four allowlist downloads: the generated files when present, else built here. */
export function listAllowlistDownloads(files: readonly GeneratedFile[], fqdns: readonly Fqdn[]): AllowlistDownload[] {
  return (Object.keys(FILE_PATHS) as AllowlistFormat[]).map((format) => {
    const path = FILE_PATHS[format];
    const file = files.find((f) => f.path === path);
    return {
      format,
      fileName: path.split("/").pop() ?? path,
      content: file ? file.content : buildAllowlistContent(format, fqdns),
    };
  });
}

import type { GeneratedFile } from "@/lib/report/types";

export type AllowlistFormat = "txt" | "csv" | "json" | "squid";
export type AllowlistDownload = { format: AllowlistFormat; fileName: string; content: string };

/** Where the files engine puts the allowlists in report.files (lib/files/allowlist.ts). */
const FILE_PATHS: Record<AllowlistFormat, string> = {
  txt: "tunnel-planner/fqdn-allowlist.txt",
  csv: "tunnel-planner/fqdn-allowlist.csv",
  json: "tunnel-planner/fqdn-allowlist.json",
  squid: "tunnel-planner/squid-mstunnel.conf",
};

/**
 * The allowlist downloads, taken verbatim from the engine's generated files so the review,
 * the zip, the PDF and the CLI hand out the same bytes. The UI builds no second copy.
 */
export function listAllowlistDownloads(files: readonly GeneratedFile[]): AllowlistDownload[] {
  return (Object.keys(FILE_PATHS) as AllowlistFormat[]).flatMap((format) => {
    const file = files.find((f) => f.path === FILE_PATHS[format]);
    return file ? [{ format, fileName: file.path.split("/").pop() ?? file.path, content: file.content }] : [];
  });
}

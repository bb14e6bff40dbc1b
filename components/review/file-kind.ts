/** Syntax family of a generated file, by path; the label text comes from messages (review.files.kind). */
export type FileKind =
  | "shell"
  | "powershell"
  | "json"
  | "systemd"
  | "sysctl"
  | "modules"
  | "environment"
  | "nftables"
  | "squid"
  | "csv"
  | "markdown"
  | "text";

export function fileKind(path: string): FileKind {
  if (path.endsWith(".sh")) return "shell";
  if (path.endsWith(".ps1")) return "powershell";
  if (path.endsWith(".json") || path.endsWith(".conflist")) return "json";
  if (path.includes("/systemd/") || path.endsWith(".service")) return "systemd";
  if (path.includes("/sysctl.d/")) return "sysctl";
  if (path.includes("/modules-load.d/")) return "modules";
  if (path === "/etc/environment") return "environment";
  if (path.endsWith(".nft")) return "nftables";
  if (path.includes("squid")) return "squid";
  if (path.endsWith(".csv")) return "csv";
  if (path.endsWith(".md")) return "markdown";
  return "text";
}

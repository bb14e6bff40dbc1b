import { strToU8, zipSync, type Zippable } from "fflate";
import { planSlug } from "@/lib/plan/slug";
import type { GeneratedFileOut } from "./input";
import { fileMode } from "./mode";

/** Fixed timestamp so the same files always give the same zip bytes. */
const MTIME = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));
const UNIX = 3;

/** Folder name inside the zip: the plan name as a safe slug (the same slug as the plan file and the PDF). */
export function bundleFolder(planName: string): string {
  return planSlug(planName);
}

/**
 * Zip every generated file under `<folder>/<path without leading slash>`; scripts get mode 0755.
 * Pure and deterministic; the UI imports it lazily when the user asks for the download.
 */
export function buildZip(files: GeneratedFileOut[], folder = "tunnel-plan"): Uint8Array {
  const tree: Zippable = {};
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const mode = 0o100000 | fileMode(file.path); // regular file + permission bits
    tree[`${folder}/${file.path.replace(/^\/+/, "")}`] = [
      strToU8(file.content),
      { os: UNIX, attrs: (mode << 16) >>> 0, mtime: MTIME, level: 6 },
    ];
  }
  return zipSync(tree);
}

/** The whole bundle of a report as one zip (issue 4 "Bundle"): every file at its path under the plan's folder. */
export function buildBundle(report: { files: GeneratedFileOut[] }, planName: string): Uint8Array {
  return buildZip(report.files, bundleFolder(planName));
}

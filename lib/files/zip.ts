import { strToU8, zipSync, type Zippable } from "fflate";
import type { Plan } from "@/lib/plan/schema";
import { planSlug } from "@/lib/plan/slug";
import type { GeneratedFile } from "@/lib/report/types";
import { PLAN_FILE_EXTENSION, serializePlanFile } from "@/lib/share/plan-file";
import { fileMode } from "./mode";

const UNIX = 3;

/** Folder name inside the zip: the plan name as a safe slug (the same slug as the plan file and the PDF). */
export function bundleFolder(planName: string): string {
  return planSlug(planName);
}

/** Noon UTC of the plan's date, so the zip shows that day in every time zone; the same plan always gives the same bytes. */
function entryTime(planningDate: string): Date {
  const [y = 2024, m = 1, d = 1] = planningDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12, 0, 0));
}

type ZipEntry = Pick<GeneratedFile, "path" | "content" | "kind">;

/**
 * Zip every file under `<folder>/<path without leading slash>`; scripts get mode 0755 (lib/files/mode.ts).
 * Pure and deterministic; the UI imports it lazily when the user asks for the download.
 */
export function buildZip(files: readonly ZipEntry[], folder: string, planningDate: string): Uint8Array {
  const mtime = entryTime(planningDate);
  const tree: Zippable = {};
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const mode = 0o100000 | fileMode(file); // regular file + permission bits
    tree[`${folder}/${file.path.replace(/^\/+/, "")}`] = [
      strToU8(file.content),
      { os: UNIX, attrs: (mode << 16) >>> 0, mtime, level: 6 },
    ];
  }
  return zipSync(tree);
}

/**
 * The whole bundle of a report as one zip (issue 4 "Bundle"): every file at its path under the plan's folder, plus
 * the plan itself as tunnel-planner/<slug>.tunnelplan.json, byte for byte what "Export plan" saves (issue 16).
 */
export function buildBundle(report: { files: readonly GeneratedFile[] }, plan: Plan): Uint8Array {
  const planFile: ZipEntry = {
    path: `tunnel-planner/${planSlug(plan.name)}${PLAN_FILE_EXTENSION}`,
    content: serializePlanFile(plan),
    kind: "list",
  };
  return buildZip([...report.files, planFile], bundleFolder(plan.name), plan.planningDate);
}

import { describe, expect, it } from "vitest";
import { evaluatePlan, parsePlan, type Plan, type Report } from "@/lib";
import { buildFiles } from "./index";
import type { FilesPlan, FilesReport, GeneratedFileOut } from "./input";

// Compile-time contract: the engine's Plan and Report are what the builders read.
const planFits = (p: Plan): FilesPlan => p;
const reportFits = (r: Omit<Report, "files">): FilesReport => r;
const fileFits = (f: GeneratedFileOut): Report["files"][number] => f;

describe("buildFiles with the engine's types", () => {
  it("builds the bundle for a parsed plan and its report", () => {
    const parsed = parsePlan({ sites: [{ publicAddress: "tunnel.contoso.com" }] }, { today: "2026-11-28" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const report = evaluatePlan(parsed.value, { today: "2026-11-28" });
    const files = buildFiles(planFits(parsed.value), reportFits(report)).map(fileFits);
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining(["/etc/sysctl.d/90-mstunnel.conf", "tunnel-planner/prepare-server.sh", "tunnel-planner/tunnel-preflight.sh", "tunnel-planner/README.md"]),
    );
  });
});

import { describe, expect, it } from "vitest";
import { createDefaultPlan } from "@/lib/plan/defaults";
import { evaluatePlan } from "@/lib/report/evaluate";
import { listAllowlistDownloads } from "./allowlist";

const engineFiles = evaluatePlan(createDefaultPlan("2026-11-28")).files;

describe("allowlist downloads", () => {
  it("are the files engine's allowlists, byte for byte, in txt, CSV, JSON and squid order", () => {
    const downloads = listAllowlistDownloads(engineFiles);
    expect(downloads.map((d) => d.fileName)).toEqual([
      "fqdn-allowlist.txt",
      "fqdn-allowlist.csv",
      "fqdn-allowlist.json",
      "squid-mstunnel.conf",
    ]);
    for (const d of downloads) {
      expect(d.content).toBe(engineFiles.find((f) => f.path.endsWith(d.fileName))?.content);
    }
  });

  it("offer no download for a format the report has no file for", () => {
    const withoutSquid = engineFiles.filter((f) => !f.path.endsWith("squid-mstunnel.conf"));
    expect(listAllowlistDownloads(withoutSquid).map((d) => d.format)).toEqual(["txt", "csv", "json"]);
  });
});

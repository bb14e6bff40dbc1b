import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { serializePlanFile } from "@/lib/share/plan-file";
import { ownCases } from "./testing";
import { buildBundle, buildZip, bundleFolder } from "../zip";

/** The DOS date of each entry in the central directory, as YYYY-MM-DD. */
function zipDates(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dates: string[] = [];
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const d = view.getUint16(i + 14, true);
    dates.push(`${1980 + (d >> 9)}-${String((d >> 5) & 15).padStart(2, "0")}-${String(d & 31).padStart(2, "0")}`);
  }
  return dates;
}

/** Unix mode of each entry, read from the zip central directory (fflate's unzip does not expose it). */
function unixModes(zip: Uint8Array): Record<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const modes: Record<string, number> = {};
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const name = strFromU8(zip.subarray(i + 46, i + 46 + nameLength));
    modes[name] = view.getUint32(i + 38, true) >>> 16;
  }
  return modes;
}

describe("buildZip", () => {
  const c = ownCases().find((x) => x.name === "files-ubuntu-docker-proxy-azure")!;
  const folder = bundleFolder(c.plan.name);
  const zip = (files = c.files) => buildZip(files, folder, c.plan.planningDate);

  it("puts every file under the plan folder at its path without the leading slash", () => {
    const entries = unzipSync(zip());
    expect(Object.keys(entries).sort()).toEqual(
      c.files.map((f) => `contoso-rollout/${f.path.replace(/^\//, "")}`).sort(),
    );
    for (const f of c.files) {
      expect(strFromU8(entries[`contoso-rollout/${f.path.replace(/^\//, "")}`]!)).toBe(f.content);
    }
  });

  it("marks scripts executable (0755) and every other kind 0644, by kind, not by path", () => {
    const modes = unixModes(zip());
    expect(modes["contoso-rollout/tunnel-planner/prepare-server.sh"]).toBe(0o100755);
    expect(modes["contoso-rollout/tunnel-planner/tunnel-preflight.sh"]).toBe(0o100755);
    expect(
      modes["contoso-rollout/etc/profile.d/http_proxy.sh"] ?? modes["contoso-rollout/etc/sysctl.d/90-mstunnel.conf"],
    ).toBe(0o100644);
    const renamed = zip([
      { path: "tunnel-planner/run-me", content: "#!/bin/sh\n", kind: "script", purpose: "A script." },
    ]);
    expect(unixModes(renamed)["contoso-rollout/tunnel-planner/run-me"]).toBe(0o100755);
  });

  it("is deterministic: same files, same bytes, whatever the input order", () => {
    expect(zip()).toEqual(zip([...c.files].reverse()));
  });

  it("buildBundle adds the plan file exactly as Export plan saves it, and dates every entry with the plan's date", () => {
    const entries = unzipSync(buildBundle({ files: c.files }, c.plan));
    expect(strFromU8(entries["contoso-rollout/tunnel-planner/contoso-rollout.tunnelplan.json"]!)).toBe(
      serializePlanFile(c.plan),
    );
    expect(Object.keys(entries)).toHaveLength(c.files.length + 1);
    const dates = zipDates(buildBundle({ files: c.files }, { ...c.plan, planningDate: "2027-03-15" }));
    expect(new Set(dates)).toEqual(new Set(["2027-03-15"]));
  });

  it("derives a safe folder name from the plan name", () => {
    expect(bundleFolder("Contoso rollout")).toBe("contoso-rollout");
    expect(bundleFolder("../../etc/passwd")).toBe("etc-passwd");
    expect(bundleFolder("Zürich ✓ 2026")).toBe("zurich-2026");
    expect(bundleFolder("")).toBe("tunnel-plan");
  });
});

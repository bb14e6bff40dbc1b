import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ownCases } from "./testing";
import { buildBundle, buildZip, bundleFolder } from "./zip";

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

  it("puts every file under the plan folder at its path without the leading slash", () => {
    const entries = unzipSync(buildZip(c.files, folder));
    expect(Object.keys(entries).sort()).toEqual(c.files.map((f) => `contoso-rollout/${f.path.replace(/^\//, "")}`).sort());
    for (const f of c.files) {
      expect(strFromU8(entries[`contoso-rollout/${f.path.replace(/^\//, "")}`]!)).toBe(f.content);
    }
  });

  it("marks scripts executable (0755) and other files 0644", () => {
    const modes = unixModes(buildZip(c.files, folder));
    expect(modes["contoso-rollout/tunnel-planner/prepare-server.sh"]).toBe(0o100755);
    expect(modes["contoso-rollout/tunnel-planner/tunnel-preflight.sh"]).toBe(0o100755);
    expect(modes["contoso-rollout/etc/docker/daemon.json"]).toBe(0o100644);
  });

  it("is deterministic: same files, same bytes, whatever the input order", () => {
    expect(buildZip(c.files, folder)).toEqual(buildZip([...c.files].reverse(), folder));
  });

  it("buildBundle zips a report's files under the plan folder", () => {
    expect(buildBundle({ files: c.files }, c.plan.name)).toEqual(buildZip(c.files, "contoso-rollout"));
  });

  it("derives a safe folder name from the plan name", () => {
    expect(bundleFolder("Contoso rollout")).toBe("contoso-rollout");
    expect(bundleFolder("../../etc/passwd")).toBe("etc-passwd");
    expect(bundleFolder("Zürich ✓ 2026")).toBe("zurich-2026");
    expect(bundleFolder("")).toBe("tunnel-plan");
  });
});

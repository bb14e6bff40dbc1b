import { describe, expect, it } from "vitest";
import { FQDNS } from "@/lib/catalog/fqdns";
import { buildAllowlists } from "@/lib/files/allowlist";
import type { FilesContext } from "@/lib/files/context";
import type { Fqdn, GeneratedFile } from "@/lib/report/types";
import { listAllowlistDownloads } from "./allowlist";
import { fileKind } from "./file-kind";

const fqdns: Fqdn[] = FQDNS.map((f) => ({ ...f }));
const engineFiles = buildAllowlists({ report: { fqdns } } as unknown as FilesContext) as GeneratedFile[];

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

describe("fileKind", () => {
  it.each([
    ["tunnel-planner/prepare-server.sh", "shell"],
    ["tunnel-planner/New-TunnelPlan.ps1", "powershell"],
    ["tunnel-planner/graph/server-configurations.json", "json"],
    ["/etc/docker/daemon.json", "json"],
    ["/etc/cni/net.d/87-podman-bridge.conflist", "json"],
    ["/etc/systemd/system/docker.service.d/http-proxy.conf", "systemd"],
    ["/etc/sysctl.d/90-mstunnel.conf", "sysctl"],
    ["/etc/modules-load.d/mstunnel_tun.conf", "modules"],
    ["/etc/environment", "environment"],
    ["/etc/nftables/mstunnel.nft", "nftables"],
    ["tunnel-planner/squid-mstunnel.conf", "squid"],
    ["tunnel-planner/fqdn-allowlist.csv", "csv"],
    ["tunnel-planner/README.md", "markdown"],
    ["tunnel-planner/fqdn-allowlist.txt", "text"],
  ])("%s is %s", (path, kind) => {
    expect(fileKind(path)).toBe(kind);
  });
});

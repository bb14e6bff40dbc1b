import { describe, expect, it } from "vitest";
import { FQDNS } from "@/lib/catalog/fqdns";
import { buildAllowlists } from "@/lib/files/allowlist";
import type { FilesContext } from "@/lib/files/context";
import type { Fqdn, GeneratedFile } from "@/lib/report/types";
import { buildAllowlistContent, listAllowlistDownloads } from "./allowlist";
import { fileKind } from "./file-kind";

const fqdns: Fqdn[] = FQDNS.map((f) => ({ ...f }));
const engineFiles = buildAllowlists({ report: { fqdns } } as unknown as FilesContext) as GeneratedFile[];

describe("allowlist downloads", () => {
  it("take the files engine's allowlists verbatim when report.files has them", () => {
    const downloads = listAllowlistDownloads(engineFiles, fqdns);
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

  it("fall back to the same txt, CSV and JSON bytes as the files engine when report.files has none", () => {
    for (const format of ["txt", "csv", "json"] as const) {
      const engine = engineFiles.find((f) => f.path.endsWith(`.${format}`));
      expect(buildAllowlistContent(format, fqdns)).toBe(engine?.content);
    }
  });

  it("fallback squid ACL lists each domain once, dropping hosts a wildcard already covers", () => {
    const squid = buildAllowlistContent("squid", fqdns);
    expect(squid).toContain("acl mstunnel_dst dstdomain .manage.microsoft.com\n");
    expect(squid).not.toContain("dstdomain manage.microsoft.com\n");
    expect(squid).toContain("acl mstunnel_dst dstdomain login.windows.net\n");
    expect(squid.endsWith("http_access allow CONNECT mstunnel_dst\n")).toBe(true);
  });

  it("quote CSV fields holding commas or quotes", () => {
    const csv = buildAllowlistContent("csv", [{ host: "a.example.com", purpose: 'x, "y"', required: false, source: "documented", fact: "facts#1" }]);
    expect(csv).toBe('host,port,purpose,required\na.example.com,443,"x, ""y""",no\n');
  });
});

describe("fileKind", () => {
  it.each([
    ["tunnel-planner/prepare-server.sh", "shell"],
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

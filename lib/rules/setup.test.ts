// report.setup: each decision made once, from the catalog, the edition and the plan (issue 12 §1).
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "@/lib/report/evaluate";
import { parsePlan } from "@/lib/plan/parse";

const TODAY = "2026-11-28";
function setupOf(input: Record<string, unknown>) {
  const parsed = parsePlan(
    { planningDate: TODAY, sites: [{ publicAddress: "tunnel.contoso.com" }], ...input },
    { today: TODAY },
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return evaluatePlan(parsed.value).setup;
}

describe("report.setup", () => {
  it("takes os-release, family and package manager from the catalog: CentOS 7 is yum, RHEL 8+ dnf, Ubuntu apt (facts#64, facts#65)", () => {
    expect(setupOf({ server: { distro: "centos-7" } }).os).toMatchObject({
      family: "centos",
      osReleaseId: "centos",
      versionId: "7",
      packageManager: "yum",
    });
    expect(setupOf({ server: { distro: "rhel-8.10" } }).os).toMatchObject({
      family: "rhel",
      osReleaseId: "rhel",
      versionId: "8.10",
      packageManager: "dnf",
    });
    expect(setupOf({ server: { distro: "ubuntu-22.04" } }).os).toMatchObject({
      family: "ubuntu",
      osReleaseId: "ubuntu",
      versionId: "22.04",
      packageManager: "apt",
    });
  });

  it("names the edition's container versions: Podman exactly as the row says, Docker CE 19.03 or later (facts#14, facts#17)", () => {
    expect(setupOf({ server: { distro: "rhel-9.4" } }).runtime).toMatchObject({
      name: "podman",
      version: { values: ["4.9.4"], match: "exact" },
      podmanMajor: 4,
      install: "podman",
    });
    expect(setupOf({ edition: "2026-09-03", server: { distro: "rhel-9.8" } }).runtime).toMatchObject({
      version: { values: ["5.8.2"], match: "at-least" },
      podmanMajor: 5,
    });
    expect(setupOf({ server: { distro: "ubuntu-22.04" } }).runtime).toMatchObject({
      name: "docker",
      version: { values: ["19.03"], match: "at-least" },
      install: "docker-ce-apt",
      storagePath: "/var/lib/docker",
    });
    expect(setupOf({ server: { distro: "centos-7" } }).runtime.install).toBe("docker-ce-yum");
  });

  it("changes the Podman 5 bridge with netavark only, Podman 4 after reading the backend on the server (editions.md §5.3)", () => {
    const overlap = { network: { internalCidrs: ["10.0.0.0/8"] } };
    expect(setupOf({ edition: "2026-09-03", server: { distro: "rhel-9.6" }, ...overlap }).bridge).toMatchObject({
      backend: "netavark",
      change: "default-overlaps",
      default: "10.88.0.0/16",
    });
    expect(setupOf({ server: { distro: "rhel-9.4" }, ...overlap }).bridge.backend).toBe("podman-detect");
    const custom = setupOf({ network: { bridgeCidr: "192.168.200.0/24" } }).bridge;
    expect(custom).toMatchObject({
      backend: "docker",
      change: "custom",
      target: "192.168.200.0/24",
      gateway: "192.168.200.1",
      prefix: 24,
    });
    expect(setupOf({}).bridge).toMatchObject({ change: "none", target: "172.17.0.0/16" });
  });

  it("gives each site its own ports and a unique --site key (facts#161)", () => {
    const s = setupOf({
      devices: { ios: 3000 },
      sites: [
        { name: "Berlin", devices: 2000, publicAddress: "a.contoso.com", port: 443 },
        { name: "Bérlin", devices: 1000, publicAddress: "b.contoso.com", port: 8443, disableUdp: true },
      ],
      tls: { subjectNames: ["*.contoso.com"] },
    });
    expect(s.sites.map((x) => [x.key, x.tcpPorts, x.udpPorts])).toEqual([
      ["berlin", [443], [443]],
      ["berlin-2", [8443], []],
    ]);
  });

  it("turns off the other firewall front-end, keeps SSH sources for the cloud, and uses the rules' SELinux decision (facts#111)", () => {
    const rhel = setupOf({
      server: { distro: "rhel-9.4", firewall: "nftables", ssh: { enabled: true, sourceCidrs: ["10.1.0.0/16"] } },
      serverProxy: { mode: "http", address: "proxy.contoso.com", port: 3128 },
    });
    expect(rhel.firewall).toEqual({
      manager: "nftables",
      disableIfActive: ["firewalld", "ufw"],
      ssh: { enabled: true, sources: ["10.1.0.0/16"] },
    });
    expect(rhel.selinux).toEqual({ mode: "enforcing", proxyPortLabel: 3128 });
    expect(rhel.packages.map((p) => p.name)).toEqual([
      "jq",
      "curl",
      "audit",
      "audispd-plugins",
      "nftables",
      "policycoreutils-python-utils",
    ]);
    // CentOS is not RHEL in the rules, so it gets no SELinux port action either: one decision, in one place.
    expect(
      setupOf({
        server: { distro: "centos-7" },
        serverProxy: { mode: "http", address: "proxy.contoso.com", port: 3128 },
      }).selinux,
    ).toEqual({ mode: null, proxyPortLabel: null });
    expect(setupOf({ server: { firewall: "auto" } }).firewall.disableIfActive).toEqual(["firewalld"]);
  });

  it("loads nf_conntrack at boot for rootless Podman, before sysctl sets its counters (facts#164)", () => {
    const s = setupOf({ server: { distro: "rhel-9.4", rootlessPodman: true } });
    expect(s.modules.map((m) => m.name)).toEqual(["ip_tables", "tun", "nf_conntrack"]);
    expect(s.sysctl.map((x) => `${x.key}=${x.value}`)).toEqual([
      "net.ipv4.ip_forward=1",
      "net.core.somaxconn=8192",
      "net.netfilter.nf_conntrack_acct=1",
      "net.netfilter.nf_conntrack_timestamp=1",
      "net.ipv4.ip_unprivileged_port_start=443",
    ]);
    expect(s.runtime.storagePath).toBe("/home");
  });

  it("probes concrete hosts for wildcards (MCR data endpoint, the readiness tool's blob accounts), never a wildcard (facts#94)", () => {
    const hosts = setupOf({}).probeHosts;
    expect(hosts).toEqual(
      expect.arrayContaining([
        "mcr.microsoft.com",
        "westeurope.data.mcr.microsoft.com",
        "amsua0102moaas.blob.core.windows.net",
        "agents.msua01.manage.microsoft.com",
      ]),
    );
    expect(hosts.some((h) => h.includes("*"))).toBe(false);
  });

  it("lists exactly the files the plan needs: proxy files only with a proxy, bridge files only when the bridge moves", () => {
    expect(setupOf({}).files).toEqual([
      "sysctl",
      "modules-load",
      "prepare-server",
      "preflight",
      "firewall-script",
      "install-auditd",
      "allowlists",
      "squid",
      "readme",
    ]);
    const full = setupOf({
      server: { hosting: "aws", firewall: "nftables" },
      serverProxy: { mode: "http", address: "p.contoso.com", port: 8080 },
      network: { bridgeCidr: "192.168.9.0/24" },
    }).files;
    expect(full).toEqual(
      expect.arrayContaining([
        "apt-proxy",
        "environment-lines",
        "docker-proxy-dropin",
        "env-sh-lines",
        "nft-ruleset",
        "change-bridge",
        "bridge-template",
        "cloud-aws",
      ]),
    );
    expect(full).not.toContain("podman-proxy-profile");
  });

  it("limits the installed certificate's lifetime by the edition, the CA/Browser Forum date rule and iOS (facts#38, facts#39, facts#195)", () => {
    expect(setupOf({ tls: { issuer: "private" } }).certificate.maxValidityDays).toBe(730);
    expect(setupOf({ tls: { issuer: "public" }, devices: { ios: 10 } }).certificate.maxValidityDays).toBe(200);
  });
});

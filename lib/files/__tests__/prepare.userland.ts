/**
 * The real-userland test (issue 12 §3): prepare-server.sh runs for real, as root, in a Debian 12 root filesystem made
 * by debootstrap and entered with its own user, network, mount and PID namespaces, so it cannot touch the host's
 * firewall, sysctls or kernel modules. Only systemctl/service and modprobe are stand-ins, and they record their calls.
 * Run by `npm test` (scripts/test.mjs) and `.ci/run` through vitest.userland.config.ts; it never skips: without root
 * or namespaces it fails and says what to install.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateCase, ROOT } from "./testing";

const PREPARE = "/tp-bundle/tunnel-planner/prepare-server.sh";
const PREFLIGHT = "/tp-bundle/tunnel-planner/tunnel-preflight.sh";
/** The plan targets Ubuntu 22.04, so the root filesystem says so (the distro check reads it). */
const OS_RELEASE =
  'ID=ubuntu\nID_LIKE=debian\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION_CODENAME=jammy\nPRETTY_NAME="Ubuntu 22.04 LTS"\n';

type Check = { id: string; status: string; message: string; fix: string };

class Results {
  constructor(readonly dir: string) {}
  text = (name: string) =>
    existsSync(path.join(this.dir, name)) ? readFileSync(path.join(this.dir, name), "utf8") : "";
  status = (step: string) => Number(this.text(`${step}.status`).trim());
  out = (step: string) => this.text(`${step}.out`);
  err = (step: string) => this.text(`${step}.err`);
  /** A file as the runs left it (the overlay's upper layer), or null when the runs did not write it. */
  file = (p: string) =>
    existsSync(path.join(this.dir, "upper", p)) ? readFileSync(path.join(this.dir, "upper", p), "utf8") : null;
  calls = (log = "calls.log") => this.text(log).split("\n").filter(Boolean);
  checks(): Map<string, Check> {
    const json = JSON.parse(this.out("preflight")) as { checks: Check[] };
    return new Map(json.checks.map((c) => [c.id, c]));
  }
}

let rootfs = "";
const work = mkdtempSync(path.join(tmpdir(), "tp-userland-"));
const hostState = () =>
  ["iptables-save", "ip6tables-save", "nft list ruleset", "sysctl -n net.ipv4.ip_forward"]
    .map((c) => spawnSync("sh", ["-c", c], { encoding: "utf8" }).stdout)
    .join("\n---\n");
let hostBefore = "";

beforeAll(() => {
  const built = spawnSync("bash", [path.join(ROOT, "scripts/userland/rootfs.sh")], {
    encoding: "utf8",
    timeout: 1_800_000,
  });
  if (built.status !== 0) throw new Error(`the real-userland test cannot run here:\n${built.stderr}`);
  rootfs = built.stdout.trim();
  hostBefore = hostState();
}, 1_900_000);

// TP_USERLAND_KEEP=1 keeps every run's outputs and upper layer for a look after a failure.
afterAll(() => {
  if (process.env.TP_USERLAND_KEEP === "1") console.log(`userland results kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
});

/** Generate the plan's files, then run `steps` (bash, see scripts/userland/run.sh) in a fresh copy of the root filesystem. */
function runCase(name: string, plan: Record<string, unknown>, steps: string): Results {
  const bundle = path.join(work, name, "bundle");
  const results = new Results(path.join(work, name, "results"));
  for (const f of evaluateCase(name, { planningDate: "2026-11-28", ...plan }).files) {
    const target = path.join(bundle, f.path.replace(/^\/+/, ""));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, f.content, { mode: f.kind === "script" ? 0o755 : 0o644 });
  }
  mkdirSync(path.join(results.dir, "enabled"), { recursive: true });
  mkdirSync(path.join(results.dir, "active"), { recursive: true });
  // Installed packages start their services, as their postinst would under systemd.
  for (const unit of ["docker", "auditd"]) {
    writeFileSync(path.join(results.dir, "enabled", unit), "");
    writeFileSync(path.join(results.dir, "active", unit), "");
  }
  const stepsFile = path.join(work, name, "steps.sh");
  writeFileSync(
    stepsFile,
    [
      "steps() {",
      `  in_root sh -c 'cat > /etc/os-release' <<'EOF'\n${OS_RELEASE}EOF`,
      steps,
      '  cp -a "$work/upper" "$results/upper"',
      "}",
    ].join("\n"),
  );
  const res = spawnSync("bash", [path.join(ROOT, "scripts/userland/run.sh"), rootfs, stepsFile, results.dir, bundle], {
    encoding: "utf8",
    timeout: 600_000,
  });
  if (res.status !== 0) throw new Error(`run.sh failed (${res.status}): ${res.stderr}`);
  return results;
}

/** The modules this kernel lacks: modprobe (a stand-in) must have been asked for exactly these. */
function missingModules(r: Results): string[] {
  return r.text("modules-missing").split("\n").filter(Boolean);
}

/** FAILs the namespace cannot fix, each with the reason a real server would not have. */
function expectOnlyExplainedFails(checks: Map<string, Check>, r: Results) {
  const explained = new Set([
    ...missingModules(r).map((m) => `module-${m}`), // the kernel is the host's: modules cannot be loaded in a namespace
    "cpu-cores", // the CI host is smaller than the planned server
    "memory",
    "disk",
  ]);
  const fails = [...checks.values()].filter((c) => c.status === "FAIL");
  for (const c of fails) {
    expect(explained, `${c.id}: ${c.message}`).toContain(c.id);
    expect(c.fix.length, c.id).toBeGreaterThan(0);
  }
  for (const m of missingModules(r)) expect(checks.get(`module-${m}`)?.message).toBe("not loaded");
}

const RUN_TWICE = `
  step run1 bash ${PREPARE}
  cp "$results/calls.log" "$results/calls-run1.log" 2>/dev/null || : > "$results/calls-run1.log"
  snapshot after1
  step run2 bash ${PREPARE}
  snapshot after2
  step preflight bash ${PREFLIGHT} --offline --json
  for m in ip_tables tun; do in_root sh -c "[ -d /sys/module/$m ] || [ -e /proc/net/ip_tables_names ] || [ -c /dev/net/tun -a $m = tun ]" || echo "$m" >> "$results/modules-missing"; done
  in_root sh -c 'iptables-save; ip6tables-save; nft list ruleset' > "$results/rules.txt" 2>&1`;

describe.sequential("prepare-server.sh on a real Debian 12 userland (as Ubuntu 22.04 with Docker)", () => {
  it("ufw, a proxy and SSH from two networks: guards the SSH session, runs twice with no second change, preflight passes what it set", () => {
    const r = runCase(
      "ufw-proxy",
      {
        server: {
          distro: "ubuntu-22.04",
          firewall: "ufw",
          ssh: { enabled: true, sourceCidrs: ["10.1.0.0/16", "192.0.2.10/32"] },
        },
        sites: [{ name: "Primary", publicAddress: "tunnel.contoso.com" }],
        serverProxy: {
          mode: "http",
          address: "proxy.contoso.com",
          port: 8080,
          noProxy: ["127.0.0.1", "localhost", ".contoso.local"],
        },
      },
      `
  # An installer-owned /etc/environment without a final newline and with another proxy (ensure_kv must replace it).
  in_root sh -c 'printf "PATH=\\"/usr/local/bin:/usr/bin\\"\\nhttp_proxy=http://old-proxy:1" > /etc/environment'
  step guard SSH_CONNECTION="198.51.100.7 50000 10.0.0.5 22" bash ${PREPARE}
  step ufw-after-guard ufw status
  ${RUN_TWICE}`,
    );
    // The SSH guard: a session from outside the planned sources stops before the firewall changes.
    expect(r.status("guard")).toBe(1);
    expect(r.err("guard")).toMatch(
      /^FAILED: this session comes over SSH from 198\.51\.100\.7, which the planned firewall does not let in \(SSH only from 10\.1\.0\.0\/16, 192\.0\.2\.10\/32\)/m,
    );
    expect(r.out("ufw-after-guard")).toContain("Status: inactive");

    expect(r.status("run1"), r.err("run1")).toBe(0);
    expect(r.status("run2"), r.err("run2")).toBe(0);
    expect(r.text("after2.tree")).toBe(r.text("after1.tree"));
    expect(r.out("run2")).toMatch(/prepare-server: done \(0 file changes\)\n$/);

    // Proxy first, then everything else; /etc/environment keeps PATH, gets its last newline, and the old proxy is replaced.
    const run1 = r.out("run1");
    expect(run1.indexOf("wrote: /etc/apt/apt.conf.d/90mstunnel-proxy")).toBeLessThan(
      run1.indexOf("unchanged: the planned packages are installed"),
    );
    expect(r.file("etc/environment")).toBe(
      'PATH="/usr/local/bin:/usr/bin"\nhttp_proxy=http://proxy.contoso.com:8080\nhttps_proxy=http://proxy.contoso.com:8080\nno_proxy=127.0.0.1,localhost,.contoso.local\n',
    );
    expect(r.file("etc/apt/apt.conf.d/90mstunnel-proxy")).toContain(
      'Acquire::https::Proxy "http://proxy.contoso.com:8080/";',
    );
    expect(r.file("etc/systemd/system/docker.service.d/http-proxy.conf")).toContain(
      'Environment="HTTPS_PROXY=http://proxy.contoso.com:8080/"',
    );

    // What was asked of the stand-ins: run 1 reloads systemd and restarts Docker for the drop-in, modprobe only for
    // modules this kernel lacks; run 2 asks for no change at all.
    const first = r.calls("calls-run1.log");
    expect(first).toEqual(expect.arrayContaining(["systemctl daemon-reload", "systemctl restart docker"]));
    expect(first.filter((c) => c.startsWith("modprobe")).sort()).toEqual(
      missingModules(r)
        .map((m) => `modprobe ${m}`)
        .sort(),
    );
    const second = r.calls().slice(first.length);
    expect(
      second.filter((c) => /^(modprobe|service|systemctl (enable|disable|start|restart|daemon-reload))/.test(c)),
    ).toEqual([]);

    const checks = r.checks();
    for (const id of [
      "os",
      "container-runtime",
      "ip-forward",
      "ip-forward-boot",
      "module-tun-boot",
      "module-ip_tables-boot",
      "auditd",
      "proxy-apt",
      "proxy-apt-http",
      "proxy-environment-http_proxy",
      "proxy-environment-https_proxy",
      "proxy-environment-no_proxy",
      "proxy-docker",
      "firewall-tcp-443",
      "firewall-udp-443",
      "bridge-routes",
      "client-pool-routes",
    ]) {
      expect(checks.get(id)?.status, `${id}: ${checks.get(id)?.message}`).toBe("PASS");
    }
    expectOnlyExplainedFails(checks, r);
    expect(r.text("rules.txt")).toMatch(/-A ufw-user-input -s 10\.1\.0\.0\/16 -p tcp -m tcp --dport 22 -j ACCEPT/);
  });

  it("nftables with SSH from anywhere: the table is loaded and included at boot; the second run changes nothing", () => {
    const r = runCase(
      "nftables",
      {
        server: { distro: "ubuntu-22.04", firewall: "nftables", ssh: { enabled: true, sourceCidrs: [] } },
        sites: [{ name: "Primary", port: 8443, disableUdp: true }],
      },
      `
  # Azure's metadata route (IMDS): inside the suggested client pool 169.254.0.0/16, and no reason to fail (facts#152).
  in_root ip route add 169.254.169.254/32 dev lo
  ${RUN_TWICE}`,
    );
    expect(r.status("run1"), r.err("run1")).toBe(0);
    expect(r.status("run2"), r.err("run2")).toBe(0);
    expect(r.text("after2.tree")).toBe(r.text("after1.tree"));
    expect(r.file("etc/nftables.conf")).toMatch(/\ninclude "\/etc\/nftables\/mstunnel\.nft"\n$/);
    expect(r.text("rules.txt")).toMatch(/table inet mstunnel \{[\s\S]*tcp dport 8443 accept[\s\S]*tcp dport 22 accept/);
    expect(r.text("rules.txt")).not.toMatch(/udp dport 8443/);
    expect(r.calls("calls-run1.log")).toContain("systemctl enable nftables");
    const checks = r.checks();
    for (const id of ["firewall-tcp-8443", "firewall-boot", "ip-forward", "module-tun-boot"])
      expect(checks.get(id)?.status, id).toBe("PASS");
    expect(checks.has("firewall-udp-8443")).toBe(false);
    expect(checks.get("client-pool-routes")).toMatchObject({
      status: "PASS",
      message: expect.stringContaining("only link-local routes (169.254.169.254)"),
    });
    expectOnlyExplainedFails(checks, r);
  });

  it("iptables: says it replaces ufw, installs iptables-persistent offline, inserts before a REJECT, covers IPv6 and persists", () => {
    const r = runCase(
      "iptables",
      {
        server: { distro: "ubuntu-22.04", firewall: "iptables", ssh: { enabled: true, sourceCidrs: ["10.1.0.0/16"] } },
      },
      `
  # A stock catch-all REJECT, as on RHEL: appended rules would never be reached.
  in_root iptables -A INPUT -j REJECT
  ${RUN_TWICE}`,
    );
    expect(r.status("run1"), r.err("run1")).toBe(0);
    expect(r.out("run1")).toContain(
      "note: the plan chose iptables; installing iptables-persistent removes the ufw package",
    );
    expect(r.status("run2"), r.err("run2")).toBe(0);
    expect(r.text("after2.tree")).toBe(r.text("after1.tree"));
    const rules = r.text("rules.txt");
    const v4 = rules.split("\n");
    expect(v4.findIndex((l) => l === "-A INPUT -p tcp -m tcp --dport 443 -j ACCEPT")).toBeLessThan(
      v4.findIndex((l) => l.startsWith("-A INPUT -j REJECT")),
    );
    expect(rules).toContain(":INPUT DROP");
    expect(r.file("etc/iptables/rules.v4")).toContain("--dport 443 -j ACCEPT");
    expect(r.file("etc/iptables/rules.v6")).toContain("-A INPUT -p udp -m udp --dport 443 -j ACCEPT");
    const checks = r.checks();
    for (const id of [
      "firewall-tcp-443",
      "firewall-udp-443",
      "firewall-tcp-443-v6",
      "firewall-udp-443-v6",
      "firewall-boot",
    ]) {
      expect(checks.get(id)?.status, `${id}: ${checks.get(id)?.message}`).toBe("PASS");
    }
    expectOnlyExplainedFails(checks, r);
  });

  it("--dry-run on a fresh root filesystem changes nothing and asks the service manager for no change", () => {
    const r = runCase(
      "dry-run",
      {
        server: { distro: "ubuntu-22.04", firewall: "iptables" },
        serverProxy: { mode: "http", address: "proxy.contoso.com", port: 8080 },
      },
      `
  snapshot before
  step dry bash ${PREPARE} --dry-run
  snapshot after`,
    );
    expect(r.status("dry"), r.err("dry")).toBe(0);
    expect(r.out("dry")).toMatch(/dry run finished: nothing was changed \(\d+ file changes planned\)\n$/);
    expect(r.out("dry")).toContain("DRY-RUN: apt-get install -y iptables-persistent");
    expect(r.text("after.tree")).toBe(r.text("before.tree"));
    expect(
      r.calls().filter((c) => /^(modprobe|service|systemctl (enable|disable|start|restart|daemon-reload))/.test(c)),
    ).toEqual([]);
  });

  it("leaves the host's firewall and IPv4 forwarding exactly as they were", () => {
    expect(hostState()).toBe(hostBefore);
  });
});

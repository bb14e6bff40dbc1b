// What the generated files do when run or parsed by the real tools (bash, nft, squid), beyond their golden text.
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fileHelpers, runHelpers } from "../helpers";
import { listPrepareActions } from "../prepare";
import { createTranslator } from "@/lib/i18n/translate";
import { joinScript } from "../shell";
import {
  evaluateCase,
  issueTestCertificate,
  ownCases,
  preflightCertChecks,
  run,
  runUnprivileged,
  withTempFile,
  type NamedCase,
} from "./testing";

const cases = ownCases();
const byName = (name: string) => cases.find((c) => c.name === name)!;
const content = (c: NamedCase, p: string) => c.files.find((f) => f.path === p)?.content ?? "";

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tp-behaviour-"));
  chmodSync(dir, 0o777);
  return dir;
}

describe("ensure_kv and ensure_line (the file helpers every changing script uses)", { timeout: 120_000 }, () => {
  const helpers = joinScript(["set -euo pipefail", "DRY_RUN=0"], [...[runHelpers(), fileHelpers()]]);

  it("replace a key that has another value where it stands, drop repeats, and never glue a line onto a last line without newline", () => {
    const dir = tempDir();
    try {
      const target = path.join(dir, "environment");
      writeFileSync(target, 'PATH="/usr/bin"\nexport http_proxy=http://old:1\nLANG=C\nhttp_proxy=http://older:2');
      chmodSync(target, 0o666);
      const script = `${helpers}\nensure_kv "$1" http_proxy http://proxy.contoso.com:8080\nensure_kv "$1" no_proxy localhost\nensure_line "$1" "# done"\nensure_kv "$1" http_proxy http://proxy.contoso.com:8080\n`;
      const res = withTempFile("t.sh", script, (p) => runUnprivileged(["bash", p, target]));
      expect(res.stderr).toBe("");
      expect(readFileSync(target, "utf8")).toBe(
        'PATH="/usr/bin"\nhttp_proxy=http://proxy.contoso.com:8080\nLANG=C\nno_proxy=localhost\n# done\n',
      );
      // The last call found the value already there: it counted no change and wrote no backup.
      expect(res.stdout.trim().split("\n").at(-1)).toBe(`unchanged: ${target}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("exit statuses: 2 is only ever a usage error", { timeout: 120_000 }, () => {
  const twoSites = byName("files-rhel8-nftables-two-sites");

  it("an unknown option exits 2 in every script that takes options", () => {
    for (const c of [byName("files-ubuntu-docker-proxy-azure"), twoSites]) {
      for (const f of c.files.filter((x) => x.kind === "script" && /usage\(\)/.test(x.content))) {
        const res = withTempFile("s.sh", f.content, (p) => runUnprivileged(["bash", p, "--bogus"]));
        expect(res.status, `${c.name}: ${f.path}`).toBe(2);
        expect(res.stderr, f.path).toContain("unknown option: --bogus");
      }
    }
  });

  it("a plan with several sites needs --site (facts#161): without it, or with an unknown one, the scripts stop with 2 and name the sites", () => {
    for (const p of [
      "tunnel-planner/prepare-server.sh",
      "tunnel-planner/tunnel-preflight.sh",
      "tunnel-planner/firewall.sh",
    ]) {
      const none = withTempFile("s.sh", content(twoSites, p), (f) =>
        runUnprivileged(["bash", f, "--dry-run"].filter((a) => !p.includes("preflight") || a !== "--dry-run")),
      );
      expect(none.status, p).toBe(2);
      expect(none.stderr, p).toContain("name this server's site with --site (berlin, munich)");
      const wrong = withTempFile("s.sh", content(twoSites, p), (f) => runUnprivileged(["bash", f, "--site", "paris"]));
      expect(wrong.status, p).toBe(2);
    }
  });
});

describe("tunnel-preflight.sh certificate order and names", { timeout: 120_000 }, () => {
  const c = byName("files-ubuntu-docker-proxy-azure");

  function certChecks(san: string, order: "leaf-first" | "root-first"): Map<string, string> {
    return preflightCertChecks(content(c, "tunnel-planner/tunnel-preflight.sh"), (dir) => {
      issueTestCertificate(dir, { san, days: 200, extensions: "basicConstraints=CA:FALSE" });
      const [leaf, root] = [
        readFileSync(path.join(dir, "leaf.crt"), "utf8"),
        readFileSync(path.join(dir, "ca.crt"), "utf8"),
      ];
      writeFileSync(path.join(dir, "ms/certs/site.crt"), order === "leaf-first" ? leaf + root : root + leaf);
    });
  }

  it("fails a root-first chain file, which openssl verify alone passes (RFC 8446 §4.4.2: the server's certificate comes first)", () => {
    expect(certChecks("DNS:tunnel.contoso.com", "root-first").get("cert-chain")).toBe("FAIL");
    expect(certChecks("DNS:tunnel.contoso.com", "leaf-first").get("cert-chain")).toBe("PASS");
  });

  it("matches subject alternative names without regard to case (RFC 4343)", () => {
    expect(certChecks("DNS:TUNNEL.Contoso.COM", "leaf-first").get("cert-name-tunnel.contoso.com")).toBe("PASS");
    expect(certChecks("DNS:*.CONTOSO.com", "leaf-first").get("cert-name-tunnel.contoso.com")).toBe("PASS");
  });
});

describe("cloud scripts", { timeout: 120_000 }, () => {
  it("never open SSH to the internet: without planned sources there is no SSH rule at all", () => {
    const anywhere = byName("files-ubuntu-iptables-ssh-anywhere");
    const aws = content(anywhere, "tunnel-planner/cloud-aws-security-group.sh");
    expect(aws).not.toMatch(/--port 22 /);
    expect(aws).toContain("no SSH rule is created");
    const azure = content(byName("files-ubuntu-docker-proxy-azure"), "tunnel-planner/cloud-azure-nsg.sh");
    expect(azure).toMatch(/--destination-port-ranges 22 --source-address-prefixes 10\.1\.0\.0\/16 192\.0\.2\.10\/32/);
  });

  it("the AWS script runs again without failing on rules that exist (InvalidPermission.Duplicate)", () => {
    const dir = tempDir();
    try {
      writeFileSync(
        path.join(dir, "aws"),
        "#!/bin/sh\necho 'An error occurred (InvalidPermission.Duplicate) when calling the AuthorizeSecurityGroupIngress operation: the specified rule already exists' >&2\nexit 254\n",
        { mode: 0o755 },
      );
      const script = content(byName("files-rhel-podman-rootless-aws"), "tunnel-planner/cloud-aws-security-group.sh");
      const res = withTempFile("aws.sh", script, (p) =>
        runUnprivileged(["bash", p], { PATH: `${dir}:${process.env.PATH}`, AWS_SECURITY_GROUP_ID: "sg-1" }),
      );
      expect(res.status, res.stderr).toBe(0);
      expect(res.stdout).toMatch(/unchanged: --protocol tcp --port 443 --cidr 0\.0\.0\.0\/0/);
      expect(res.stdout).toMatch(/unchanged: --protocol tcp --port 22 --cidr 203\.0\.113\.0\/24/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("README claims only what prepare-server.sh does", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const t = createTranslator(c.plan.locale);
    const script = content(c, "tunnel-planner/prepare-server.sh");
    const readme = content(c, "tunnel-planner/README.md");
    const setup = c.report.setup;
    for (const claim of listPrepareActions(setup, t)) expect(readme).toContain(claim);
    // Each claim has the code behind it, and code without a claim would be a silent action.
    expect(script.includes("semanage port"), "SELinux").toBe(setup.selinux.proxyPortLabel !== null);
    expect(script.includes("service auditd start"), "auditd").toBe(setup.auditd);
    expect(
      /write_file \/etc\/apt\/apt\.conf\.d|ensure_kv \/etc\/(dnf\/dnf|yum)\.conf proxy/.test(script),
      "proxy",
    ).toBe(setup.proxy !== null);
    expect(script.includes("# Guard: never cut the SSH session"), "firewall").toBe(setup.firewall.manager !== "none");
    for (const m of setup.modules) expect(script).toContain(`${m.name}\n'`);
  });
});

describe("configuration files parse in the tools that read them", { timeout: 120_000 }, () => {
  it("every nftables ruleset passes nft -c (in a throwaway network namespace)", () => {
    const rulesets = [
      ...cases,
      evaluateCase("nft-ssh-off", { server: { firewall: "nftables", ssh: { enabled: false } } }),
    ].flatMap((c) => c.files.filter((f) => f.path.endsWith(".nft")));
    expect(rulesets.length).toBeGreaterThan(2);
    for (const f of rulesets) {
      const res = withTempFile("r.nft", f.content, (p) =>
        run("unshare", ["--user", "--map-root-user", "--net", "nft", "-c", "-f", p]),
      );
      expect(res.stderr, f.path).toBe("");
      expect(res.status, f.path).toBe(0);
    }
  });

  it("squid-mstunnel.conf passes squid -k parse on this build; the ssl_bump snippet only where Squid has OpenSSL", () => {
    const dir = tempDir();
    try {
      // One parse per distinct snippet (they differ by the revocation rule): squid takes a while to start.
      const distinct = new Map(
        cases
          .filter((x) => x.files.some((f) => f.path.endsWith("squid-mstunnel.conf")))
          .map((x) => [content(x, "tunnel-planner/squid-mstunnel.conf"), x]),
      );
      expect(distinct.size).toBeGreaterThan(1);
      for (const c of distinct.values()) {
        writeFileSync(path.join(dir, "servers.txt"), "192.0.2.10\n");
        writeFileSync(path.join(dir, "revocation.txt"), "ocsp.contoso.test\n");
        const snippet = content(c, "tunnel-planner/squid-mstunnel.conf")
          .replaceAll("/etc/squid/mstunnel-servers.txt", path.join(dir, "servers.txt"))
          .replaceAll("/etc/squid/mstunnel-revocation-hosts.txt", path.join(dir, "revocation.txt"));
        writeFileSync(path.join(dir, "snippet.conf"), snippet);
        writeFileSync(path.join(dir, "bump.conf"), content(c, "tunnel-planner/squid-mstunnel-sslbump.conf"));
        const conf = (extra: string) =>
          `http_port 3128\nacl CONNECT method CONNECT\ninclude ${path.join(dir, "snippet.conf")}\n${extra}http_access deny all\n`;
        writeFileSync(path.join(dir, "squid.conf"), conf(""));
        // Squid 5 reports a bad line as "ERROR:" and still exits 0, so the log decides.
        const parsed = run("squid", ["-k", "parse", "-f", path.join(dir, "squid.conf")]);
        expect(parsed.status, `${c.name}: ${parsed.stderr}`).toBe(0);
        expect(parsed.stderr, c.name).not.toMatch(/ERROR|FATAL/);
        writeFileSync(path.join(dir, "bump-squid.conf"), conf(`include ${path.join(dir, "bump.conf")}\n`));
        const bumped = run("squid", ["-k", "parse", "-f", path.join(dir, "bump-squid.conf")]);
        const openssl = run("squid", ["-v"]).stdout.includes("--with-openssl");
        expect(bumped.status === 0 && !/ERROR|FATAL/.test(bumped.stderr), c.name).toBe(openssl);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

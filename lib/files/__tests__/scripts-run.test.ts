// The generated scripts run for real (dry run, offline preflight, failure modes, certificate checks) as an unprivileged
// user; scripts-lint.test.ts lints them. Two files so the two vitest workers share the cost.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  engineCases,
  issueTestCertificate,
  ownCases,
  preflightCertChecks,
  runUnprivileged,
  withTempFile,
  type NamedCase,
} from "./testing";

const cases: NamedCase[] = [...ownCases(), ...engineCases()];
/** --site for plans with several sites (each server belongs to one). */
const siteArgs = (c: NamedCase) => (c.report.setup.sites.length > 1 ? ["--site", c.report.setup.sites[0]!.key] : []);

const OS_RELEASE: Record<string, string> = {
  ubuntu: 'ID=ubuntu\nVERSION_ID="22.04"\n',
  rhel: 'ID="rhel"\nVERSION_ID="9.4"\n',
};

/** The first case of each distro family (ubuntu / rhel / centos), to run the costlier checks once per family. */
function firstOfFamily(c: NamedCase): NamedCase | undefined {
  const family = (x: NamedCase) => x.report.setup.os.family;
  return cases.find((x) => family(x) === family(c));
}

function script(c: NamedCase, path: string): string {
  const file = c.files.find((f) => f.path === path);
  if (!file) throw new Error(`${c.name} has no ${path}`);
  return file.content;
}

describe.each(cases)("prepare-server.sh --dry-run: $name", { timeout: 60_000 }, (c) => {
  const { osReleaseId: id, versionId: version } = c.report.setup.os;
  const osRelease = `ID=${id}\nVERSION_ID="${version}"\n`;

  it("prints the planned actions, changes nothing and ends with the dry-run note", () => {
    withTempFile("os-release", osRelease, (release) =>
      withTempFile("prepare-server.sh", script(c, "tunnel-planner/prepare-server.sh"), (path) => {
        // Runs as "nobody" when the tests run as root: a real write would fail, so "changes nothing" is enforced.
        const res = runUnprivileged(["bash", path, "--dry-run", ...siteArgs(c)], {
          TP_OS_RELEASE: release,
          TP_ALLOW_NON_ROOT: "1",
        });
        expect(res.stderr).toBe("");
        expect(res.status).toBe(0);
        expect(res.stdout).toContain(`distribution: ${id} ${version} (as planned)`);
        expect(res.stdout).toMatch(
          /DRY-RUN: write \/etc\/sysctl\.d\/90-mstunnel\.conf:|unchanged: \/etc\/sysctl\.d\/90-mstunnel\.conf/,
        );
        expect(res.stdout).not.toMatch(/^wrote: |^appended to |^\+ /m);
        expect(res.stdout.trimEnd().split("\n").at(-1)).toMatch(
          /^dry run finished: nothing was changed \(\d+ file changes planned\)$/,
        );
      }),
    );
  });
});

interface PreflightJson {
  checks: { id: string; status: string; message: string; fix: string }[];
  summary: { pass: number; warn: number; fail: number; skip: number };
  inboundTests: string[];
}

describe.each(cases)("tunnel-preflight.sh --offline: $name", { timeout: 60_000 }, (c) => {
  it("--json runs to the end and reports in the documented format; exit status 1 with a FAIL, else 0", () => {
    withTempFile("tunnel-preflight.sh", script(c, "tunnel-planner/tunnel-preflight.sh"), (path) => {
      const res = runUnprivileged(["bash", path, "--offline", "--json", ...siteArgs(c)]);
      expect(res.stderr).toBe("");
      const out = JSON.parse(res.stdout) as PreflightJson;
      expect(out.checks.length).toBeGreaterThan(10);
      for (const check of out.checks) {
        expect(["PASS", "WARN", "FAIL", "SKIP"]).toContain(check.status);
        expect(check.id).toMatch(/^[a-z0-9][a-z0-9._*-]*$/);
        expect(check.message.length).toBeGreaterThan(0);
        if (check.status === "FAIL") expect(check.fix.length).toBeGreaterThan(0);
      }
      const count = (s: string) => out.checks.filter((x) => x.status === s).length;
      expect(out.summary).toEqual({
        pass: count("PASS"),
        warn: count("WARN"),
        fail: count("FAIL"),
        skip: count("SKIP"),
      });
      expect(res.status).toBe(out.summary.fail > 0 ? 1 : 0);
      expect(out.checks.map((x) => x.id)).toEqual(
        expect.arrayContaining([
          "os",
          "cpu-arch",
          "cpu-cores",
          "memory",
          "disk",
          "ip-forward",
          "bridge-routes",
          "client-pool-routes",
          "outbound",
          "tls-inspection",
        ]),
      );
      // --offline: no network probe ran.
      expect(out.checks.find((x) => x.id === "outbound")?.status).toBe("SKIP");
      expect(out.inboundTests.some((t) => t.startsWith("nc -vz "))).toBe(true);
    });
  });
});

// The costlier behaviour checks run once per distro family (ubuntu / rhel / centos) or once overall.
const familyCases = cases.filter((c) => c === firstOfFamily(c));

describe.each(familyCases)("prepare-server.sh failure modes: $name", { timeout: 60_000 }, (c) => {
  const family = c.report.setup.os.family === "ubuntu" ? "ubuntu" : "rhel";

  it("stops at the distro check with a message that says what to do", () => {
    const other = family === "ubuntu" ? OS_RELEASE.rhel! : OS_RELEASE.ubuntu!;
    withTempFile("os-release", other, (release) =>
      withTempFile("prepare-server.sh", script(c, "tunnel-planner/prepare-server.sh"), (path) => {
        const res = runUnprivileged(["bash", path, "--dry-run", ...siteArgs(c)], {
          TP_OS_RELEASE: release,
          TP_ALLOW_NON_ROOT: "1",
        });
        expect(res.status).toBe(1);
        expect(res.stderr).toMatch(/^FAILED: this server runs .*, the plan is for .*\nWhat to do: /);
        expect(res.stdout).not.toContain("DRY-RUN:");
      }),
    );
  });
});

describe("scripts run once for the first case", { timeout: 60_000 }, () => {
  const c = cases[0]!;

  it("refuses to run for real without root", () => {
    withTempFile("prepare-server.sh", script(c, "tunnel-planner/prepare-server.sh"), (path) => {
      const res = runUnprivileged(["bash", path], { TP_ALLOW_NON_ROOT: "1" });
      expect(res.status).toBe(1);
      expect(res.stderr).toContain("FAILED: this script must run as root");
    });
  });

  it("text mode prints one line per check, the inbound test commands and a summary", () => {
    withTempFile("tunnel-preflight.sh", script(c, "tunnel-planner/tunnel-preflight.sh"), (path) => {
      const res = runUnprivileged(["bash", path, "--offline", ...siteArgs(c)]);
      const lines = res.stdout.split("\n");
      expect(lines.filter((l) => /^(PASS|WARN|FAIL|SKIP) [a-z]/.test(l)).length).toBeGreaterThan(10);
      expect(res.stdout).toContain("A UDP test only proves nothing rejected the packet");
      const summary = /Summary: (\d+) pass, (\d+) warn, (\d+) fail, (\d+) skipped/.exec(res.stdout);
      expect(summary).not.toBeNull();
      expect(res.status).toBe(Number(summary![3]) > 0 ? 1 : 0);
    });
  });
});

describe("tunnel-preflight.sh certificate checks (sample certificates made with openssl)", { timeout: 60_000 }, () => {
  const c = cases.find((x) => x.name === "files-ubuntu-docker-proxy-azure")!;

  const preflightWith = (setup: (dir: string) => void) =>
    preflightCertChecks(script(c, "tunnel-planner/tunnel-preflight.sh"), setup);
  // The revocation check needs an address to name (it skips the probe offline).
  const issue = (dir: string, opts: { san: string; days: number; keyPass?: boolean }) =>
    issueTestCertificate(dir, { ...opts, extensions: "authorityInfoAccess=OCSP;URI:http://ocsp.contoso.test" });

  it("passes a full chain with the right name, lifetime and key", () => {
    const checks = preflightWith((dir) => {
      // 180 days: within the CA/Browser Forum limit on the plan's date (200 days from 2026-03-15, facts#195).
      issue(dir, { san: "DNS:*.contoso.com", days: 180 });
      writeFileSync(
        path.join(dir, "ms/certs/site.crt"),
        readFileSync(path.join(dir, "leaf.crt"), "utf8") + readFileSync(path.join(dir, "ca.crt"), "utf8"),
      );
    });
    expect(Object.fromEntries(checks)).toEqual({
      "cert-key": "PASS",
      "cert-expiry": "PASS",
      "cert-lifetime": "PASS",
      "cert-name-tunnel.contoso.com": "PASS",
      "cert-key-size": "PASS",
      "cert-chain": "PASS",
      "cert-revocation": "SKIP",
    });
  });

  it("fails a leaf-only file, a name that does not cover the site, a too-long lifetime and a protected key", () => {
    const checks = preflightWith((dir) => {
      issue(dir, { san: "DNS:other.example.com", days: 800, keyPass: true });
      writeFileSync(path.join(dir, "ms/certs/site.crt"), readFileSync(path.join(dir, "leaf.crt"), "utf8"));
    });
    expect(checks.get("cert-chain")).toBe("FAIL");
    expect(checks.get("cert-name-tunnel.contoso.com")).toBe("FAIL");
    expect(checks.get("cert-lifetime")).toBe("FAIL");
    expect(checks.get("cert-key")).toBe("FAIL");
  });

  it("warns (not fails) when no certificate has been placed yet", () => {
    expect(preflightWith(() => undefined).get("cert-files")).toBe("WARN");
  });
});

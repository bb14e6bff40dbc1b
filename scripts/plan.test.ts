import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Report } from "@/lib/report/types";

const TSX = path.resolve("node_modules/.bin/tsx");
const fixture = (name: string) => `lib/__fixtures__/${name}.tunnelplan.json`;
const run = (args: string[], input?: string) => {
  const r = spawnSync(TSX, ["scripts/plan.ts", ...args], { input, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
let contosoJson = "";
const tmp = mkdtempSync(path.join(tmpdir(), "plan-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("scripts/plan.ts", { timeout: 60_000 }, () => {
  it("prints the JSON report of a plan file", () => {
    const r = run([fixture("contoso-single-site")]);
    expect(r.code).toBe(0);
    contosoJson = r.stdout;
    const report = JSON.parse(r.stdout) as Report;
    expect(report.sizing.totals).toEqual({ servers: 3, cpus: 24, memoryGb: 24, diskGb: 90 });
    expect(report.findings.map((f) => f.id)).toContain("bridge-overlap");
  });
  it("prints the markdown checklist document", () => {
    const r = run([fixture("blockers"), "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Everything that cannot work\n/);
    for (const heading of ["## Sizing", "## Operating system", "## Ports", "## FQDNs", "## Findings", "## Checklist", "### Licensing and roles"]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain("`proxy-authenticated`");
  });
  it("reads the plan from standard input with -", () => {
    const r = run(["-"], readFileSync(fixture("minimal"), "utf8"));
    expect(r.code).toBe(0);
    // The minimal plan has no edition (the source document's) and the default 397-day public certificate, which
    // public CAs no longer issue on its date (facts#195).
    expect((JSON.parse(r.stdout) as Report).findings.map((f) => f.id)).toEqual(["tls-public-ca-max-validity", "edition-newer-available"]);
  });
  it("an invalid plan exits 2 with field.path: message lines and no stack trace", () => {
    const r = run(["-"], JSON.stringify({ sites: [{ port: 0 }], network: { internalCidrs: ["10.0.0.0/8", "10.1.2.3/16"] } }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      "sites.0.port: must be a whole number from 1 to 65535",
      "network.internalCidrs.1: 10.1.2.3/16 is an address inside the network 10.1.0.0/16, not its start; did you mean 10.1.0.0/16?",
    ]);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
  it("unreadable files and broken JSON exit 2 with a clear message", () => {
    const missing = run([path.join(tmp, "missing.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read the plan (no such file)");
    const bad = path.join(tmp, "bad.json");
    writeFileSync(bad, "{ nope");
    const broken = run([bad]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("not valid JSON");
  });
  it("unknown fields are warned about on stderr, the report still prints", () => {
    const r = run(["-"], JSON.stringify({ colour: "red" }));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: colour: unknown field, ignored");
  });
  it("--out writes every generated file under DIR keeping its path", () => {
    const out = path.join(tmp, "out");
    const r = run([fixture("contoso-single-site"), "--out", out]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.length).toBeGreaterThan(0);
    for (const f of report.files) expect(readFileSync(path.join(out, f.path), "utf8")).toBe(f.content);
    expect(existsSync(path.join(out, "etc/sysctl.d/90-mstunnel.conf"))).toBe(true);
    // Permission bits follow each file's kind (lib/files/mode.ts): scripts run as is, the rest is data.
    const scripts = report.files.filter((f) => f.kind === "script");
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(statSync(path.join(out, f.path)).mode & 0o777, f.path).toBe(0o755);
    for (const f of report.files.filter((x) => x.kind !== "script")) expect(statSync(path.join(out, f.path)).mode & 0o111, `${f.path} is not executable`).toBe(0);
  });
  it("--date replaces the planning date for lifecycle checks", () => {
    const plan = JSON.stringify({ server: { distro: "centos-7" } });
    const before = JSON.parse(run(["-", "--date", "2024-06-30"], plan).stdout) as Report;
    const after = JSON.parse(run(["-", "--date", "2024-07-01"], plan).stdout) as Report;
    expect(before.os.status).toBe("supported");
    expect(after.os.status).toBe("end-of-support");
    expect(run(["-", "--date", "2024-13-01"], plan).code).toBe(2);
  });
  it("--edition ID|latest checks the plan against that edition of the requirements (plan-format §4.5)", () => {
    const plan = JSON.stringify({ planningDate: "2026-11-30", server: { distro: "ubuntu-22.04" } });
    const source = JSON.parse(run(["-"], plan).stdout) as Report;
    expect(source.catalog.edition).toBe("2024-10-24");
    expect(source.os.status).toBe("supported");
    const latest = JSON.parse(run(["-", "--edition", "latest"], plan).stdout) as Report;
    expect(latest.catalog).toMatchObject({ edition: "2026-09-03", newest: "2026-09-03" });
    expect(latest.findings.find((f) => f.id === "os-not-in-edition")?.detail).toContain("Edition 2026-09-03");
    expect((JSON.parse(run(["-", "--edition", "2025-04-15a"], plan).stdout) as Report).catalog.edition).toBe("2025-04-15a");
    const bad = run(["-", "--edition", "2023-01-01"], plan);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--edition must be latest or one of 2024-09-06");
  });
  it("--share-link prints a link that reads back as the same plan", () => {
    const link = run([fixture("contoso-single-site"), "--share-link", "http://localhost:3000"]);
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(/^http:\/\/localhost:3000\/open#p1\./);
    const fromLink = run([link.stdout.trim()]);
    expect(fromLink.code).toBe(0);
    expect(JSON.parse(fromLink.stdout)).toEqual(JSON.parse(contosoJson));
  });
  it("a broken share link exits 2", () => {
    const r = run(["http://localhost:3000/open#p1.AAAA"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^share link: /);
  });
  it("bad options exit 2 with usage", () => {
    const badFormat = run([fixture("minimal"), "--format", "yaml"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("--format must be json, markdown, pdf or graph");
    expect(badFormat.stderr).toContain("Usage:");
  });
});

describe("outputPath", () => {
  it("keeps paths under DIR and rejects ..", async () => {
    const { outputPath } = await import("./plan-out");
    expect(outputPath("/o", "/etc/docker/daemon.json")).toBe(path.join("/o", "etc/docker/daemon.json"));
    expect(outputPath("/o", "tunnel-planner/README.md")).toBe(path.join("/o", "tunnel-planner/README.md"));
    expect(outputPath("/o", "../etc/passwd")).toBeNull();
    expect(outputPath("/o", "/etc/../../x")).toBeNull();
    expect(outputPath("/o", "")).toBeNull();
  });
});

// The plan CLI, run in process (runPlanCli) so the suite pays one tsx start, not one per case; the last
// test spawns `npm run plan` for real to prove the npm script and its entry file work.
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Report } from "@/lib/report/types";
import { encodePayloadForTests } from "@/lib/share/codec";
import { runCli } from "@/test/support/cli";

const fixture = (name: string) => `lib/__fixtures__/${name}.tunnelplan.json`;
const run = (args: string[], input?: string) => runCli(args, { input });
const tmp = mkdtempSync(path.join(tmpdir(), "plan-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
/** n distinct, scattered /30 networks under a prefix: they compress poorly, like a real inventory. */
const scattered = (n: number, prefix: (x: number) => string) => [
  ...new Set(
    Array.from({ length: n }, (_, i) => {
      const x = Math.imul(i + 1, 2654435761) >>> 0;
      return `${prefix(x)}.${(x >>> 8) & 255}.${x & 252}/30`;
    }),
  ),
];
const fresh = (name: string) => {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe("plan CLI", { timeout: 60_000 }, () => {
  it("prints the JSON report of a plan file", async () => {
    const r = await run([fixture("contoso-single-site")]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.sizing.totals).toEqual({ servers: 3, cpus: 24, memoryGb: 24, diskGb: 90 });
    expect(report.findings.map((f) => f.id)).toContain("bridge-overlap");
  });
  it("prints the markdown checklist document", async () => {
    const r = await run([fixture("blockers"), "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Everything that cannot work\n/);
    for (const heading of [
      "## Sizing",
      "## Operating system",
      "## Ports",
      "## FQDNs",
      "## Findings",
      "## Checklist",
      "### Licensing and roles",
    ]) {
      expect(r.stdout).toContain(heading);
    }
    expect(r.stdout).toContain("`proxy-authenticated`");
  });
  it("reads the plan from standard input with -", async () => {
    const r = await run(["-"], readFileSync(fixture("minimal"), "utf8"));
    expect(r.code).toBe(0);
    // The minimal plan has no edition (the source document's) and the default 397-day public certificate, which
    // public CAs no longer issue on its date (facts#195).
    expect((JSON.parse(r.stdout) as Report).findings.map((f) => f.id)).toEqual([
      "tls-public-ca-max-validity",
      "edition-newer-available",
    ]);
  });
  it("an invalid plan exits 2 with field.path: message lines and no stack trace", async () => {
    const r = await run(
      ["-"],
      JSON.stringify({ sites: [{ port: 0 }], network: { internalCidrs: ["10.0.0.0/8", "10.1.2.3/16"] } }),
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toEqual([
      "sites.0.port: must be a whole number from 1 to 65535",
      "network.internalCidrs.1: 10.1.2.3/16 is an address inside the network 10.1.0.0/16, not its start; did you mean 10.1.0.0/16?",
    ]);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
  it("unreadable files and broken JSON exit 2 with a clear message", async () => {
    const missing = await run([path.join(tmp, "missing.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("cannot read the plan (no such file)");
    const bad = path.join(tmp, "bad.json");
    writeFileSync(bad, "{ nope");
    const broken = await run([bad]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("not valid JSON");
  });
  it("unknown fields are warned about on stderr, the report still prints", async () => {
    const r = await run(["-"], JSON.stringify({ colour: "red" }));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: colour: unknown field, ignored");
  });
  it("--out writes every generated file under DIR keeping its path", async () => {
    const out = path.join(tmp, "out");
    const r = await run([fixture("contoso-single-site"), "--out", out]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.files.length).toBeGreaterThan(0);
    for (const f of report.files) expect(readFileSync(path.join(out, f.path), "utf8")).toBe(f.content);
    expect(existsSync(path.join(out, "etc/sysctl.d/90-mstunnel.conf"))).toBe(true);
    // Permission bits follow each file's kind (lib/files/mode.ts): scripts run as is, the rest is data.
    const scripts = report.files.filter((f) => f.kind === "script");
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(statSync(path.join(out, f.path)).mode & 0o777, f.path).toBe(0o755);
    for (const f of report.files.filter((x) => x.kind !== "script"))
      expect(statSync(path.join(out, f.path)).mode & 0o111, `${f.path} is not executable`).toBe(0);
    expect(
      readdirSync(path.join(out, "tunnel-planner")).filter((f) => f.endsWith(".tmp")),
      "no temporary files left",
    ).toEqual([]);
    const again = await run([fixture("contoso-single-site"), "--out", out]);
    expect(again.code, "writing over an earlier run is fine").toBe(0);
  });
  it("--date replaces the planning date for lifecycle checks", async () => {
    const plan = JSON.stringify({ server: { distro: "centos-7" } });
    const before = JSON.parse((await run(["-", "--date", "2024-06-30"], plan)).stdout) as Report;
    const after = JSON.parse((await run(["-", "--date", "2024-07-01"], plan)).stdout) as Report;
    expect(before.os.status).toBe("supported");
    expect(after.os.status).toBe("end-of-support");
    expect((await run(["-", "--date", "2024-13-01"], plan)).code).toBe(2);
  });
  it("--edition ID|latest checks the plan against that edition of the requirements (plan-format §4.5)", async () => {
    const plan = JSON.stringify({ planningDate: "2026-11-30", server: { distro: "ubuntu-22.04" } });
    const source = JSON.parse((await run(["-"], plan)).stdout) as Report;
    expect(source.catalog.edition).toBe("2024-10-24");
    expect(source.os.status).toBe("supported");
    const latest = JSON.parse((await run(["-", "--edition", "latest"], plan)).stdout) as Report;
    expect(latest.catalog).toMatchObject({ edition: "2026-09-03", newest: "2026-09-03" });
    expect(latest.findings.find((f) => f.id === "os-not-in-edition")?.detail).toContain("Edition 2026-09-03");
    expect((JSON.parse((await run(["-", "--edition", "2025-04-15a"], plan)).stdout) as Report).catalog.edition).toBe(
      "2025-04-15a",
    );
    const bad = await run(["-", "--edition", "2023-01-01"], plan);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--edition must be latest or one of 2024-09-06");
  });
  it("--share-link prints a link that reads back as the same plan", async () => {
    const direct = await run([fixture("contoso-single-site")]);
    const link = await run([fixture("contoso-single-site"), "--share-link", "http://localhost:3000"]);
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(/^http:\/\/localhost:3000\/open#p1\./);
    const fromLink = await run([link.stdout.trim()]);
    expect(fromLink.code).toBe(0);
    expect(JSON.parse(fromLink.stdout)).toEqual(JSON.parse(direct.stdout));
  });
  it("a broken share link exits 2", async () => {
    const r = await run(["http://localhost:3000/open#p1.AAAA"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^share link: /);
  });
  it("--lang de prints the checklist document in German; another language exits 2 (issue 14)", async () => {
    const de = await run([fixture("contoso-single-site"), "--lang", "de", "--format", "markdown"]);
    expect(de.code).toBe(0);
    expect(de.stdout).toContain("## Checkliste");
    expect(de.stdout).toContain("## Befunde");
    expect(de.stdout).toContain("| Frankfurt | 5.000 |");
    const json = JSON.parse((await run([fixture("contoso-single-site"), "--lang=DE"])).stdout) as Report;
    expect(json.checklist[0]?.phase).toBe("Lizenzen und Rollen");
    const bad = await run([fixture("contoso-single-site"), "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--lang must be one of en, de");
  });
  it("bad options exit 2 with usage", async () => {
    const badFormat = await run([fixture("minimal"), "--format", "yaml"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("--format must be json, markdown, pdf or graph");
    expect(badFormat.stderr).toContain("Usage:");
    expect(badFormat.stderr).toContain("Exit status:");
  });
});

describe("plan CLI under hostile input", { timeout: 60_000 }, () => {
  it("--out refuses a folder under DIR that is a symbolic link out of DIR, and writes nothing there", async () => {
    const out = fresh("trap-dir");
    const outside = fresh("outside-dir");
    symlinkSync(outside, path.join(out, "etc"));
    const r = await run([fixture("contoso-single-site"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/etc: is a symbolic link; refusing to follow it/);
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(out), "refused before writing anything").toEqual(["etc"]);
  });

  it("--out never writes through, or chmods, a file under DIR that links to a private file outside", async () => {
    const out = fresh("trap-file");
    const secret = path.join(fresh("outside-file"), "secret");
    writeFileSync(secret, "private\n");
    chmodSync(secret, 0o600);
    mkdirSync(path.join(out, "tunnel-planner"));
    symlinkSync(secret, path.join(out, "tunnel-planner", "README.md"));
    const r = await run([fixture("minimal"), "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/README\.md: is a symbolic link/);
    expect(readFileSync(secret, "utf8")).toBe("private\n");
    expect(statSync(secret).mode & 0o777).toBe(0o600);
  });

  it("--out replaces a hard-linked file in DIR instead of writing into the shared file", async () => {
    const out = fresh("trap-hardlink");
    const shared = path.join(fresh("outside-hardlink"), "shared");
    writeFileSync(shared, "keep me\n");
    chmodSync(shared, 0o600);
    mkdirSync(path.join(out, "tunnel-planner"));
    linkSync(shared, path.join(out, "tunnel-planner", "README.md"));
    const r = await run([fixture("minimal"), "--out", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(shared, "utf8")).toBe("keep me\n");
    expect(statSync(shared).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(out, "tunnel-planner", "README.md"), "utf8")).toMatch(/^# Tunnel Planner bundle/);
  });

  it("--out naming a regular file exits 2 with a clear message", async () => {
    const file = path.join(tmp, "not-a-folder.txt");
    writeFileSync(file, "x");
    const r = await run([fixture("minimal"), "--out", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: --out: ${file} is a file, not a folder\n`);
    const pdf = await run([fixture("minimal"), "--format", "pdf", "--out", file]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain("is a file, not a folder");
  });

  it("a plan file whose path contains # is read as the file, not as a share link", async () => {
    const dir = fresh("issue #17");
    const file = path.join(dir, "plan#1.tunnelplan.json");
    writeFileSync(file, readFileSync(fixture("contoso-single-site")));
    const r = await run([file]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Report).sizing.totals.servers).toBe(3);
  });

  it("a share link whose values were reset to defaults exits 2 and names each field, as a plan file would", async () => {
    const link = `http://localhost:3000/open#${encodePayloadForTests({ name: "Linked", sites: [{ port: 0 }] })}`;
    const r = await run([link]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(
      "sites.0.port: must be a whole number from 1 to 65535 (the app would reset it to the default)",
    );
  });

  it("--share-link refuses a plan too large for a link that opens, and points to the plan file", async () => {
    const big = JSON.stringify({
      network: {
        internalCidrs: scattered(2000, (x) => `10.${(x >>> 16) & 255}`),
        splitTunnel: { include: scattered(2000, (x) => `172.${16 + ((x >>> 16) & 15)}`) },
      },
      server: { ssh: { sourceCidrs: scattered(2000, () => "192.168") } },
    });
    const r = await run(["-", "--share-link", "http://localhost:3000"], big);
    expect(r.stderr).toMatch(
      /the share link would be [\d,]+ characters; links over [\d,]+ cannot be opened\. Send the plan file/,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("--share-link warns about a link over 2,000 characters but prints it", async () => {
    const plan = JSON.stringify({ network: { internalCidrs: scattered(600, (x) => `10.${(x >>> 16) & 255}`) } });
    const r = await run(["-", "--share-link", "http://localhost:3000"], plan);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^http:\/\/localhost:3000\/open#p1\./);
    expect(r.stderr).toMatch(/^warning: the share link is [\d,]+ characters; links over 2,000 are often cut off/m);
  });

  it("error lines show terminal escapes and line breaks as text, so a value cannot forge a line", async () => {
    const r = await run(["-"], JSON.stringify({ network: { dnsSuffixes: ["x\u001b[2J\nsites.0.port: forged"] } }));
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\u001b/);
    expect(r.stderr.trim().split("\n")).toEqual([
      'network.dnsSuffixes.0: "x\\x1b[2J\\nsites.0.port: forged" contains "\\x1b"; a host name may only contain letters a-z, digits, hyphens and dots',
    ]);
    const warned = await run(["-"], JSON.stringify({ [`evil\u001b]0;pwned\u0007\nname`]: 1 }));
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain("warning: evil\\x1b]0;pwned\\x07\\nname: unknown field, ignored");
  });

  it("a 5 MB value becomes one short line", async () => {
    const r = await run(["-"], JSON.stringify({ network: { internalCidrs: ["a".repeat(5_000_000)] } }));
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeLessThan(300);
    expect(lines[0]).toMatch(/^network\.internalCidrs\.0: "a{80}… \(4999920 more characters\)" is not a network: /);
  });
});

describe("npm run plan", () => {
  it("runs the CLI as a real process through the npm script", () => {
    const r = spawnSync("npm", ["run", "-s", "plan", "--", fixture("minimal"), "--format", "markdown"], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# Microsoft Tunnel plan\n/);
  }, 120_000);
});

describe("writeInside", () => {
  it("keeps paths under DIR and refuses .. and empty paths", async () => {
    const { writeInside } = await import("./plan-out");
    const dir = fresh("inside");
    expect(await writeInside(dir, "/etc/docker/daemon.json", "{}", 0o644)).toEqual({
      ok: true,
      path: path.join(dir, "etc/docker/daemon.json"),
    });
    expect(readFileSync(path.join(dir, "etc/docker/daemon.json"), "utf8")).toBe("{}");
    for (const bad of ["../etc/passwd", "/etc/../../x", "", "a\\b"]) {
      expect(await writeInside(dir, bad, "x", 0o644), bad).toMatchObject({
        ok: false,
        message: expect.stringContaining("outside"),
      });
    }
    expect(existsSync(path.join(tmp, "etc"))).toBe(false);
  });
});

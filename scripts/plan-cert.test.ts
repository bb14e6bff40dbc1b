// CLI --cert FILE [--cert-password-env VAR] (plan-format §4.5) with certificates made in the test.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "@/test/support/cli";
import { makePfx, makeTestPki, pemBytes, type Issued, type TestPki } from "@/test/support/certs";
import { parsePlan } from "@/lib/plan/parse";
import { decodeShareFragment } from "@/lib/share/codec";
import type { Report } from "@/lib/report/types";
import { applyCertOption } from "./plan-cert";

const tmp = mkdtempSync(path.join(tmpdir(), "plan-cert-"));
const PLAN = "lib/__fixtures__/contoso-single-site.tunnelplan.json";
const run = (args: string[], env: Record<string, string> = {}) => runCli([PLAN, ...args], { env });
const write = (name: string, bytes: Uint8Array | string) => {
  const file = path.join(tmp, name);
  writeFileSync(file, bytes);
  return file;
};
let pki: TestPki;
let good: Issued;
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(async () => {
  pki = await makeTestPki();
  good = await pki.leaf({
    names: ["tunnel.contoso.com"],
    notBefore: "2026-09-01T00:00:00Z",
    notAfter: "2027-03-01T00:00:00Z",
  });
}, 60_000);

describe("npm run plan -- --cert", { timeout: 120_000 }, () => {
  it("a PEM chain fills tls.certificate; its addresses join the allowlist; no key material is printed", async () => {
    const file = write(
      "site.crt",
      new TextEncoder().encode(good.pem + pki.intermediate.pem + pki.root.pem + good.keyPem),
    );
    const r = await run(["--cert", file]);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.filter((f) => f.id.startsWith("tls-cert-"))).toEqual([]);
    expect(report.fqdns.map((f) => f.host)).toContain("ocsp.contoso.com");
    expect(r.stderr).toContain("private key; it was not read");
    expect(r.stdout + r.stderr).not.toMatch(/PRIVATE KEY/);
    expect(r.stdout).not.toContain(good.keyPem.split("\n")[2]!);
  });

  it("a PFX opens with the password from the named environment variable; a wrong one is the tls-cert-unreadable finding", async () => {
    const file = write("site.pfx", makePfx(good, [pki.intermediate, pki.root], "pa$$ word"));
    const ok = await run(["--cert", file, "--cert-password-env", "TP_PFX_PASSWORD"], { TP_PFX_PASSWORD: "pa$$ word" });
    expect(ok.code, ok.stderr).toBe(0);
    expect((JSON.parse(ok.stdout) as Report).findings.filter((f) => f.id.startsWith("tls-cert-"))).toEqual([]);
    const bad = await run(["--cert", file, "--cert-password-env", "TP_PFX_PASSWORD", "--format", "markdown"], {
      TP_PFX_PASSWORD: "nope",
    });
    expect(bad.code).toBe(0);
    expect(bad.stdout).toContain("The certificate file cannot be read");
    expect(bad.stderr).toContain("The password does not open the PFX file.");
  });

  it("a missing file or an unset variable is a usage error (exit 2)", async () => {
    expect(await run(["--cert", path.join(tmp, "nope.pem")])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("no such file"),
    });
    const file = write("x.pfx", makePfx(good, [], "x"));
    expect(await run(["--cert", file, "--cert-password-env", "TP_UNSET_VARIABLE_FOR_TEST"])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("is not set"),
    });
  });

  it("--share-link carries the certificate summary", async () => {
    const file = write("chain.pem", pemBytes(good, pki.intermediate, pki.root));
    const r = await run(["--cert", file, "--share-link", "http://localhost:3000"]);
    expect(r.code, r.stderr).toBe(0);
    const decoded = decodeShareFragment(r.stdout.trim().split("#")[1]!);
    expect(decoded.ok && decoded.plan.tls.certificate?.subject).toBe("CN=tunnel.contoso.com");
  });
});

describe("applyCertOption (in process)", { timeout: 60_000 }, () => {
  const plan = () => {
    const r = parsePlan({ sites: [{ publicAddress: "tunnel.contoso.com" }] });
    if (!r.ok) throw new Error();
    return r.value;
  };
  it.each([
    ["garbage", new TextEncoder().encode("certainly not a certificate"), "The file holds no certificate."],
    ["10 MB", new Uint8Array(10 * 1024 * 1024).fill(0x30), "10,485,760 bytes"],
    ["empty", new Uint8Array(0), "The file is empty."],
  ])("%s is the tls-cert-unreadable finding", async (name, bytes, text) => {
    const r = await applyCertOption(plan(), write(`f-${name}`, bytes), undefined);
    expect("unreadable" in r && r.unreadable?.id).toBe("tls-cert-unreadable");
    expect("unreadable" in r && r.unreadable?.detail).toContain(text);
  });
  it("a PFX without a password needs no variable; one with a password says it needs one", async () => {
    const open = await applyCertOption(plan(), write("open.pfx", makePfx(good, [pki.intermediate], "")), undefined);
    expect("plan" in open && open.plan.tls.certificate?.format).toBe("pfx");
    const locked = await applyCertOption(plan(), write("locked.pfx", makePfx(good, [], "pw")), undefined);
    expect("unreadable" in locked && locked.unreadable?.detail).toContain("protected by a password");
    expect(await applyCertOption(plan(), "x", "1BAD")).toEqual({
      problem: expect.stringContaining("not an environment variable name"),
    });
  });
  it("echoes a hostile file name or variable name escaped on one line, never as terminal codes or a forged line", async () => {
    const hostile = "x\u001b[31mY\nfake: forged line";
    const missing = await applyCertOption(plan(), path.join(tmp, hostile), undefined);
    const badName = await applyCertOption(plan(), "x", hostile);
    for (const r of [missing, badName]) {
      const problem = "problem" in r ? r.problem : "";
      expect(problem).toContain("x\\x1b[31mY\\nfake: forged line");
      expect(problem).not.toMatch(/[\u0000-\u001f]/);
    }
    expect("problem" in missing && missing.problem).toMatch(/: cannot read the certificate \(no such file\)$/);
  });
});

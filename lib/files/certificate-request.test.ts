// The request file works with the real openssl: it makes a key and a CSR whose SANs are every site's address.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import { evaluatePlan } from "@/lib/report/evaluate";
import { buildCertificateRequest, CERTIFICATE_REQUEST_PATH } from "./certificate-request";

const plan = (input: object) => {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe("tunnel-planner/certificate-request.cnf (plan-format §4.4)", { timeout: 60_000 }, () => {
  const twoSites = plan({
    locale: "de",
    devices: { ios: 20 },
    sites: [
      { name: "Frankfurt", publicAddress: "Tunnel.contoso.com", devices: 10 },
      { name: "Dublin", publicAddress: "203.0.113.10", devices: 10 },
    ],
    tls: { keyBits: 1024 },
  });

  it("openssl req makes an unencrypted key of at least 2048 bits and a CSR with every site as a SAN", () => {
    const file = buildCertificateRequest(twoSites);
    expect(file?.path).toBe(CERTIFICATE_REQUEST_PATH);
    expect(file?.kind).toBe("config");
    const dir = mkdtempSync(join(tmpdir(), "tp-csr-"));
    writeFileSync(join(dir, "certificate-request.cnf"), file!.content);
    execFileSync(
      "openssl",
      ["req", "-new", "-config", "certificate-request.cnf", "-nodes", "-keyout", "site.key", "-out", "site.csr"],
      { cwd: dir, stdio: "pipe" },
    );
    const csr = execFileSync("openssl", ["req", "-in", "site.csr", "-noout", "-text"], { cwd: dir, encoding: "utf8" });
    expect(csr).toContain("Public-Key: (2048 bit)");
    expect(csr).toMatch(/DNS:tunnel\.contoso\.com, IP Address:203\.0\.113\.10/);
    expect(csr).toContain("TLS Web Server Authentication");
    expect(csr).toContain("Subject: CN = tunnel.contoso.com");
    const key = execFileSync("openssl", ["pkey", "-in", "site.key", "-noout", "-text"], {
      cwd: dir,
      encoding: "utf8",
      input: "",
    });
    expect(key).toContain("Private-Key: (2048 bit");
    // German plan, German comments.
    expect(file!.content).toContain("# OpenSSL-Zertifikatanforderung");
  });

  it("keeps a larger RSA size the plan names, and is part of the bundle only when a site has an address", () => {
    expect(
      buildCertificateRequest(plan({ sites: [{ publicAddress: "a.contoso.com" }], tls: { keyBits: 4096 } }))?.content,
    ).toContain("default_bits = 4096");
    expect(buildCertificateRequest(plan({}))).toBeNull();
    expect(evaluatePlan(twoSites).files.some((f) => f.path === CERTIFICATE_REQUEST_PATH)).toBe(true);
    expect(evaluatePlan(plan({})).files.some((f) => f.path === CERTIFICATE_REQUEST_PATH)).toBe(false);
  });

  it("the checklist carries the commands: key and request, PFX to PEM, openssl verify and s_client", () => {
    const items = evaluatePlan(
      plan({ sites: [{ publicAddress: "tunnel.contoso.com", port: 8443 }], tls: { format: "pfx" } }),
    ).checklist;
    const text = items
      .filter((i) => i.phase === "Certificate")
      .map((i) => i.detail)
      .join("\n");
    expect(text).toContain("openssl req -new -config certificate-request.cnf");
    expect(text).toContain("openssl pkcs12 -in site.pfx -nokeys -out /etc/mstunnel/certs/site.crt");
    expect(text).toContain("-nocerts -nodes -out /etc/mstunnel/private/site.key");
    expect(text).toContain("openssl verify");
    expect(text).toContain("openssl s_client -showcerts -connect tunnel.contoso.com:8443");
  });
});

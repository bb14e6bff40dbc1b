// Real certificates, made in the test (test/support/certs.ts), through the parser and the engine.
import { beforeAll, describe, expect, it } from "vitest";
import { applyCertificate } from "@/lib/cert/apply";
import { parsePlan } from "@/lib/plan/parse";
import type { Plan } from "@/lib/plan/schema";
import { evaluatePlan } from "@/lib/report/evaluate";
import { makePfx, makeTestPki, pemBytes, type Issued, type TestPki } from "@/test/support/certs";
import { MAX_CERT_FILE_BYTES, parseCertificateFile } from "./parse";
import { certificateSummarySchema } from "./schema";
import { x509 } from "./x509";

const PLANNING = "2026-11-28";
const VALID = { notBefore: "2026-09-01T00:00:00Z", notAfter: "2027-03-01T00:00:00Z" };
let pki: TestPki;
let good: Issued;

beforeAll(async () => {
  pki = await makeTestPki();
  good = await pki.leaf({ names: ["tunnel.contoso.com"], ...VALID });
}, 60_000);

function basePlan(addresses = ["tunnel.contoso.com"]): Plan {
  const r = parsePlan({
    planningDate: PLANNING,
    sites: addresses.map((a, i) => ({
      name: `Site ${i + 1}`,
      publicAddress: a,
      devices: addresses.length > 1 ? 10 : null,
    })),
    devices: { ios: 10 * addresses.length },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** File → summary → plan (typed fields follow) → report finding ids of the certificate. */
async function idsFor(bytes: Uint8Array, opts: { addresses?: string[]; password?: string; plan?: Partial<Plan> } = {}) {
  const parsed = await parseCertificateFile(bytes, { password: opts.password });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const plan = { ...basePlan(opts.addresses), ...opts.plan };
  const report = evaluatePlan({ ...plan, tls: applyCertificate(plan.tls, parsed.value) });
  return report.findings.filter((f) => f.id.startsWith("tls-")).map((f) => f.id);
}

describe("parseCertificateFile", { timeout: 60_000 }, () => {
  it("reads a PEM chain leaf first, with names, dates, key, usages and addresses", async () => {
    const leaf = await pki.leaf({ names: ["tunnel.contoso.com"], ips: ["203.0.113.10", "2001:db8::1"], ...VALID });
    const r = await parseCertificateFile(pemBytes(leaf, pki.intermediate, pki.root));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      format: "pem",
      subject: "CN=tunnel.contoso.com",
      issuer: "CN=Contoso Test Issuing CA, O=Contoso",
      subjectNames: ["tunnel.contoso.com", "203.0.113.10"],
      notBefore: VALID.notBefore,
      notAfter: VALID.notAfter,
      keyAlgorithm: "rsa",
      keyBits: 2048,
      extendedKeyUsage: ["serverAuth", "clientAuth"],
      ocsp: ["http://ocsp.contoso.com"],
      crl: ["http://pki.contoso.com:8080/issuing.crl"],
      caIssuers: ["http://pki.contoso.com/issuing.crt"],
      leafIndex: 0,
      anchor: "self-signed",
      publicRoot: null,
    });
    expect(r.value.chain.map((c) => c.subject)).toEqual([
      "CN=Contoso Test Issuing CA, O=Contoso",
      "CN=Contoso Test Root CA, O=Contoso",
    ]);
    expect(r.value.sha256).toBe(Buffer.from(await leaf.cert.getThumbprint("SHA-256")).toString("hex"));
    // The IPv6 name and the LDAP CRL address do not fit the plan's grammar: reported, not stored.
    expect(r.details.skipped).toEqual(
      expect.arrayContaining([expect.stringContaining("2001:db8::1"), expect.stringContaining("ldap:")]),
    );
    expect(certificateSummarySchema.safeParse(r.value).success).toBe(true);
  });

  it("reads DER, and finds the leaf when the file starts with the root", async () => {
    const der = await parseCertificateFile(new Uint8Array(good.cert.rawData));
    expect(der.ok && der.value.format).toBe("der");
    const rootFirst = await parseCertificateFile(pemBytes(pki.root, pki.intermediate, good));
    expect(rootFirst.ok && [rootFirst.value.subject, rootFirst.value.leafIndex]).toEqual(["CN=tunnel.contoso.com", 2]);
  });

  it("reads PFX files with a password, without one, and in the legacy 3DES format; a wrong password is named", async () => {
    const withPw = await parseCertificateFile(makePfx(good, [pki.intermediate, pki.root], "s3cret"), {
      password: "s3cret",
    });
    expect(withPw.ok && [withPw.value.format, withPw.value.chain.length, withPw.details.keyInFile]).toEqual([
      "pfx",
      2,
      true,
    ]);
    const noPw = await parseCertificateFile(makePfx(good, [pki.intermediate], ""));
    expect(noPw.ok && noPw.value.subject).toBe("CN=tunnel.contoso.com");
    const legacy = await parseCertificateFile(makePfx(good, [pki.intermediate], "pw", { legacy: true }), {
      password: "pw",
    });
    expect(legacy.ok && legacy.value.anchor).toBe("none");
    expect(await parseCertificateFile(makePfx(good, [], "s3cret"), { password: "nope" })).toEqual({
      ok: false,
      issues: [{ code: "wrong-password" }],
    });
    expect(await parseCertificateFile(makePfx(good, [], "s3cret"))).toEqual({
      ok: false,
      issues: [{ code: "password-required" }],
    });
    expect(await parseCertificateFile(makePfx(good, [], "pw", { legacy: true }), { password: "x" })).toEqual({
      ok: false,
      issues: [{ code: "wrong-password" }],
    });
  });

  it("refuses garbage, keys without certificates, empty and oversized files by name", async () => {
    const code = async (bytes: Uint8Array) => {
      const r = await parseCertificateFile(bytes);
      return r.ok ? "ok" : r.issues[0]!.code;
    };
    expect(await code(new TextEncoder().encode("hello, not a certificate"))).toBe("not-certificate");
    expect(await code(new Uint8Array([0x30, 0x82, 0x01, 0x00, 0x01, 0x02]))).toBe("not-certificate");
    expect(await code(new TextEncoder().encode(good.keyPem))).toBe("key-only");
    expect(await code(new TextEncoder().encode("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n"))).toBe(
      "not-certificate",
    );
    expect(await code(new Uint8Array(0))).toBe("empty");
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x41);
    expect(await parseCertificateFile(big)).toEqual({
      ok: false,
      issues: [{ code: "too-large", detail: String(big.length) }],
    });
    expect(MAX_CERT_FILE_BYTES).toBe(1_000_000);
    expect(await code(pemBytes(pki.intermediate, pki.root))).toBe("no-leaf");
  });

  it("never puts private key material in the summary, even when the file holds the key", async () => {
    const keyB64 = good.keyPem
      .split("\n")
      .filter((l) => !l.startsWith("-----"))
      .join("");
    const pkcs8 = Buffer.from(keyB64, "base64");
    for (const [bytes, password] of [
      [new TextEncoder().encode(good.pem + good.keyPem), undefined],
      [makePfx(good, [pki.intermediate], "pw"), "pw"],
    ] as const) {
      const r = await parseCertificateFile(bytes, { password });
      expect(r.ok).toBe(true);
      const text = JSON.stringify(r);
      expect(text).not.toMatch(/PRIVATE KEY/);
      expect(text).not.toContain(keyB64.slice(40, 100));
      expect(text).not.toContain(pkcs8.subarray(40, 80).toString("hex"));
    }
  });
});

describe("certificate findings through the engine (plan-format §4.3)", { timeout: 60_000 }, () => {
  it("a good chain gives no certificate finding and fills the typed fields", async () => {
    expect(await idsFor(pemBytes(good, pki.intermediate, pki.root))).toEqual(["tls-private-ca-profile"]);
    const r = await parseCertificateFile(pemBytes(good, pki.intermediate, pki.root));
    if (!r.ok) throw new Error();
    const tls = applyCertificate(basePlan().tls, r.value);
    expect(tls).toMatchObject({
      subjectNames: ["tunnel.contoso.com"],
      issuer: "private",
      format: "pem",
      validityDays: 182,
      keyAlgorithm: "rsa",
      keyBits: 2048,
      revocation: "both",
    });
  });

  it.each<[string, () => Promise<Issued>, string[], string]>([
    [
      "wrong name",
      () => pki.leaf({ names: ["vpn.fabrikam.com"], ...VALID }),
      ["tunnel.contoso.com"],
      "tls-cert-name-mismatch",
    ],
    [
      "wildcard two labels deep",
      () => pki.leaf({ names: ["*.contoso.com"], ...VALID }),
      ["a.tunnel.contoso.com"],
      "tls-cert-name-mismatch",
    ],
    [
      "expired",
      () =>
        pki.leaf({
          names: ["tunnel.contoso.com"],
          notBefore: "2026-01-01T00:00:00Z",
          notAfter: "2026-06-01T00:00:00Z",
        }),
      ["tunnel.contoso.com"],
      "tls-cert-expired",
    ],
    [
      "not yet valid",
      () =>
        pki.leaf({
          names: ["tunnel.contoso.com"],
          notBefore: "2026-12-10T00:00:00Z",
          notAfter: "2027-06-01T00:00:00Z",
        }),
      ["tunnel.contoso.com"],
      "tls-cert-not-yet-valid",
    ],
    [
      "expires soon",
      () =>
        pki.leaf({
          names: ["tunnel.contoso.com"],
          notBefore: "2026-06-01T00:00:00Z",
          notAfter: "2026-12-20T00:00:00Z",
        }),
      ["tunnel.contoso.com"],
      "tls-cert-expires-soon",
    ],
    [
      "1024-bit RSA",
      () => pki.leaf({ names: ["tunnel.contoso.com"], key: "rsa1024", ...VALID }),
      ["tunnel.contoso.com"],
      "tls-cert-key-too-small",
    ],
    [
      "ECDSA",
      () => pki.leaf({ names: ["tunnel.contoso.com"], key: "ec256", ...VALID }),
      ["tunnel.contoso.com"],
      "tls-cert-key-algorithm-unlisted",
    ],
    [
      "no serverAuth",
      () => pki.leaf({ names: ["tunnel.contoso.com"], serverAuth: false, ...VALID }),
      ["tunnel.contoso.com"],
      "tls-cert-no-server-auth",
    ],
    [
      "no revocation",
      () => pki.leaf({ names: ["tunnel.contoso.com"], revocation: false, ...VALID }),
      ["tunnel.contoso.com"],
      "tls-cert-no-revocation",
    ],
    [
      "too long for a private root",
      () =>
        pki.leaf({
          names: ["tunnel.contoso.com"],
          notBefore: "2026-01-01T00:00:00Z",
          notAfter: "2028-06-01T00:00:00Z",
        }),
      ["tunnel.contoso.com"],
      "tls-cert-lifetime-too-long",
    ],
  ])("%s", async (_name, make, addresses, id) => {
    const leaf = await make();
    const ids = await idsFor(pemBytes(leaf, pki.intermediate, pki.root), { addresses });
    expect(ids).toContain(id);
    expect(ids.filter((i) => i.startsWith("tls-cert-") && i !== id)).toEqual([]);
  });

  it("wildcards cover one label, case-insensitively; an IP SAN covers its address", async () => {
    const wild = await pki.leaf({ names: ["*.Contoso.com"], ips: ["203.0.113.10"], ...VALID });
    expect(
      await idsFor(pemBytes(wild, pki.intermediate, pki.root), { addresses: ["TUNNEL.contoso.com", "203.0.113.10"] }),
    ).not.toContain("tls-cert-name-mismatch");
    const ids = await idsFor(pemBytes(wild, pki.intermediate, pki.root), {
      addresses: ["tunnel.contoso.com", "contoso.com", "203.0.113.11"],
    });
    expect(ids.filter((i) => i === "tls-cert-name-mismatch")).toHaveLength(2);
  });

  it("the chain must be complete and leaf first", async () => {
    expect(await idsFor(pemBytes(good))).toContain("tls-cert-chain-incomplete");
    expect(await idsFor(pemBytes(good, pki.intermediate))).toContain("tls-cert-chain-incomplete");
    expect(await idsFor(pemBytes(pki.root, pki.intermediate, good))).toContain("tls-cert-chain-incomplete");
    expect(await idsFor(pemBytes(good, pki.root, pki.intermediate))).toContain("tls-cert-chain-incomplete");
    expect(await idsFor(pemBytes(good, pki.intermediate, pki.root))).not.toContain("tls-cert-chain-incomplete");
  });

  it("PFX: the same findings as the PEM chain", async () => {
    const pfx = makePfx(good, [pki.intermediate, pki.root], "pw");
    expect(await idsFor(pfx, { password: "pw" })).toEqual(await idsFor(pemBytes(good, pki.intermediate, pki.root)));
  });

  it("public certificates: the CA/Browser Forum limit on the issue date, then the edition's iOS limit", async () => {
    const r = await parseCertificateFile(pemBytes(good, pki.intermediate, pki.root));
    if (!r.ok) throw new Error();
    const asPublic = (notBefore: string, notAfter: string, edition: Plan["edition"] = "2024-10-24") => {
      const plan = { ...basePlan(), edition };
      const c = { ...r.value, notBefore, notAfter, anchor: "public-root" as const, publicRoot: "CN=Some Public Root" };
      return evaluatePlan({ ...plan, tls: applyCertificate(plan.tls, c) }).findings.filter(
        (f) => f.id === "tls-cert-lifetime-too-long",
      );
    };
    // Issued 2026-03-01 (398-day rule), valid exactly 398 days (RFC 5280 counts both ends): fine in the source edition.
    expect(asPublic("2026-03-01T00:00:00Z", "2027-04-02T23:59:59Z")).toEqual([]);
    expect(asPublic("2026-03-01T00:00:00Z", "2027-04-03T00:00:00Z")).toHaveLength(1);
    // Issued 2026-06-01 (200-day rule since 2026-03-15): 300 days is too long, whatever the edition.
    expect(asPublic("2026-06-01T00:00:00Z", "2027-03-28T00:00:00Z")[0]?.detail).toContain("200");
    // One second over 398 days issued before 2026-03-15: too long for iOS from edition 2025-03-04 on (and for the CA/B limit).
    expect(asPublic("2025-11-01T00:00:00Z", "2026-12-04T00:00:00Z", "2026-09-03")).toHaveLength(1);
    // A private root: 730 days in every edition.
    const priv = (edition: Plan["edition"]) => {
      const plan = { ...basePlan(), edition };
      const c = { ...r.value, notBefore: "2026-01-01T00:00:00Z", notAfter: "2027-12-31T00:00:00Z" };
      return evaluatePlan({ ...plan, tls: applyCertificate(plan.tls, c) }).findings.filter(
        (f) => f.id === "tls-cert-lifetime-too-long",
      );
    };
    expect(priv("2024-10-24")).toEqual([]);
    expect(priv("2026-09-03")).toEqual([]);
  });

  it("certificate hosts join the outbound allowlist and ports with the port their URL names", async () => {
    const r = await parseCertificateFile(pemBytes(good, pki.intermediate, pki.root));
    if (!r.ok) throw new Error();
    const plan = basePlan();
    const report = evaluatePlan({ ...plan, tls: applyCertificate(plan.tls, r.value) });
    expect(report.fqdns.filter((f) => f.source === "certificate").map((f) => [f.host, f.ports])).toEqual([
      ["ocsp.contoso.com", [80]],
      ["pki.contoso.com", [8080, 80]],
    ]);
    expect(report.ports.outbound.filter((p) => p.fact === "facts#44").map((p) => [p.port, p.destinations])).toEqual([
      [80, ["ocsp.contoso.com", "pki.contoso.com"]],
      [8080, ["pki.contoso.com"]],
    ]);
    const csv = report.files.find((f) => f.path === "tunnel-planner/fqdn-allowlist.csv")?.content ?? "";
    expect(csv).toContain("pki.contoso.com,8080,");
    expect(report.files.find((f) => f.path === "tunnel-planner/fqdn-allowlist.txt")?.content).not.toContain(
      "ocsp.contoso.com",
    );
    expect(report.files.find((f) => f.path === "tunnel-planner/squid-mstunnel.conf")?.content).toContain(
      "acl mstunnel_revocation dstdomain ocsp.contoso.com",
    );
  });

  it("the x509 helper verifies the test chain (the generated certificates are real)", async () => {
    expect(await good.cert.verify({ publicKey: pki.intermediate.cert.publicKey, signatureOnly: true })).toBe(true);
    expect(await pki.root.cert.isSelfSigned()).toBe(true);
    expect(x509.PemConverter.isPem(good.pem)).toBe(true);
  });
});

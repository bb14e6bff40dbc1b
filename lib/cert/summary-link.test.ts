// The summary in share links and plan files: validated like every plan field, short, and without key material.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import { evaluatePlan } from "@/lib/report/evaluate";
import { renderMarkdown } from "@/lib/report/markdown";
import { buildShareUrl } from "@/lib/share/url";
import { decodeShareFragment, encodePayloadForTests, encodeShareFragment } from "@/lib/share/codec";
import { parsePlanFile } from "@/lib/share/plan-file";
import { applyCertificate } from "./apply";
import { certificateSummarySchema, CERT_ANCHORS, CERT_FILE_FORMATS, CERT_KEY_ALGORITHMS } from "./schema";
import { GOOD_SUMMARY, summary } from "@/test/support/cert-summaries";

const contoso = () => {
  const r = parsePlanFile(readFileSync("lib/__fixtures__/contoso-single-site.tunnelplan.json", "utf8"));
  if (!r.ok) throw new Error(r.error.message);
  return r.plan;
};

describe("tls.certificate in links and files", () => {
  it("round-trips every enum value through a link; the link leaves the fingerprint out", () => {
    for (const patch of [
      ...CERT_FILE_FORMATS.map((format) => ({ format })),
      ...CERT_KEY_ALGORITHMS.map((keyAlgorithm) => ({ keyAlgorithm })),
      ...CERT_ANCHORS.map((anchor) => ({ anchor })),
    ]) {
      const plan = { ...contoso(), tls: { ...contoso().tls, certificate: summary(patch) } };
      const r = decodeShareFragment(encodeShareFragment(plan));
      expect(r.ok && r.report.repaired).toEqual([]);
      expect(r.ok && r.plan).toEqual({
        ...plan,
        tls: { ...plan.tls, certificate: { ...plan.tls.certificate, sha256: null } },
      });
    }
  });

  it("the contoso plan with a certificate stays near 600 characters (measured, see the report)", () => {
    const plan = contoso();
    const withCert = { ...plan, tls: applyCertificate(plan.tls, GOOD_SUMMARY) };
    const length = buildShareUrl("http://localhost:3000", withCert).length;
    // 285 without a certificate; the summary adds names, dates, addresses and the chain, not the 64-digit fingerprint.
    expect(length).toBeLessThanOrEqual(650);
    expect(length).toBeGreaterThan(buildShareUrl("http://localhost:3000", plan).length);
  });

  it("a hostile summary in a link or a file never becomes a plan: bad names, DNs, URLs and dates are refused", () => {
    const hostile = [
      { subjectNames: ["$(reboot).contoso.com"] },
      { subject: "CN=x\u0007\nrm -rf /" },
      { ocsp: ["http://ocsp.contoso.com/`id`"] },
      { crl: ["javascript:alert(1)"] },
      { caIssuers: ["http://pki.contoso.com/a b"] },
      { notAfter: "2027-01-01" },
      { sha256: "<script>" },
      { extendedKeyUsage: ["<img src=x onerror=alert(1)>"] },
      { chain: [{ subject: "CN=a", issuer: "CN=b\u0000", notAfter: "2030-01-01T00:00:00Z" }] },
      { keyBits: -1 },
    ];
    for (const patch of hostile) {
      const bad = { ...GOOD_SUMMARY, ...patch };
      expect(certificateSummarySchema.safeParse(bad).success, JSON.stringify(patch)).toBe(false);
      expect(parsePlan({ tls: { certificate: bad } }).ok, JSON.stringify(patch)).toBe(false);
      const link = decodeShareFragment(encodePayloadForTests({ tls: { certificate: bad } }));
      if (link.ok) {
        const text = JSON.stringify(link.plan);
        expect(text).not.toContain("reboot");
        expect(text).not.toContain("<script>");
        expect(text).not.toContain("onerror");
        expect(text).not.toContain("PRIVATE KEY");
        expect(text).not.toContain("javascript:");
      }
    }
    // An unknown field (say, a key someone pasted in) is reported and dropped, as everywhere in the plan.
    const withKey = parsePlan({ tls: { certificate: { ...GOOD_SUMMARY, privateKey: "-----BEGIN PRIVATE KEY-----" } } });
    expect(withKey.ok && withKey.report.unknownFields).toEqual(["tls.certificate.privateKey"]);
    expect(JSON.stringify(withKey)).not.toContain("BEGIN PRIVATE KEY");
  });

  it("the report, the markdown and the link of a plan with a certificate hold no key material", () => {
    const plan = { ...contoso(), tls: applyCertificate(contoso().tls, GOOD_SUMMARY) };
    const report = evaluatePlan(plan);
    for (const text of [
      JSON.stringify(report),
      renderMarkdown(report),
      JSON.stringify(plan),
      buildShareUrl("http://localhost:3000", plan),
    ]) {
      expect(text).not.toMatch(/PRIVATE KEY|privateKey/);
    }
    expect(report.findings.filter((f) => f.id.startsWith("tls-cert-"))).toEqual([]);
  });
});

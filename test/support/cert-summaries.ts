// Hand-written certificate summaries (what a share link or a plan file may carry), for rule and report tests.
import type { CertificateSummary } from "@/lib/cert/schema";

/** A clean public certificate for tunnel.contoso.com, judged on the default planning date 2026-11-28. */
export const GOOD_SUMMARY: CertificateSummary = {
  format: "pem",
  subject: "CN=tunnel.contoso.com",
  issuer: "CN=Contoso Issuing CA 1, O=Contoso",
  subjectNames: ["tunnel.contoso.com"],
  notBefore: "2026-09-01T00:00:00Z",
  notAfter: "2027-03-01T00:00:00Z",
  keyAlgorithm: "rsa",
  keyBits: 2048,
  extendedKeyUsage: ["serverAuth"],
  ocsp: ["http://ocsp.contoso.com"],
  crl: ["http://pki.contoso.com:8080/issuing.crl"],
  caIssuers: ["http://pki.contoso.com/issuing.crt"],
  sha256: "ab".repeat(32),
  leafIndex: 0,
  chain: [
    {
      subject: "CN=Contoso Issuing CA 1, O=Contoso",
      issuer: "C=US, O=Internet Security Research Group, CN=ISRG Root X1",
      notAfter: "2030-01-01T00:00:00Z",
    },
  ],
  anchor: "public-root",
  publicRoot: "C=US, O=Internet Security Research Group, CN=ISRG Root X1",
};

export const summary = (patch: Partial<CertificateSummary>): CertificateSummary => ({ ...GOOD_SUMMARY, ...patch });

// The typed certificate fields follow a loaded certificate (issue 13): what the file says replaces what was typed,
// and removing the file keeps the values it left so the user can edit them. Light: no parser imported here.
import type { Plan } from "@/lib/plan/schema";
import type { CertificateSummary } from "./schema";

const DAY_SECONDS = 86_400;

/** RFC 5280 §4.1.2.5: the validity period includes both notBefore and notAfter, so it is the difference plus one second. */
export function lifetimeSeconds(c: Pick<CertificateSummary, "notBefore" | "notAfter">): number {
  return (Date.parse(c.notAfter) - Date.parse(c.notBefore)) / 1000 + 1;
}

/** Lifetime in whole days, rounded up: a certificate one second over 398 days is 399 days long. */
export function lifetimeDays(c: Pick<CertificateSummary, "notBefore" | "notAfter">): number {
  return Math.ceil(lifetimeSeconds(c) / DAY_SECONDS);
}

export function revocationOf(c: Pick<CertificateSummary, "ocsp" | "crl">): Plan["tls"]["revocation"] {
  if (c.ocsp.length && c.crl.length) return "both";
  return c.ocsp.length ? "ocsp" : c.crl.length ? "crl" : "none";
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/** The tls slice with the certificate and every typed field it can tell (issuer only when the chain says). */
export function applyCertificate(tls: Plan["tls"], c: CertificateSummary): Plan["tls"] {
  return {
    ...tls,
    certificate: c,
    subjectNames: c.subjectNames.length ? [...c.subjectNames] : tls.subjectNames,
    issuer: c.anchor === "public-root" ? "public" : c.anchor === "self-signed" ? "private" : tls.issuer,
    format: c.format === "pfx" ? "pfx" : "pem",
    validityDays: clamp(lifetimeDays(c), 1, 36_500),
    keyAlgorithm: c.keyAlgorithm === "other" ? tls.keyAlgorithm : c.keyAlgorithm,
    keyBits: c.keyBits ? clamp(c.keyBits, 256, 16_384) : tls.keyBits,
    revocation: revocationOf(c),
  };
}

/** Removes the file's summary; the typed values it set stay, for the user to keep or change. */
export function removeCertificate(tls: Plan["tls"]): Plan["tls"] {
  return { ...tls, certificate: null };
}

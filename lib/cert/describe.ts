// One parsed certificate → the facts the plan keeps (lib/cert/schema.ts). Values that do not fit the plan's
// strict grammar (IPv6 or malformed names, LDAP addresses) are listed as skipped, never stored.
import { RSAPublicKey } from "@peculiar/asn1-rsa";
import { AsnConvert } from "@peculiar/asn1-schema";
import { SubjectPublicKeyInfo } from "@peculiar/asn1-x509";
import { checkCertName, checkHttpUrl, checkName } from "@/lib/plan/grammar";
import { EKU_NAMES, type CertificateSummary, type ChainCertificate } from "./schema";
import { x509 } from "./x509";

export type Described = ChainCertificate & {
  notBefore: string;
  keyAlgorithm: CertificateSummary["keyAlgorithm"];
  keyBits: number;
  subjectNames: string[];
  extendedKeyUsage: string[] | null;
  ocsp: string[];
  crl: string[];
  caIssuers: string[];
  sha256: string;
  isCa: boolean;
  selfSigned: boolean;
  subjectKeyId: string | null;
  authorityKeyId: string | null;
  /** Values found in the file that the plan does not keep, e.g. "IPv6 address 2001:db8::1". */
  skipped: string[];
};

const EC_CURVE_BITS: Record<string, number> = {
  "1.2.840.10045.3.1.7": 256,
  "1.3.132.0.34": 384,
  "1.3.132.0.35": 521,
  "1.3.132.0.10": 256,
};
const OID_RSA = "1.2.840.113549.1.1.1";
const OID_RSA_PSS = "1.2.840.113549.1.1.10";
const OID_EC = "1.2.840.10045.2.1";
const OID_ED25519 = "1.3.101.112";

/** RFC 5280 times as ISO 8601 to the second, UTC. */
export const isoTime = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

const hex = (buf: ArrayBuffer) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** A DN for display; control characters (possible in a hostile certificate) become spaces. */
function dn(text: string): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").slice(0, 512);
  return checkName(clean, 512) === null && clean !== "" ? clean : "(unreadable name)";
}

function keyOf(cert: x509.X509Certificate): { keyAlgorithm: CertificateSummary["keyAlgorithm"]; keyBits: number } {
  const spki = AsnConvert.parse(cert.publicKey.rawData, SubjectPublicKeyInfo);
  const oid = spki.algorithm.algorithm;
  if (oid === OID_RSA || oid === OID_RSA_PSS) {
    const key = AsnConvert.parse(spki.subjectPublicKey, RSAPublicKey);
    const modulus = new Uint8Array(key.modulus);
    let i = 0;
    while (i < modulus.length && modulus[i] === 0) i++;
    const top = modulus[i] ?? 0;
    return {
      keyAlgorithm: "rsa",
      keyBits: Math.max(0, (modulus.length - i - 1) * 8 + (top ? Math.floor(Math.log2(top)) + 1 : 0)),
    };
  }
  if (oid === OID_EC) {
    return { keyAlgorithm: "ecdsa", keyBits: EC_CURVE_BITS[readOid(spki.algorithm.parameters) ?? ""] ?? 0 };
  }
  return { keyAlgorithm: "other", keyBits: oid === OID_ED25519 ? 256 : 0 };
}

/** The OID inside DER `06 len …` (EC named curve parameters). */
function readOid(der: ArrayBuffer | null | undefined): string | null {
  if (!der) return null;
  const b = new Uint8Array(der);
  if (b[0] !== 0x06 || (b[1] ?? 0) + 2 !== b.length) return null;
  const parts: number[] = [Math.floor((b[2] ?? 0) / 40), (b[2] ?? 0) % 40];
  let acc = 0;
  for (const byte of b.subarray(3)) {
    acc = acc * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      parts.push(acc);
      acc = 0;
    }
  }
  return parts.join(".");
}

function urlsOf(names: readonly x509.GeneralName[] | undefined, kind: string, skipped: string[]): string[] {
  const out: string[] = [];
  for (const n of names ?? []) {
    if (n.type !== "url") continue;
    if (checkHttpUrl(n.value) === null) out.push(n.value);
    else skipped.push(`${kind} ${n.value.slice(0, 120)}`);
  }
  return [...new Set(out)];
}

export async function describeCertificate(cert: x509.X509Certificate): Promise<Described> {
  const skipped: string[] = [];
  const subjectNames: string[] = [];
  const san = cert.getExtension(x509.SubjectAlternativeNameExtension);
  for (const name of san?.names.items ?? []) {
    const value = name.type === "dns" ? name.value.toLowerCase().replace(/\.$/, "") : name.value;
    if ((name.type === "dns" || name.type === "ip") && checkCertName(value) === null) subjectNames.push(value);
    else if (name.type === "dns" || name.type === "ip")
      skipped.push(`${name.type === "ip" ? "IP address" : "DNS name"} ${value.slice(0, 120)}`);
  }
  const eku = cert.getExtension(x509.ExtendedKeyUsageExtension);
  const aia = cert.getExtension(x509.AuthorityInfoAccessExtension);
  const cdp = cert.getExtension(x509.CRLDistributionPointsExtension);
  const crlNames = (cdp?.distributionPoints ?? []).flatMap((p) =>
    (p.distributionPoint?.fullName ?? []).map((g) => new x509.GeneralName(g)),
  );
  const basic = cert.getExtension(x509.BasicConstraintsExtension);
  const ski = cert.getExtension(x509.SubjectKeyIdentifierExtension);
  const aki = cert.getExtension(x509.AuthorityKeyIdentifierExtension);
  const sameName = cert.subject === cert.issuer;
  return {
    subject: dn(cert.subject),
    issuer: dn(cert.issuer),
    notBefore: isoTime(cert.notBefore),
    notAfter: isoTime(cert.notAfter),
    ...keyOf(cert),
    subjectNames: [...new Set(subjectNames)],
    extendedKeyUsage: eku ? eku.usages.map((u) => EKU_NAMES[String(u) as keyof typeof EKU_NAMES] ?? String(u)) : null,
    ocsp: urlsOf(aia?.ocsp, "OCSP", skipped),
    crl: urlsOf(crlNames, "CRL", skipped),
    caIssuers: urlsOf(aia?.caIssuers, "CA issuers", skipped),
    sha256: hex(await cert.getThumbprint("SHA-256")),
    isCa: basic?.ca === true,
    // A self-issued name is only a root when its own key verifies its signature (a renewed CA key is not).
    selfSigned: sameName && (await cert.isSelfSigned().catch(() => false)),
    subjectKeyId: ski?.keyId?.toLowerCase() ?? null,
    authorityKeyId: aki?.keyId?.toLowerCase() ?? null,
    skipped,
  };
}

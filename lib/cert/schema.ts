// plan-format §4.1 `tls.certificate`: facts read from a certificate file the user loaded, never the file and
// never a private key. Every text is validated as strictly as the typed fields, because a share link can carry
// any value here (the summary reaches the review, the PDF and the CLI).
import { z } from "zod";
import { certNameSchema, checkName, grammar, httpUrlSchema } from "@/lib/plan/grammar";

export const CERT_FILE_FORMATS = ["pem", "der", "pfx"] as const;
export const CERT_KEY_ALGORITHMS = ["rsa", "ecdsa", "other"] as const;
/** Where the chain from the leaf ends: a self-signed root, a root Mozilla's store trusts, or nowhere (facts#36, facts#49). */
export const CERT_ANCHORS = ["self-signed", "public-root", "none"] as const;
/** Extended key usages by name (RFC 5280 §4.2.1.12); anything else is kept as its dotted OID. */
export const EKU_NAMES = {
  "1.3.6.1.5.5.7.3.1": "serverAuth",
  "1.3.6.1.5.5.7.3.2": "clientAuth",
  "2.5.29.37.0": "anyExtendedKeyUsage",
} as const;

/** Far above any certificate chain (a few kilobytes); a bigger file is not read at all. */
export const MAX_CERT_FILE_BYTES = 1_000_000;
const MAX_DN = 512;
const MAX_CHAIN = 10;
const MAX_URLS = 10;
const MAX_NAMES = 200;

/** A distinguished name as text ("CN=tunnel.contoso.com, O=Contoso"): no control characters, bounded. */
export const dnSchema = grammar((t) => (t.length === 0 ? "must not be empty" : checkName(t, MAX_DN)));
/** A certificate time, to the second, in UTC: 2026-01-15T08:00:00Z. */
export const certTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, "must be a UTC time like 2026-01-15T08:00:00Z");
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits");
const ekuSchema = z.string().regex(/^([A-Za-z]{1,40}|\d+(\.\d+){1,20})$/, "must be a usage name or a dotted OID");
const keyBitsSchema = z.number().int("must be a whole number").min(0).max(65_536);
const urls = z
  .array(httpUrlSchema)
  .max(MAX_URLS, `at most ${MAX_URLS} addresses`)
  .default(() => []);

/** One other certificate of the file (intermediate or root), in the order the file holds them; compact, for short links. */
export const chainCertificateSchema = z.strictObject({
  subject: dnSchema,
  issuer: dnSchema,
  notAfter: certTimeSchema,
});

export const certificateSummarySchema = z.strictObject({
  format: z.enum(CERT_FILE_FORMATS),
  subject: dnSchema,
  issuer: dnSchema,
  /** facts#37: the DNS and IPv4 subject alternative names, lower case; other SAN types are not kept. */
  subjectNames: z
    .array(certNameSchema)
    .max(MAX_NAMES, `at most ${MAX_NAMES} names`)
    .default(() => []),
  notBefore: certTimeSchema,
  notAfter: certTimeSchema,
  keyAlgorithm: z.enum(CERT_KEY_ALGORITHMS),
  /** RSA modulus or EC field size in bits. */
  keyBits: keyBitsSchema,
  /** null: the certificate has no extended key usage extension, so every usage is allowed. */
  extendedKeyUsage: z.array(ekuSchema).max(20).nullable().default(null),
  /** facts#44: http(s) revocation and issuer addresses; LDAP and other schemes are not kept. */
  ocsp: urls,
  crl: urls,
  caIssuers: urls,
  /** SHA-256 of the leaf; null in a plan opened from a share link, which leaves it out (64 digits no compression shortens). */
  sha256: sha256Schema.nullable().default(null),
  /** Position of the leaf in the file (0 = first, as the server sends it). */
  leafIndex: z.number().int().min(0).max(MAX_CHAIN).default(0),
  chain: z
    .array(chainCertificateSchema)
    .max(MAX_CHAIN, `at most ${MAX_CHAIN} chain certificates`)
    .default(() => []),
  anchor: z.enum(CERT_ANCHORS),
  /** The public root the chain ends at, when anchor is "public-root". */
  publicRoot: dnSchema.nullable().default(null),
});

export type CertificateSummary = z.output<typeof certificateSummarySchema>;
export type ChainCertificate = z.output<typeof chainCertificateSchema>;

/** The plan as a share link carries it: the certificate summary without its fingerprint. */
export function withoutFingerprint<P extends { tls: { certificate: CertificateSummary | null } }>(plan: P): P {
  const c = plan.tls.certificate;
  return c && c.sha256 !== null ? { ...plan, tls: { ...plan.tls, certificate: { ...c, sha256: null } } } : plan;
}

/** The plan field: null until the user loads a certificate file. */
export const planCertificateSchema = certificateSummarySchema.nullable().default(null);

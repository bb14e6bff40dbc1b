// A certificate file (PEM/CRT/CER with one or more certificates, DER, PFX/P12) → the plan's summary, or issues
// naming what is wrong (facts#36, facts#43). Pure and asynchronous (WebCrypto): runs in the browser and in Node.
// The UI loads this module only when the user loads a file; nothing here sends a request.
import { MAX_CERT_FILE_BYTES, type CertificateSummary } from "./schema";

export { MAX_CERT_FILE_BYTES };
import { describeCertificate, type Described } from "./describe";
import { looksLikePem, scanPem } from "./pem";
import { isPfx, readPfxCertificates } from "./pfx";
import { PUBLIC_ROOTS } from "./public-roots";
import { x509 } from "./x509";

const MAX_CERTIFICATES = 11;

export type CertIssueCode =
  | "empty"
  | "too-large"
  | "not-certificate"
  | "key-only"
  | "password-required"
  | "wrong-password"
  | "unsupported-encryption"
  | "too-many-iterations"
  | "too-many-certificates"
  | "no-leaf";
export type CertIssue = { code: CertIssueCode; detail?: string };

export type CertParseDetails = {
  /** How many certificates the file holds. */
  certificates: number;
  /** The file also holds a private key (PEM block or PFX key bag); it was not read. */
  keyInFile: boolean;
  /** Values the plan does not keep, e.g. an IPv6 address or an LDAP CRL address. */
  skipped: string[];
};

export type CertParseResult =
  { ok: true; value: CertificateSummary; details: CertParseDetails } | { ok: false; issues: CertIssue[] };

const fail = (code: CertIssueCode, detail?: string): CertParseResult => ({
  ok: false,
  issues: [detail ? { code, detail } : { code }],
});

type Source = { format: CertificateSummary["format"]; ders: Uint8Array[]; keyInFile: boolean };

function readSource(bytes: Uint8Array, password: string | undefined): Source | CertParseResult {
  if (looksLikePem(bytes)) {
    const scan = scanPem(bytes);
    if ("error" in scan) return fail("not-certificate", "base64");
    if (scan.certificates.length === 0)
      return fail(scan.keyBlocks > 0 ? "key-only" : "not-certificate", scan.otherBlocks.join(", ") || undefined);
    return { format: "pem", ders: scan.certificates, keyInFile: scan.keyBlocks > 0 };
  }
  if (bytes[0] !== 0x30) return fail("not-certificate");
  if (isPfx(bytes)) {
    const pfx = readPfxCertificates(bytes, password);
    if (!pfx.ok) return pfx.code === "not-pfx" ? fail("not-certificate") : fail(pfx.code, pfx.detail);
    if (pfx.certificates.length === 0) return fail(pfx.keyBags > 0 ? "key-only" : "not-certificate");
    return { format: "pfx", ders: pfx.certificates, keyInFile: pfx.keyBags > 0 };
  }
  return { format: "der", ders: [bytes], keyInFile: false };
}

export async function parseCertificateFile(
  bytes: Uint8Array,
  options: { password?: string } = {},
): Promise<CertParseResult> {
  if (bytes.length === 0) return fail("empty");
  if (bytes.length > MAX_CERT_FILE_BYTES) return fail("too-large", String(bytes.length));
  const source = readSource(bytes, options.password);
  if ("ok" in source) return source;
  if (source.ders.length > MAX_CERTIFICATES) return fail("too-many-certificates", String(source.ders.length));
  const described: Described[] = [];
  for (const [i, der] of source.ders.entries()) {
    try {
      described.push(await describeCertificate(new x509.X509Certificate(der as Uint8Array<ArrayBuffer>)));
    } catch {
      return fail("not-certificate", source.ders.length > 1 ? `#${i + 1}` : undefined);
    }
  }
  const leafIndex = pickLeaf(described);
  if (leafIndex === -1) return fail("no-leaf");
  const leaf = described[leafIndex]!;
  const { anchor, publicRoot } = findAnchor(leaf, described);
  const chain = described
    .filter((_, i) => i !== leafIndex)
    .map(({ subject, issuer, notAfter }) => ({ subject, issuer, notAfter }));
  const value: CertificateSummary = {
    format: source.format,
    subject: leaf.subject,
    issuer: leaf.issuer,
    subjectNames: leaf.subjectNames,
    notBefore: leaf.notBefore,
    notAfter: leaf.notAfter,
    keyAlgorithm: leaf.keyAlgorithm,
    keyBits: leaf.keyBits,
    extendedKeyUsage: leaf.extendedKeyUsage,
    ocsp: leaf.ocsp,
    crl: leaf.crl,
    caIssuers: leaf.caIssuers,
    sha256: leaf.sha256,
    leafIndex,
    chain,
    anchor,
    publicRoot,
  };
  const skipped = [...new Set(described.flatMap((d) => d.skipped))];
  return { ok: true, value, details: { certificates: described.length, keyInFile: source.keyInFile, skipped } };
}

const issues = (a: Described, b: Described) =>
  a.subject === b.issuer &&
  !b.selfSigned &&
  (!a.subjectKeyId || !b.authorityKeyId || a.subjectKeyId === b.authorityKeyId);

/** The server's own certificate: not a CA and issuer of none of the others; a lone certificate is its own leaf. */
function pickLeaf(certs: Described[]): number {
  if (certs.length === 1) return 0;
  const notIssuer = (c: Described) => !certs.some((o) => o !== c && issues(c, o));
  const leaf = certs.findIndex((c) => !c.isCa && notIssuer(c));
  return leaf !== -1 ? leaf : certs.findIndex((c) => notIssuer(c) && c.subjectNames.length > 0);
}

function knownRoot(subject: string, keyId: string | null): string | null {
  const hit = PUBLIC_ROOTS.find(([s, k]) => (keyId && k ? k === keyId : s === subject));
  return hit ? hit[0] : null;
}

/** facts#36, facts#49: follow issuers from the leaf through the file to a self-signed or publicly trusted root. */
function findAnchor(leaf: Described, certs: Described[]): Pick<CertificateSummary, "anchor" | "publicRoot"> {
  let current = leaf;
  const seen = new Set<Described>([leaf]);
  for (;;) {
    if (current.selfSigned) {
      const root = knownRoot(current.subject, current.subjectKeyId);
      return root ? { anchor: "public-root", publicRoot: root } : { anchor: "self-signed", publicRoot: null };
    }
    const root = knownRoot(current.issuer, current.authorityKeyId);
    if (root) return { anchor: "public-root", publicRoot: root };
    const next = certs.find((c) => !seen.has(c) && issues(c, current));
    if (!next) return { anchor: "none", publicRoot: null };
    seen.add(next);
    current = next;
  }
}

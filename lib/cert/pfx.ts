// PKCS#12 (PFX/P12, RFC 7292) → the certificates it holds, facts#43, facts#46. The structure is read with
// @peculiar/asn1-pfx; node-forge supplies what WebCrypto lacks: the PKCS#12 key derivation for the MAC and the
// legacy ciphers (3DES, RC2) Windows and OpenSSL 1.x still use. Only the containers that hold certificates are
// decrypted: key bags are counted and skipped, so the private key is never decrypted, read or returned.
import { ContentInfo, EncryptedContentInfo, id_data, id_encryptedData } from "@peculiar/asn1-cms";
import {
  AuthenticatedSafe,
  CertBag,
  id_certBag,
  id_keyBag,
  id_pkcs8ShroudedKeyBag,
  id_x509Certificate,
  PFX,
  SafeContents,
} from "@peculiar/asn1-pfx";
import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import * as asn1js from "asn1js";
import forge from "node-forge";

export type PfxResult =
  | { ok: true; certificates: Uint8Array[]; keyBags: number }
  | {
      ok: false;
      code: "not-pfx" | "password-required" | "wrong-password" | "unsupported-encryption" | "too-many-iterations";
      detail?: string;
    };

/** node-forge's PBE cipher factory (PBES2 and PKCS#12 PBE), present at runtime but missing from @types/node-forge. */
type ForgePbe = {
  pbe: { getCipher(oid: string, params: forge.asn1.Asn1, password: string): forge.cipher.BlockCipher };
};

/** Far above what OpenSSL (2,048) or Windows (2,000) use; a crafted file cannot freeze the page. */
const MAX_ITERATIONS = 1_000_000;

const MAC_DIGESTS: Record<string, () => forge.md.MessageDigest> = {
  "1.3.14.3.2.26": () => forge.md.sha1.create(),
  "2.16.840.1.101.3.4.2.1": () => forge.md.sha256.create(),
  "2.16.840.1.101.3.4.2.2": () => forge.md.sha384.create(),
  "2.16.840.1.101.3.4.2.3": () => forge.md.sha512.create(),
};

/** Whether the bytes parse as a PFX at all (before any password is needed). */
export function isPfx(bytes: Uint8Array): boolean {
  return readPfx(bytes) !== null;
}

function readPfx(bytes: Uint8Array): PFX | null {
  try {
    const pfx = AsnConvert.parse(bytes, PFX);
    return pfx.version === 3 && pfx.authSafe.contentType === id_data ? pfx : null;
  } catch {
    return null;
  }
}

const binary = (bytes: Uint8Array | ArrayBuffer) =>
  forge.util.binary.raw.encode(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
const fromBinary = (text: string) => forge.util.binary.raw.decode(text);

/** The bytes of an OCTET STRING, primitive or (BER) constructed. */
function octets(der: ArrayBuffer): Uint8Array {
  return new Uint8Array(AsnConvert.parse(der, OctetString).buffer);
}

/**
 * Reads the certificates of a PFX. `password` undefined = none given: the empty password and no password are
 * tried, as OpenSSL does; a PFX that needs a real one answers "password-required".
 */
export function readPfxCertificates(bytes: Uint8Array, password: string | undefined): PfxResult {
  const pfx = readPfx(bytes);
  if (!pfx) return { ok: false, code: "not-pfx" };
  const authSafeBytes = octets(pfx.authSafe.content);
  const candidates: (string | null)[] = password === undefined || password === "" ? ["", null] : [password];
  let chosen: string | null | undefined;
  if (pfx.macData) {
    const mac = pfx.macData;
    const makeDigest = MAC_DIGESTS[mac.mac.digestAlgorithm.algorithm];
    if (!makeDigest)
      return { ok: false, code: "unsupported-encryption", detail: `MAC ${mac.mac.digestAlgorithm.algorithm}` };
    const iterations = mac.iterations ?? 1;
    if (iterations > MAX_ITERATIONS) return { ok: false, code: "too-many-iterations" };
    const expected = binary(new Uint8Array(mac.mac.digest.buffer));
    chosen = candidates.find((pw) => {
      const md = makeDigest();
      const key = forge.pkcs12.generateKey(
        pw as string,
        forge.util.createBuffer(binary(mac.macSalt.buffer)),
        3,
        iterations,
        md.digestLength,
        md,
      );
      const hmac = forge.hmac.create();
      hmac.start(makeDigest(), key);
      hmac.update(binary(authSafeBytes));
      return hmac.digest().getBytes() === expected;
    });
    if (chosen === undefined) return { ok: false, code: password ? "wrong-password" : "password-required" };
  }
  let safe: AuthenticatedSafe;
  try {
    safe = AsnConvert.parse(authSafeBytes, AuthenticatedSafe);
  } catch {
    return { ok: false, code: "not-pfx" };
  }
  const certificates: Uint8Array[] = [];
  let keyBags = 0;
  for (const info of safe) {
    const contents = readSafeContents(info, chosen === undefined ? candidates : [chosen]);
    if (!contents.ok) return contents;
    for (const bag of contents.bags) {
      if (bag.bagId === id_keyBag || bag.bagId === id_pkcs8ShroudedKeyBag) keyBags++;
      if (bag.bagId !== id_certBag) continue;
      const cert = AsnConvert.parse(bag.bagValue, CertBag);
      if (cert.certId === id_x509Certificate) certificates.push(octets(cert.certValue));
    }
  }
  return { ok: true, certificates, keyBags };
}

function readSafeContents(
  info: ContentInfo,
  passwords: (string | null)[],
): { ok: true; bags: SafeContents } | Extract<PfxResult, { ok: false }> {
  if (info.contentType === id_data) return { ok: true, bags: AsnConvert.parse(octets(info.content), SafeContents) };
  if (info.contentType !== id_encryptedData) return { ok: true, bags: new SafeContents() };
  // EncryptedData ::= SEQUENCE { version, encryptedContentInfo, unprotectedAttrs [1] OPTIONAL } (RFC 5652 §8)
  const outer = asn1js.fromBER(info.content);
  const seq = outer.result as asn1js.Sequence;
  const inner = seq.valueBlock?.value?.[1];
  if (outer.offset === -1 || !inner) return { ok: false, code: "not-pfx" };
  const enc = AsnConvert.parse(inner.toBER(), EncryptedContentInfo);
  const algorithm = enc.contentEncryptionAlgorithm;
  const params = algorithm.parameters ? forge.asn1.fromDer(binary(algorithm.parameters)) : null;
  if (!params || iterationsOf(params) > MAX_ITERATIONS)
    return { ok: false, code: params ? "too-many-iterations" : "not-pfx" };
  const content = enc.encryptedContent;
  const chunks = content?.value ? [content.value] : (content?.constructedValue ?? []);
  const ciphertext = chunks.map((c) => binary(c.buffer)).join("");
  for (const pw of passwords) {
    let cipher: forge.cipher.BlockCipher;
    try {
      cipher = (forge.pki as unknown as ForgePbe).pbe.getCipher(algorithm.algorithm, params, pw as string);
    } catch (error) {
      return {
        ok: false,
        code: "unsupported-encryption",
        detail: error instanceof Error ? error.message : algorithm.algorithm,
      };
    }
    cipher.update(forge.util.createBuffer(ciphertext));
    if (!cipher.finish()) continue;
    try {
      return { ok: true, bags: AsnConvert.parse(fromBinary(cipher.output.getBytes()), SafeContents) };
    } catch {
      continue;
    }
  }
  return { ok: false, code: "wrong-password" };
}

/** The iteration count inside PBE parameters (PKCS#12 PBE: SEQ{salt, count}; PBES2: SEQ{kdf SEQ{oid, SEQ{salt, count…}}, enc}). */
function iterationsOf(params: forge.asn1.Asn1): number {
  const ints: number[] = [];
  const walk = (node: forge.asn1.Asn1, depth: number) => {
    if (depth > 4) return;
    if (node.type === forge.asn1.Type.INTEGER && typeof node.value === "string")
      ints.push(Number.parseInt(forge.util.bytesToHex(node.value) || "0", 16));
    if (Array.isArray(node.value)) for (const child of node.value) walk(child, depth + 1);
  };
  walk(params, 0);
  return ints.length ? Math.max(...ints) : 0;
}

// PEM text → DER blocks (RFC 7468). Only CERTIFICATE blocks are certificates; a key block is noted, never decoded.
const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

export type PemScan = { certificates: Uint8Array[]; keyBlocks: number; otherBlocks: string[] };

/** Whether bytes look like PEM text: a BEGIN line somewhere in the first few kilobytes. */
export function looksLikePem(bytes: Uint8Array): boolean {
  return /-----BEGIN [A-Z0-9 ]+-----/.test(latin1(bytes.subarray(0, 64 * 1024)));
}

export function scanPem(bytes: Uint8Array): PemScan | { error: "bad-base64" } {
  const text = latin1(bytes);
  const scan: PemScan = { certificates: [], keyBlocks: 0, otherBlocks: [] };
  for (const [, label = "", body = ""] of text.matchAll(BLOCK)) {
    if (label === "CERTIFICATE" || label === "X509 CERTIFICATE" || label === "TRUSTED CERTIFICATE") {
      const der = decodeBase64(body);
      if (der === null) return { error: "bad-base64" };
      scan.certificates.push(der);
    } else if (label.endsWith("PRIVATE KEY")) {
      scan.keyBlocks++;
    } else {
      scan.otherBlocks.push(label);
    }
  }
  return scan;
}

function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function decodeBase64(body: string): Uint8Array | null {
  // Headers such as "Proc-Type:" (RFC 1421) only appear in encrypted key blocks; certificates have none.
  const clean = body.replace(/[\r\n\t ]/g, "");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0 || clean.length === 0) return null;
  const bin = atob(clean);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// Test certificates, made in-process with @peculiar/x509 (dates are exact, nothing is fetched), and PFX files
// made with the openssl CLI. Used by the engine, CLI and browser tests; never by the app.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { x509 } from "@/lib/cert/x509";

const crypto = globalThis.crypto;
const RSA = (bits: number) => ({
  name: "RSASSA-PKCS1-v1_5",
  hash: "SHA-256",
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: bits,
});
const EC = { name: "ECDSA", namedCurve: "P-256" };
const SIGN_RSA = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };

export type Issued = { cert: x509.X509Certificate; keys: CryptoKeyPair; pem: string; keyPem: string };

type LeafOptions = {
  subject?: string;
  names?: string[];
  ips?: string[];
  notBefore: string;
  notAfter: string;
  key?: "rsa2048" | "rsa1024" | "ec256";
  serverAuth?: boolean;
  /** Extended key usage extension absent (every usage allowed). */
  noEku?: boolean;
  revocation?: boolean;
};

async function keyPem(keys: CryptoKeyPair): Promise<string> {
  const pkcs8 = await crypto.subtle.exportKey("pkcs8", keys.privateKey);
  return x509.PemConverter.encode(pkcs8, "PRIVATE KEY");
}

const keyCache = new Map<string, Promise<CryptoKeyPair>>();
function keysFor(kind: string): Promise<CryptoKeyPair> {
  let hit = keyCache.get(kind);
  if (!hit) {
    const alg = kind === "ec256" ? EC : RSA(kind === "rsa1024" ? 1024 : 2048);
    hit = crypto.subtle.generateKey(alg, true, ["sign", "verify"]) as Promise<CryptoKeyPair>;
    keyCache.set(kind, hit);
  }
  return hit;
}

let serial = 1;

async function issue(opts: {
  subject: string;
  issuer?: Issued;
  keys: CryptoKeyPair;
  notBefore: string;
  notAfter: string;
  extensions: x509.Extension[];
  ca: boolean;
}): Promise<Issued> {
  const signer = opts.issuer?.keys ?? opts.keys;
  const ext = [
    new x509.BasicConstraintsExtension(opts.ca, undefined, true),
    await x509.SubjectKeyIdentifierExtension.create(opts.keys.publicKey),
    await x509.AuthorityKeyIdentifierExtension.create(signer.publicKey),
    ...opts.extensions,
  ];
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: (serial++).toString(16).padStart(4, "0"),
    subject: opts.subject,
    issuer: opts.issuer?.cert.subject ?? opts.subject,
    notBefore: new Date(opts.notBefore),
    notAfter: new Date(opts.notAfter),
    signingAlgorithm: signer.privateKey.algorithm.name === "ECDSA" ? { name: "ECDSA", hash: "SHA-256" } : SIGN_RSA,
    publicKey: opts.keys.publicKey,
    signingKey: signer.privateKey,
    extensions: ext,
  });
  return { cert, keys: opts.keys, pem: cert.toString("pem"), keyPem: await keyPem(opts.keys) };
}

export type TestPki = { root: Issued; intermediate: Issued; leaf(opts: LeafOptions): Promise<Issued> };

/** A private root and intermediate (valid 2025–2035) and a leaf factory signed by the intermediate. */
export async function makeTestPki(): Promise<TestPki> {
  const rootKeys = (await crypto.subtle.generateKey(RSA(2048), true, ["sign", "verify"])) as CryptoKeyPair;
  const intKeys = (await crypto.subtle.generateKey(RSA(2048), true, ["sign", "verify"])) as CryptoKeyPair;
  const root = await issue({
    subject: "CN=Contoso Test Root CA, O=Contoso",
    keys: rootKeys,
    notBefore: "2025-01-01T00:00:00Z",
    notAfter: "2035-01-01T00:00:00Z",
    extensions: [],
    ca: true,
  });
  const intermediate = await issue({
    subject: "CN=Contoso Test Issuing CA, O=Contoso",
    issuer: root,
    keys: intKeys,
    notBefore: "2025-01-01T00:00:00Z",
    notAfter: "2033-01-01T00:00:00Z",
    extensions: [],
    ca: true,
  });
  return {
    root,
    intermediate,
    async leaf(o) {
      const names = [
        ...(o.names ?? []).map((n) => ({ type: "dns" as const, value: n })),
        ...(o.ips ?? []).map((n) => ({ type: "ip" as const, value: n })),
      ];
      const extensions: x509.Extension[] = [];
      if (names.length) extensions.push(new x509.SubjectAlternativeNameExtension(names));
      if (!o.noEku)
        extensions.push(
          new x509.ExtendedKeyUsageExtension(
            o.serverAuth === false
              ? [x509.ExtendedKeyUsage.clientAuth]
              : [x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth],
          ),
        );
      if (o.revocation !== false) {
        extensions.push(
          new x509.AuthorityInfoAccessExtension({
            ocsp: ["http://ocsp.contoso.com"],
            caIssuers: ["http://pki.contoso.com/issuing.crt"],
          }),
        );
        extensions.push(
          new x509.CRLDistributionPointsExtension([
            "http://pki.contoso.com:8080/issuing.crl",
            "ldap:///CN=Contoso%20Test%20Issuing%20CA,CN=CDP?certificateRevocationList",
          ]),
        );
      }
      return issue({
        subject: o.subject ?? `CN=${o.names?.[0] ?? o.ips?.[0] ?? "server"}`,
        issuer: intermediate,
        keys: await keysFor(o.key ?? "rsa2048"),
        notBefore: o.notBefore,
        notAfter: o.notAfter,
        extensions,
        ca: false,
      });
    },
  };
}

/** PEM bytes of certificates in the given order (one file, as site.crt holds them). */
export const pemBytes = (...certs: Issued[]) => new TextEncoder().encode(certs.map((c) => c.pem).join("\n"));

/** A PFX made by `openssl pkcs12 -export`; `password` "" = the empty password; legacy = 3DES and SHA-1 MAC (Windows). */
export function makePfx(leaf: Issued, chain: Issued[], password: string, opts: { legacy?: boolean } = {}): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), "tp-pfx-"));
  writeFileSync(join(dir, "leaf.pem"), leaf.pem);
  writeFileSync(join(dir, "key.pem"), leaf.keyPem);
  writeFileSync(join(dir, "chain.pem"), chain.map((c) => c.pem).join("\n") || "");
  const args = [
    "pkcs12",
    "-export",
    "-in",
    "leaf.pem",
    "-inkey",
    "key.pem",
    "-passout",
    `pass:${password}`,
    "-out",
    "out.pfx",
  ];
  if (chain.length) args.push("-certfile", "chain.pem");
  if (opts.legacy) args.push("-certpbe", "PBE-SHA1-3DES", "-keypbe", "PBE-SHA1-3DES", "-macalg", "sha1");
  execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  return new Uint8Array(readFileSync(join(dir, "out.pfx")));
}

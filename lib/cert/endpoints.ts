// The OCSP, CRL and CA-issuer (AIA) hosts of the loaded certificate, with the port each URL names (facts#44,
// facts#50, facts §2 item 21): the server must reach them for the revocation health check, directly or via the proxy.
import type { CertificateSummary } from "./schema";

export type CertificateEndpointKind = "ocsp" | "crl" | "caIssuers";
export type CertificateEndpoint = { host: string; port: number; kinds: CertificateEndpointKind[] };

const URL_PARTS = /^(https?):\/\/([^/:?#]+)(?::(\d{1,5}))?/i;

/** One entry per host and port, in the order OCSP, CRL, CA issuers; URLs are already validated by the plan schema. */
export function listCertificateEndpoints(c: CertificateSummary | null): CertificateEndpoint[] {
  if (!c) return [];
  const out: CertificateEndpoint[] = [];
  const add = (url: string, kind: CertificateEndpointKind) => {
    const m = URL_PARTS.exec(url);
    if (!m) return;
    const host = (m[2] ?? "").toLowerCase();
    const port = m[3] ? Number(m[3]) : m[1]!.toLowerCase() === "https" ? 443 : 80;
    const hit = out.find((e) => e.host === host && e.port === port);
    if (!hit) out.push({ host, port, kinds: [kind] });
    else if (!hit.kinds.includes(kind)) hit.kinds.push(kind);
  };
  for (const url of c.ocsp) add(url, "ocsp");
  for (const url of c.crl) add(url, "crl");
  for (const url of c.caIssuers) add(url, "caIssuers");
  return out;
}

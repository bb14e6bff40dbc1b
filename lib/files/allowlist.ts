import type { FilesContext } from "./context";
import type { GeneratedFileOut } from "./input";
import { joinLines } from "./shell";
import { csvField, writeJson } from "./writers";

/** Outbound FQDNs from the report, sorted by host (facts#92, facts#94, facts#97, facts §2 item 20). */
function entries(ctx: FilesContext) {
  return [...ctx.report.fqdns].sort((a, b) => a.host.localeCompare(b.host));
}

export function buildAllowlists(ctx: FilesContext): GeneratedFileOut[] {
  const list = entries(ctx);
  if (list.length === 0) return [];
  return [
    {
      path: "tunnel-planner/fqdn-allowlist.txt",
      purpose: "Outbound HTTPS (TCP 443) destinations to allow for the Tunnel servers, one host per line.",
      content: joinLines(list.filter((f) => !f.ports).map((f) => f.host)),
    },
    {
      path: "tunnel-planner/fqdn-allowlist.csv",
      purpose: "The same allowlist with purpose and required flag, for spreadsheets and firewall imports.",
      content: joinLines([
        "host,port,purpose,required",
        ...list.flatMap((f) => (f.ports ?? [443]).map((port) => [csvField(f.host), String(port), csvField(f.purpose), f.required ? "yes" : "no"].join(","))),
      ]),
    },
    {
      path: "tunnel-planner/fqdn-allowlist.json",
      purpose: "The same allowlist as JSON for automation.",
      content: writeJson(list.flatMap((f) => (f.ports ?? [443]).map((port) => ({ host: f.host, port, purpose: f.purpose, required: f.required })))),
    },
    buildSquidAcl(ctx),
  ];
}

/** Squid dstdomain: ".example.com" covers the domain and its subdomains; drop entries a wildcard already covers. */
export function squidDomains(hosts: string[]): string[] {
  const domains = [...new Set(hosts.map((h) => (h.startsWith("*.") ? h.slice(1) : h)))];
  const wild = domains.filter((d) => d.startsWith("."));
  return domains
    .filter((d) => !wild.some((w) => w !== d && (d === w.slice(1) || d.endsWith(w))))
    .sort();
}

function buildSquidAcl(ctx: FilesContext): GeneratedFileOut {
  const domains = squidDomains(entries(ctx).filter((f) => !f.ports).map((f) => f.host));
  // facts#44: the certificate's OCSP/CRL hosts are fetched with plain HTTP (a GET, not CONNECT).
  const plain = squidDomains(entries(ctx).filter((f) => f.ports).map((f) => f.host));
  return {
    path: "tunnel-planner/squid-mstunnel.conf",
    purpose: "Squid ACL snippet for the proxy team: allow CONNECT to the Tunnel destinations and never bump them.",
    content: joinLines([
      "# Microsoft Tunnel Gateway outbound destinations (facts#92, facts#94, facts#97).",
      "# Place before the first http_access deny; adjust the source ACL to the Tunnel servers' addresses.",
      ...domains.map((d) => `acl mstunnel_dst dstdomain ${d}`),
      "# CONNECT is the stock squid.conf acl (acl CONNECT method CONNECT).",
      "http_access allow CONNECT mstunnel_dst",
      ...plain.map((d) => `acl mstunnel_revocation dstdomain ${d}`),
      ...(plain.length ? ["http_access allow mstunnel_revocation"] : []),
      "# facts#105: the server uses mutual TLS to Intune; if ssl_bump is configured, splice (never bump) these destinations.",
      "ssl_bump splice mstunnel_dst",
      "# facts#104: the proxy must not require authentication for these destinations.",
    ]),
  };
}

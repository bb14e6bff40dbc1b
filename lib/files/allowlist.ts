import type { Fqdn, GeneratedFile, Setup } from "@/lib/report/types";
import { file } from "./render";
import { joinLines } from "./shell";
import { csvField, writeJson } from "./writers";

/** Outbound FQDNs from the report, sorted by host (facts#92, facts#94, facts#97, facts §2 item 20). */
const sorted = (fqdns: readonly Fqdn[]) => [...fqdns].sort((a, b) => a.host.localeCompare(b.host));

export function buildAllowlists(fqdns: readonly Fqdn[], setup: Setup): GeneratedFile[] {
  const list = sorted(fqdns);
  if (!setup.files.includes("allowlists")) return [];
  return [
    file("list", "tunnel-planner/fqdn-allowlist.txt", "Outbound HTTPS (TCP 443) destinations to allow for the Tunnel servers, one host per line.", joinLines(list.map((f) => f.host))),
    file(
      "list",
      "tunnel-planner/fqdn-allowlist.csv",
      "The same allowlist with purpose and required flag, for spreadsheets and firewall imports.",
      joinLines(["host,port,purpose,required", ...list.map((f) => [csvField(f.host), "443", csvField(f.purpose), f.required ? "yes" : "no"].join(","))]),
    ),
    file("list", "tunnel-planner/fqdn-allowlist.json", "The same allowlist as JSON for automation.", writeJson(list.map((f) => ({ host: f.host, port: 443, purpose: f.purpose, required: f.required })))),
    ...buildSquid(list, setup),
  ];
}

/** Squid dstdomain: ".example.com" covers the domain and its subdomains; drop entries a wildcard already covers. */
export function squidDomains(hosts: string[]): string[] {
  const domains = [...new Set(hosts.map((h) => (h.startsWith("*.") ? h.slice(1) : h)))];
  const wild = domains.filter((d) => d.startsWith("."));
  return domains.filter((d) => !wild.some((w) => w !== d && (d === w.slice(1) || d.endsWith(w)))).sort();
}

export const SQUID_SERVERS_FILE = "/etc/squid/mstunnel-servers.txt";
export const SQUID_REVOCATION_FILE = "/etc/squid/mstunnel-revocation-hosts.txt";

function buildSquid(list: Fqdn[], setup: Setup): GeneratedFile[] {
  if (!setup.files.includes("squid")) return [];
  const cert = setup.certificate;
  const revocation = cert.revocation
    ? [
        "# facts#44: the certificate's OCSP/CRL addresses, usually plain HTTP on port 80 (facts §2 item 21).",
        ...(cert.revocationHosts.length
          ? squidDomains(cert.revocationHosts).map((d) => `acl mstunnel_revocation dstdomain ${d}`)
          : [`# The PKI team lists the certificate's OCSP and CRL host names in ${SQUID_REVOCATION_FILE}, one per line.`, `acl mstunnel_revocation dstdomain "${SQUID_REVOCATION_FILE}"`]),
        "http_access allow mstunnel_src mstunnel_revocation",
      ]
    : [];
  return [
    file(
      "config",
      "tunnel-planner/squid-mstunnel.conf",
      "Squid snippet for the proxy team: lets only the Tunnel servers CONNECT to the Tunnel destinations (and reach the certificate's OCSP/CRL hosts); works on every Squid build.",
      joinLines([
        "# Microsoft Tunnel Gateway outbound destinations (facts#92, facts#94, facts#97). Place before the first http_access deny.",
        "# facts#104: no authentication for these requests: keep these lines above any rule that requires it.",
        `# The Tunnel servers' addresses, one per line, in ${SQUID_SERVERS_FILE} (create it; Squid refuses to start without it).`,
        `acl mstunnel_src src "${SQUID_SERVERS_FILE}"`,
        ...squidDomains(list.map((f) => f.host)).map((d) => `acl mstunnel_dst dstdomain ${d}`),
        "# CONNECT is the stock squid.conf acl (acl CONNECT method CONNECT).",
        "http_access allow mstunnel_src CONNECT mstunnel_dst",
        ...revocation,
      ]),
    ),
    file(
      "config",
      "tunnel-planner/squid-mstunnel-sslbump.conf",
      "Only for a Squid built with OpenSSL that bumps TLS (squid -v lists --with-openssl): never bump the Tunnel destinations; include after squid-mstunnel.conf.",
      joinLines([
        "# facts#105: the server uses mutual TLS to Intune, so these connections are spliced, never bumped.",
        "# ssl_bump exists only in Squid builds with OpenSSL; on others this line stops Squid, so leave the file out there.",
        "ssl_bump splice mstunnel_dst",
      ]),
    ),
  ];
}

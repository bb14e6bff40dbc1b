import type { Translate } from "@/lib/i18n/translate";
import type { Fqdn, GeneratedFile, Setup } from "@/lib/report/types";
import { commentLine, file } from "./render";
import { joinLines } from "./shell";
import { csvField, writeJson } from "./writers";

/** Outbound FQDNs from the report, sorted by host (facts#92, facts#94, facts#97, facts §2 item 20). */
const sorted = (fqdns: readonly Fqdn[]) => [...fqdns].sort((a, b) => a.host.localeCompare(b.host));

export function buildAllowlists(fqdns: readonly Fqdn[], setup: Setup, t: Translate): GeneratedFile[] {
  const list = sorted(fqdns);
  if (!setup.files.includes("allowlists")) return [];
  return [
    // The text list is the HTTPS (443) list; a host with its own ports (the certificate's OCSP/CRL, facts#44) is in the CSV/JSON.
    file(
      "list",
      "tunnel-planner/fqdn-allowlist.txt",
      t("files.purpose.allowTxt"),
      joinLines(list.filter((f) => !f.ports).map((f) => f.host)),
    ),
    file(
      "list",
      "tunnel-planner/fqdn-allowlist.csv",
      t("files.purpose.allowCsv"),
      joinLines([
        "host,port,purpose,required",
        ...list.flatMap((f) =>
          (f.ports ?? [443]).map((port) =>
            [csvField(f.host), String(port), csvField(f.purpose), f.required ? "yes" : "no"].join(","),
          ),
        ),
      ]),
    ),
    file(
      "list",
      "tunnel-planner/fqdn-allowlist.json",
      t("files.purpose.allowJson"),
      writeJson(
        list.flatMap((f) =>
          (f.ports ?? [443]).map((port) => ({ host: f.host, port, purpose: f.purpose, required: f.required })),
        ),
      ),
    ),
    ...buildSquid(list, setup, t),
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

function buildSquid(list: Fqdn[], setup: Setup, t: Translate): GeneratedFile[] {
  if (!setup.files.includes("squid")) return [];
  const cert = setup.certificate;
  const revocation = cert.revocation
    ? [
        commentLine(`facts#44, facts §2 item 21: ${t("files.comment.squidRevocation")}`),
        ...(cert.revocationHosts.length
          ? squidDomains(cert.revocationHosts).map((d) => `acl mstunnel_revocation dstdomain ${d}`)
          : [
              commentLine(t("files.comment.squidRevocationFile", { file: SQUID_REVOCATION_FILE })),
              `acl mstunnel_revocation dstdomain "${SQUID_REVOCATION_FILE}"`,
            ]),
        "http_access allow mstunnel_src mstunnel_revocation",
      ]
    : [];
  return [
    file(
      "config",
      "tunnel-planner/squid-mstunnel.conf",
      t("files.purpose.squid"),
      joinLines([
        commentLine(`facts#92, facts#94, facts#97: ${t("files.comment.squidPlace")}`),
        commentLine(`facts#104: ${t("files.comment.squidAuth")}`),
        commentLine(t("files.comment.squidServers", { file: SQUID_SERVERS_FILE })),
        `acl mstunnel_src src "${SQUID_SERVERS_FILE}"`,
        ...squidDomains(list.filter((f) => !f.ports).map((f) => f.host)).map((d) => `acl mstunnel_dst dstdomain ${d}`),
        commentLine(t("files.comment.squidConnect")),
        "http_access allow mstunnel_src CONNECT mstunnel_dst",
        ...revocation,
      ]),
    ),
    file(
      "config",
      "tunnel-planner/squid-mstunnel-sslbump.conf",
      t("files.purpose.squidSslbump"),
      joinLines([
        commentLine(`facts#105: ${t("files.comment.squidSplice")}`),
        commentLine(t("files.comment.squidOpenssl")),
        "ssl_bump splice mstunnel_dst",
      ]),
    ),
  ];
}

// facts#92, facts#94, facts#97, facts §2 item 20: outbound HTTPS destinations of the Tunnel server. Purposes are texts
// (lib/i18n endpoints.fqdn.<key>); whether a host is "documented" depends on the plan's edition.
export type FqdnEntry = {
  readonly host: string;
  /** Key of the purpose text under endpoints.fqdn. */
  readonly purpose:
    | "sts"
    | "blob"
    | "blobStorage"
    | "intune"
    | "login"
    | "graph"
    | "mcr"
    | "mcrData"
    | "manageBare"
    | "stsBare"
    | "loginWindows"
    | "powerlift";
  readonly required: boolean;
  /** Where the host comes from when the edition's own list does not name it. */
  readonly source: "documented" | "mar" | "readiness-tool";
  readonly fact: string;
};

export const FQDNS: readonly FqdnEntry[] = [
  // facts#92: the six hosts of the documented list.
  { host: "*.sts.windows.net", purpose: "sts", required: true, source: "documented", fact: "facts#92" },
  { host: "*.blob.core.windows.net", purpose: "blob", required: true, source: "documented", fact: "facts#92" },
  { host: "*.blob.storage.azure.net", purpose: "blobStorage", required: true, source: "documented", fact: "facts#92" },
  { host: "*.manage.microsoft.com", purpose: "intune", required: true, source: "documented", fact: "facts#92" },
  { host: "login.microsoftonline.com", purpose: "login", required: true, source: "documented", fact: "facts#92" },
  { host: "graph.microsoft.com", purpose: "graph", required: true, source: "documented", fact: "facts#92" },
  // facts#97, facts#98: MAR rules; use the wildcard, not regional data endpoints.
  { host: "mcr.microsoft.com", purpose: "mcr", required: true, source: "mar", fact: "facts#97" },
  { host: "*.data.mcr.microsoft.com", purpose: "mcrData", required: true, source: "mar", fact: "facts#97" },
  // facts#94, facts §2 item 20: probed by mst-readiness but not matched by the documented wildcards.
  { host: "manage.microsoft.com", purpose: "manageBare", required: true, source: "readiness-tool", fact: "facts#94" },
  { host: "sts.windows.net", purpose: "stsBare", required: true, source: "readiness-tool", fact: "facts#94" },
  { host: "login.windows.net", purpose: "loginWindows", required: true, source: "readiness-tool", fact: "facts#94" },
  // editions.md §4.11: kept in every edition (newer readiness tools probe it), listed by the page only 2025-04-15b to 2026-03-27.
  {
    host: "powerlift-frontdesk.acompli.net",
    purpose: "powerlift",
    required: false,
    source: "readiness-tool",
    fact: "facts#94",
  },
];

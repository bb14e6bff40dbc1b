// facts#92-100, facts §2 item 20: outbound HTTPS destinations of the Tunnel server.
export type FqdnEntry = {
  readonly host: string;
  readonly purpose: string;
  readonly required: boolean;
  readonly source: "documented" | "mar" | "readiness-tool";
  readonly fact: string;
};

export const FQDNS: readonly FqdnEntry[] = [
  // facts#92: the six hosts of the documented list.
  { host: "*.sts.windows.net", purpose: "Security token service", required: true, source: "documented", fact: "facts#92" },
  { host: "*.blob.core.windows.net", purpose: "Tunnel log upload (Azure storage)", required: true, source: "documented", fact: "facts#92" },
  { host: "*.blob.storage.azure.net", purpose: "Other storage", required: true, source: "documented", fact: "facts#92" },
  { host: "*.manage.microsoft.com", purpose: "Intune service", required: true, source: "documented", fact: "facts#92" },
  { host: "login.microsoftonline.com", purpose: "Entra ID authentication", required: true, source: "documented", fact: "facts#92" },
  { host: "graph.microsoft.com", purpose: "Microsoft Graph", required: true, source: "documented", fact: "facts#92" },
  // facts#97, facts#98: MAR rules; use the wildcard, not regional data endpoints.
  { host: "mcr.microsoft.com", purpose: "Microsoft Artifact Registry: container images (REST and discovery)", required: true, source: "mar", fact: "facts#97" },
  { host: "*.data.mcr.microsoft.com", purpose: "Microsoft Artifact Registry data endpoint (CDN)", required: true, source: "mar", fact: "facts#97" },
  // facts#94, facts §2 item 20: probed by mst-readiness but not matched by the documented wildcards.
  { host: "manage.microsoft.com", purpose: "Intune (bare host, not matched by *.manage.microsoft.com); probed by the readiness tool", required: true, source: "readiness-tool", fact: "facts#94" },
  { host: "sts.windows.net", purpose: "OIDC metadata (bare host, may not match *.sts.windows.net); probed by the readiness tool", required: true, source: "readiness-tool", fact: "facts#94" },
  { host: "login.windows.net", purpose: "Authentication; probed by the readiness tool, missing from the documented list", required: true, source: "readiness-tool", fact: "facts#94" },
  { host: "powerlift-frontdesk.acompli.net", purpose: "Log and incident upload; probed by newer readiness tool versions", required: false, source: "readiness-tool", fact: "facts#94" },
];

/** facts#99: service tags that cover MAR when the firewall works with tags. */
export const MAR_SERVICE_TAGS = ["MicrosoftContainerRegistry", "AzureFrontDoor.FirstParty"] as const;

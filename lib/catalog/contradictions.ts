// facts §2: where the sources disagree; the app states the conflict instead of picking silently.
import { SIZING_CONTRADICTION } from "./sizing";

export type Contradiction = {
  readonly id: string;
  readonly summary: string;
  readonly ruleUsed: string;
  readonly fact: string;
};

export const CONTRADICTIONS: readonly Contradiction[] = [
  {
    id: "rhel-9.0-end-of-support",
    summary: "The source gives both June 2024 and February 2024 as the end of support for RHEL 9.0.",
    ruleUsed: "The earlier date (end of February 2024) decides; findings name both.",
    fact: "facts#13",
  },
  {
    id: "certificate-lifetime",
    summary:
      "The source (Oct 2024) allows two years; the 2025 page and Apple allow 398 days for public roots, 730 for admin-added roots.",
    ruleUsed:
      "Public issuer: at most 398 days (tls-public-validity-398); any issuer: at most 730 days (tls-validity-too-long).",
    fact: "facts#39",
  },
  {
    id: "sizing-non-linear",
    summary: SIZING_CONTRADICTION,
    ruleUsed:
      "Table rows up to 40,000 devices, then ceil(devices / 5,000) servers, plus the 64,000 and 4,990 connection checks.",
    fact: "facts#28",
  },
  {
    id: "split-tunnel-limit",
    summary: "Older pages limit split tunneling to 500 rules; newer pages and Graph do not mention a limit.",
    ruleUsed: "Warn above 500 rules, do not block.",
    fact: "facts#154",
  },
  {
    id: "fqdn-list-gaps",
    summary:
      "The readiness tool probes hosts the documented list misses (login.windows.net, bare manage.microsoft.com, sts.windows.net).",
    ruleUsed: "The FQDN list includes them, marked as probed by the readiness tool.",
    fact: "facts#94",
  },
  {
    id: "outbound-port-80",
    summary: "The docs list only outbound TCP 443, but OCSP/CRL usually use HTTP on port 80.",
    ruleUsed: "Outbound TCP 80 is listed when revocation checking is on.",
    fact: "facts#44",
  },
];

// tunnel-planner/certificate-request.cnf (plan-format §4.4): an OpenSSL request configuration with every site's
// public address as a subject alternative name (facts#37) and an unencrypted RSA key of at least 2048 bits
// (facts#45, facts#47: the installer reads /etc/mstunnel/private/site.key without a password). Self-contained.
import { isIpv4 } from "@/lib/net/cidr";
import { translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";

export const CERTIFICATE_REQUEST_PATH = "tunnel-planner/certificate-request.cnf";

type RequestPlan = {
  readonly locale?: Locale;
  readonly sites: readonly { readonly publicAddress: string }[];
  readonly tls: { readonly keyAlgorithm: string; readonly keyBits: number };
};

/** facts#45: at least 2048 bits; a larger RSA size the plan names is kept (bounded so key generation finishes). */
export function requestKeyBits(tls: RequestPlan["tls"]): number {
  return tls.keyAlgorithm === "rsa" ? Math.min(8192, Math.max(2048, tls.keyBits)) : 3072;
}

/** The sites' public addresses, deduplicated in site order; each passed the plan's host/IPv4 grammar. */
export function listRequestNames(plan: RequestPlan): string[] {
  return [...new Set(plan.sites.map((s) => s.publicAddress.toLowerCase()).filter((a) => a !== ""))];
}

export function buildCertificateRequest(
  plan: RequestPlan,
): { path: string; content: string; purpose: string; kind: "config" } | null {
  const names = listRequestNames(plan);
  if (names.length === 0) return null;
  const locale = plan.locale ?? "en";
  const t = (key: "header" | "usage" | "key" | "names" | "purpose") => translate(locale, `certificate.cnf.${key}`);
  const dns = names.filter((n) => !isIpv4(n));
  const ips = names.filter((n) => isIpv4(n));
  const lines = [
    `# ${t("header")}`,
    `# ${t("usage")}`,
    `# ${t("key")}`,
    `# ${t("names")}`,
    "[ req ]",
    `default_bits = ${requestKeyBits(plan.tls)}`,
    "default_md = sha256",
    "prompt = no",
    "encrypt_key = no",
    "string_mask = utf8only",
    "distinguished_name = dn",
    "req_extensions = ext",
    "",
    "[ dn ]",
    `CN = ${names[0]}`,
    "",
    "[ ext ]",
    "basicConstraints = CA:FALSE",
    "keyUsage = critical, digitalSignature, keyEncipherment",
    "extendedKeyUsage = serverAuth",
    "subjectAltName = @alt_names",
    "",
    "[ alt_names ]",
    ...dns.map((n, i) => `DNS.${i + 1} = ${n}`),
    ...ips.map((n, i) => `IP.${i + 1} = ${n}`),
  ];
  return {
    path: CERTIFICATE_REQUEST_PATH,
    content: lines.join("\n") + "\n",
    purpose: t("purpose"),
    kind: "config",
  };
}

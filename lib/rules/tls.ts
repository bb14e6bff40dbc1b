// Certificate checks (facts#37-45, facts §2 item 5).
import { isIpv4 } from "@/lib/net/cidr";
import { isHostname } from "@/lib/plan/grammar";
import type { Texts } from "@/lib/i18n";
import type { Plan } from "@/lib/plan";
import type { RuleFinding } from "./types";

/** facts#38, facts#39 */
export const MAX_VALIDITY_DAYS = 730;
export const MAX_PUBLIC_VALIDITY_DAYS = 398;
/** facts#45 */
export const MIN_RSA_BITS = 2048;

/** facts#40: a wildcard must be the whole leftmost label, e.g. *.contoso.com. */
export function isValidWildcard(name: string): boolean {
  return name.startsWith("*.") && isHostname(name.slice(2)) && name.slice(2).includes(".");
}

/** Whether a certificate name covers an address: exact match, or a valid wildcard for exactly one label. */
export function nameCovers(name: string, address: string): boolean {
  const [n, a] = [name.toLowerCase(), address.toLowerCase()];
  if (n === a) return true;
  if (isIpv4(a) || !isValidWildcard(n)) return false;
  const dot = a.indexOf(".");
  return dot > 0 && a.slice(dot + 1) === n.slice(2);
}

export function computeTlsFindings(plan: Plan, { t, list }: Texts): RuleFinding[] {
  const { tls } = plan;
  const findings: RuleFinding[] = [];
  plan.sites.forEach((site, i) => {
    if (site.publicAddress === "") return;
    if (!tls.subjectNames.some((n) => nameCovers(n, site.publicAddress))) {
      findings.push({
        id: "tls-name-mismatch",
        field: "tls.subjectNames",
        context: tls.subjectNames.length
          ? t("findings.tls-name-mismatch.context.none", { site: site.name, address: site.publicAddress, names: list(tls.subjectNames) })
          : t("findings.tls-name-mismatch.context.empty", { site: site.name, address: site.publicAddress }),
        suggestion: { subjectName: site.publicAddress, site: i },
      });
    }
  });
  tls.subjectNames.forEach((name, i) => {
    if (name.includes("*") && !isValidWildcard(name)) {
      findings.push({ id: "tls-wildcard-invalid", field: `tls.subjectNames.${i}`, context: t("findings.tls-wildcard-invalid.context.name", { name }) });
    }
  });
  if (tls.validityDays > MAX_VALIDITY_DAYS) {
    findings.push({ id: "tls-validity-too-long", field: "tls.validityDays", context: t("findings.tls-validity-too-long.context.days", { days: tls.validityDays, max: MAX_VALIDITY_DAYS }) });
  }
  if (tls.issuer === "public" && tls.validityDays > MAX_PUBLIC_VALIDITY_DAYS) {
    findings.push({
      id: "tls-public-validity-398",
      field: "tls.validityDays",
      context: t("findings.tls-public-validity-398.context.days", { days: tls.validityDays, max: MAX_PUBLIC_VALIDITY_DAYS }),
    });
  }
  if (tls.keyAlgorithm === "rsa" && tls.keyBits < MIN_RSA_BITS) {
    findings.push({ id: "tls-key-too-small", field: "tls.keyBits", context: t("findings.tls-key-too-small.context.bits", { bits: tls.keyBits }) });
  }
  if (tls.issuer === "private") findings.push({ id: "tls-private-ca-profile", field: "tls.issuer" });
  if (tls.revocation === "none") findings.push({ id: "tls-revocation-unreachable", field: "tls.revocation" });
  return findings;
}

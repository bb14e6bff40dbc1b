// Certificate checks on what the planner typed (facts#37, facts#38, facts#39, facts#40, facts#45, facts#195, facts §2 item 5, editions.md §4.9-4.10).
import { publicCaLimitOn } from "@/lib/catalog/cabf";
import type { Edition } from "@/lib/catalog/editions/types";
import type { Texts } from "@/lib/i18n/texts";
import { isIpv4 } from "@/lib/net/cidr";
import { androidTotal } from "@/lib/plan/consistency";
import type { Plan } from "@/lib/plan/schema";
import { isHostname } from "@/lib/plan/grammar";
import type { RuleFinding } from "./types";

/** facts#39: iOS and public roots; Apple's rule is older than every edition, so it applies to all (editions.md §4.9). */
export const MAX_PUBLIC_VALIDITY_DAYS = 398;
/** facts#45: every edition from 2024-10-24; an earlier silence is no permission (editions.md §4.10). */
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

/** The lifetime limits for the plan's edition and date (one place, shared by the typed and the loaded certificate checks). */
export function lifetimeLimits(
  edition: Edition,
  date: string,
): {
  all: number;
  publicIos: number;
  publicAndroidRecommended: number | null;
  publicCa: { maxDays: number; from: string };
} {
  const tls = edition.rules.tls;
  return {
    all: tls.maxDaysAll,
    publicIos: tls.maxDaysPublicIos ?? MAX_PUBLIC_VALIDITY_DAYS,
    publicAndroidRecommended: tls.recommendedMaxDaysPublicAndroid,
    publicCa: publicCaLimitOn(date),
  };
}

export function computeTlsFindings(plan: Plan, edition: Edition, date: string, texts: Texts): RuleFinding[] {
  const { t, list } = texts;
  const { tls } = plan;
  const findings: RuleFinding[] = [];
  plan.sites.forEach((site, i) => {
    if (site.publicAddress === "") return;
    if (!tls.subjectNames.some((n) => nameCovers(n, site.publicAddress))) {
      findings.push({
        id: "tls-name-mismatch",
        field: "tls.subjectNames",
        context: tls.subjectNames.length
          ? t("findings.tls-name-mismatch.context.none", {
              site: site.name,
              address: site.publicAddress,
              names: list(tls.subjectNames),
            })
          : t("findings.tls-name-mismatch.context.empty", { site: site.name, address: site.publicAddress }),
        suggestion: { subjectName: site.publicAddress, site: i },
      });
    }
  });
  tls.subjectNames.forEach((name, i) => {
    if (name.includes("*") && !isValidWildcard(name)) {
      findings.push({
        id: "tls-wildcard-invalid",
        field: `tls.subjectNames.${i}`,
        context: t("findings.tls-wildcard-invalid.context.name", { name }),
      });
    }
  });
  const limits = lifetimeLimits(edition, date);
  if (tls.validityDays > limits.all) {
    findings.push({
      id: "tls-validity-too-long",
      field: "tls.validityDays",
      context: t("findings.tls-validity-too-long.context.days", { days: tls.validityDays, max: limits.all }),
    });
  }
  if (tls.issuer === "public") {
    // facts#39: an iOS rule; on Android 398 days is a recommendation, and only editions from 2025-03-04 say so.
    const ios = plan.devices.ios > 0;
    const androidOnly = !ios && androidTotal(plan.devices) > 0 && limits.publicAndroidRecommended !== null;
    if ((ios || androidOnly) && tls.validityDays > limits.publicIos) {
      findings.push({
        id: "tls-public-validity-398",
        field: "tls.validityDays",
        ...(androidOnly ? { severity: "warning" as const } : {}),
        context: [
          t("findings.tls-public-validity-398.context.days", { days: tls.validityDays, max: limits.publicIos }),
          ...(androidOnly ? [t("findings.tls-public-validity-398.context.android")] : []),
        ].join(" "),
      });
    }
    // facts#195: what a public CA may issue on the planning date, whatever the edition.
    if (tls.validityDays > limits.publicCa.maxDays) {
      findings.push({
        id: "tls-public-ca-max-validity",
        field: "tls.validityDays",
        context: t("findings.tls-public-ca-max-validity.context.limit", {
          days: tls.validityDays,
          max: limits.publicCa.maxDays,
          since: texts.date(limits.publicCa.from),
          date: texts.date(date),
        }),
        suggestion: { validityDays: limits.publicCa.maxDays },
      });
    }
  }
  if (tls.keyAlgorithm === "rsa" && tls.keyBits < MIN_RSA_BITS) {
    findings.push({
      id: "tls-key-too-small",
      field: "tls.keyBits",
      context: t("findings.tls-key-too-small.context.bits", { bits: tls.keyBits }),
    });
  }
  // facts#45: the source names no algorithm; say so instead of passing ECDSA silently.
  if (tls.keyAlgorithm === "ecdsa")
    findings.push({
      id: "tls-key-algorithm-unlisted",
      field: "tls.keyAlgorithm",
      context: t("findings.tls-key-algorithm-unlisted.context.bits", { bits: tls.keyBits }),
    });
  if (tls.issuer === "private") findings.push({ id: "tls-private-ca-profile", field: "tls.issuer" });
  if (tls.revocation === "none") findings.push({ id: "tls-revocation-unreachable", field: "tls.revocation" });
  return findings;
}

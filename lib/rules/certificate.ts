// Findings about the certificate file the user loaded (plan-format §4.3 `tls-cert-*`, issue 13), judged from the
// summary in tls.certificate, which may come from a share link: only its validated fields are used.
import { lifetimeDays, lifetimeSeconds } from "@/lib/cert/apply";
import { listCertificateEndpoints } from "@/lib/cert/endpoints";
import type { CertIssue } from "@/lib/cert/parse";
import { MAX_CERT_FILE_BYTES, type CertificateSummary } from "@/lib/cert/schema";
import type { Edition } from "@/lib/catalog/editions/types";
import type { FindingId } from "@/lib/catalog/findings";
import { createTexts, type Texts } from "@/lib/i18n/texts";
import type { Plan } from "@/lib/plan/schema";
import type { Fqdn, OutboundPort } from "@/lib/report/types";
import { androidTotal } from "@/lib/plan/consistency";
import { lifetimeLimits, MIN_RSA_BITS, nameCovers } from "./tls";
import type { RuleFinding } from "./types";

const FIELD = "tls.certificate";
/** facts#172: the TLS certificate health check warns from 30 days before expiry. */
export const EXPIRES_SOON_DAYS = 30;
const DAY_MS = 86_400_000;

/** Public or private root: what the chain shows, else what the user typed (a lone leaf cannot tell). */
export function issuerKind(plan: Plan, c: CertificateSummary): "public" | "private" {
  return c.anchor === "public-root" ? "public" : c.anchor === "self-signed" ? "private" : plan.tls.issuer;
}

/** Typed-field findings the loaded certificate answers better; they are dropped while a certificate is loaded. */
const SUPERSEDED: ReadonlySet<FindingId> = new Set<FindingId>([
  "tls-name-mismatch",
  "tls-wildcard-invalid",
  "tls-validity-too-long",
  "tls-public-validity-398",
  "tls-public-ca-max-validity",
  "tls-key-too-small",
  "tls-key-algorithm-unlisted",
  "tls-revocation-unreachable",
]);

/** The TLS findings of a plan: the typed ones, and with a loaded certificate the file's findings in place of what it supersedes. */
export function withCertificateFindings(
  plan: Plan,
  typed: RuleFinding[],
  edition: Edition,
  texts: Texts,
): RuleFinding[] {
  if (!plan.tls.certificate) return typed;
  return [
    ...typed.filter((f) => !SUPERSEDED.has(f.id)),
    ...computeCertificateFindings(plan, plan.tls.certificate, edition, texts),
  ];
}

const day = (iso: string) => iso.slice(0, 10);

export function computeCertificateFindings(
  plan: Plan,
  c: CertificateSummary,
  edition: Edition,
  texts: Texts,
): RuleFinding[] {
  const { t, list, date } = texts;
  const out: RuleFinding[] = [];
  const push = (id: FindingId, context?: string) =>
    out.push(context === undefined ? { id, field: FIELD } : { id, field: FIELD, context });

  // facts#37, facts#40: every site's public address against the DNS and IPv4 names (one shared matcher with the typed check).
  for (const site of plan.sites) {
    if (site.publicAddress === "" || c.subjectNames.some((n) => nameCovers(n, site.publicAddress))) continue;
    push(
      "tls-cert-name-mismatch",
      c.subjectNames.length
        ? t("findings.tls-cert-name-mismatch.context.site", {
            site: site.name,
            address: site.publicAddress,
            names: list(c.subjectNames),
          })
        : t("findings.tls-cert-name-mismatch.context.no-san", {
            site: site.name,
            address: site.publicAddress,
            subject: c.subject,
          }),
    );
  }

  const planning = plan.planningDate;
  const notBefore = date(day(c.notBefore));
  const notAfter = date(day(c.notAfter));
  if (day(c.notAfter) < planning)
    push("tls-cert-expired", t("findings.tls-cert-expired.context.date", { notAfter, date: date(planning) }));
  else {
    const left = Math.floor(
      (Date.parse(`${day(c.notAfter)}T00:00:00Z`) - Date.parse(`${planning}T00:00:00Z`)) / DAY_MS,
    );
    if (left <= EXPIRES_SOON_DAYS)
      push("tls-cert-expires-soon", t("findings.tls-cert-expires-soon.context.days", { notAfter, days: left }));
  }
  if (day(c.notBefore) > planning)
    push(
      "tls-cert-not-yet-valid",
      t("findings.tls-cert-not-yet-valid.context.date", { notBefore, date: date(planning) }),
    );

  out.push(...lifetimeFindings(plan, c, edition, texts));

  // facts#45: RSA below 2048 bits; the source names no algorithm, so another key type is noted, not judged.
  if (c.keyAlgorithm === "rsa" && c.keyBits < MIN_RSA_BITS)
    push("tls-cert-key-too-small", t("findings.tls-cert-key-too-small.context.bits", { bits: c.keyBits }));
  if (c.keyAlgorithm !== "rsa")
    push(
      "tls-cert-key-algorithm-unlisted",
      t("findings.tls-cert-key-algorithm-unlisted.context.key", { algorithm: c.keyAlgorithm, bits: c.keyBits }),
    );

  const chain = chainProblem(c, texts);
  if (chain) push("tls-cert-chain-incomplete", chain);

  const eku = c.extendedKeyUsage;
  if (eku && !eku.includes("serverAuth") && !eku.includes("anyExtendedKeyUsage")) {
    push(
      "tls-cert-no-server-auth",
      t("findings.tls-cert-no-server-auth.context.usages", { usages: eku.length ? list(eku) : "-" }),
    );
  }
  // facts#44: the revocation health check needs an OCSP or CRL address it can reach.
  if (c.ocsp.length === 0 && c.crl.length === 0) push("tls-cert-no-revocation");
  return out;
}

/**
 * facts#38, facts#39, facts#195: a private root's certificate by the edition's two-year rule; a public one by the
 * CA/Browser Forum limit in force on its notBefore day (the day it was issued), then by the iOS limit for public roots
 * when the plan has iOS devices (a recommendation, so a warning, for Android-only plans). Limits from lib/rules/tls.ts.
 */
function lifetimeFindings(plan: Plan, c: CertificateSummary, edition: Edition, { t, date }: Texts): RuleFinding[] {
  const kind = issuerKind(plan, c);
  const seconds = lifetimeSeconds(c);
  const dates = { days: lifetimeDays(c), notBefore: date(day(c.notBefore)), notAfter: date(day(c.notAfter)) };
  const limits = lifetimeLimits(edition, day(c.notBefore));
  const over = (max: number) => seconds > max * 86_400;
  const ios = (max: number, severity?: "warning"): RuleFinding[] => [
    {
      id: "tls-cert-lifetime-too-long",
      field: FIELD,
      ...(severity ? { severity } : {}),
      context: t("findings.tls-cert-lifetime-too-long.context.ios", { ...dates, max, kind, edition: edition.id }),
    },
  ];
  if (kind === "private") return over(limits.all) ? ios(limits.all) : [];
  if (over(limits.publicCa.maxDays)) {
    const context = t("findings.tls-cert-lifetime-too-long.context.cabf", {
      ...dates,
      max: limits.publicCa.maxDays,
      issued: date(day(c.notBefore)),
      from: date(limits.publicCa.from),
    });
    return [{ id: "tls-cert-lifetime-too-long", field: FIELD, context }];
  }
  const androidOnly =
    plan.devices.ios === 0 && androidTotal(plan.devices) > 0 && limits.publicAndroidRecommended !== null;
  if (plan.devices.ios > 0 && over(limits.publicIos)) return ios(limits.publicIos);
  if (androidOnly && over(limits.publicIos)) return ios(limits.publicIos, "warning");
  return over(limits.all) ? ios(limits.all) : [];
}

/** facts#47, facts#49: every issuer up to a trusted root in the file, leaf first, each next certificate the issuer of the one before. */
function chainProblem(c: CertificateSummary, { t }: Texts): string | null {
  if (c.anchor === "none") {
    if (c.chain.length === 0) return t("findings.tls-cert-chain-incomplete.context.leaf-only", { issuer: c.issuer });
    let end: { subject: string; issuer: string } = c;
    const rest = [...c.chain];
    for (
      let i = rest.findIndex((x) => x.subject === end.issuer);
      i !== -1 && end.subject !== end.issuer;
      i = rest.findIndex((x) => x.subject === end.issuer)
    ) {
      end = rest.splice(i, 1)[0]!;
    }
    return t("findings.tls-cert-chain-incomplete.context.missing", { name: end.subject, issuer: end.issuer });
  }
  const order = (problem: string) => t("findings.tls-cert-chain-incomplete.context.order", { problem });
  if (c.leafIndex !== 0)
    return order(t("findings.tls-cert-chain-incomplete.context.leaf-not-first", { position: c.leafIndex + 1 }));
  let issuer = c.issuer;
  for (const [i, cert] of c.chain.entries()) {
    if (cert.subject !== issuer)
      return order(t("findings.tls-cert-chain-incomplete.context.link", { position: i + 2, name: cert.subject }));
    if (cert.subject === cert.issuer) break;
    issuer = cert.issuer;
  }
  return null;
}

/** tls-cert-unreadable for a file that could not be read (the CLI's --cert; the UI shows the same text at the file field). */
export function unreadableCertificateFinding(issue: CertIssue, { t }: Texts): RuleFinding {
  const values: Record<string, string | number> = {};
  if (issue.code === "too-large") Object.assign(values, { bytes: Number(issue.detail ?? 0), max: MAX_CERT_FILE_BYTES });
  if (issue.code === "too-many-certificates") values.count = issue.detail ?? "?";
  if (issue.code === "unsupported-encryption") values.detail = issue.detail ?? "?";
  return {
    id: "tls-cert-unreadable",
    field: FIELD,
    context: t(`findings.tls-cert-unreadable.context.${issue.code}`, values),
  };
}

/** facts#44: the loaded certificate's OCSP/CRL/AIA hosts join the outbound allowlist, with the ports their URLs name. */
export function listCertificateFqdns(plan: Plan): Fqdn[] {
  const { t, list } = createTexts(plan.locale);
  const endpoints = listCertificateEndpoints(plan.tls.certificate);
  return [...new Set(endpoints.map((e) => e.host))].map((host) => {
    const mine = endpoints.filter((e) => e.host === host);
    const kinds = [...new Set(mine.flatMap((e) => e.kinds))].map((k) => t(`certificate.kinds.${k}`));
    const ports = mine.map((e) => e.port);
    return {
      host,
      purpose: t("certificate.fqdnPurpose", { kinds: list(kinds), ports: ports.join(", ") }),
      required: true,
      source: "certificate",
      fact: "facts#44",
      ports,
    };
  });
}

/** The outbound ports to the loaded certificate's addresses, one entry per port; null without a certificate (the generic entry stays). */
export function listCertificatePorts(plan: Plan): OutboundPort[] | null {
  if (!plan.tls.certificate) return null;
  const { t } = createTexts(plan.locale);
  const endpoints = listCertificateEndpoints(plan.tls.certificate);
  return [...new Set(endpoints.map((e) => e.port))]
    .sort((a, b) => a - b)
    .map((port) => ({
      protocol: "tcp",
      port,
      required: true,
      purpose: t("certificate.portPurpose"),
      destinations: endpoints.filter((e) => e.port === port).map((e) => e.host),
      fact: "facts#44",
    }));
}

/** The generic "OCSP/CRL addresses" entries replaced by the loaded certificate's hosts, through the proxy when there is one. */
export function withCertificatePorts(plan: Plan, outbound: OutboundPort[]): OutboundPort[] {
  const ports = listCertificatePorts(plan);
  if (!ports) return outbound;
  const via = outbound.find((p) => p.fact === "facts#44")?.via;
  return [...outbound.filter((p) => p.fact !== "facts#44"), ...ports.map((p) => (via ? { ...p, via } : p))];
}

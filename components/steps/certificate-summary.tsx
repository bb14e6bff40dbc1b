"use client";

import { useTranslations } from "next-intl";
import { lifetimeDays } from "@/lib/cert/apply";
import type { CertificateSummary } from "@/lib/cert/schema";
import type { FindingId } from "@/lib/catalog/findings";
import type { Finding } from "@/lib/report/types";
import { nameCovers } from "@/lib/rules/tls";
import { usePlanStore } from "@/state/plan-store";
import { usePlanSummary } from "@/state/use-plan-report";

const day = (iso: string) => iso.slice(0, 10);

type Check = { key: string; ok: boolean; text: string; detail?: string };

/** What the file says and, per check, what is right and what is wrong: the wrong ones are the report's findings. */
export function CertificateSummaryView({
  certificate: c,
  skipped,
  keyInFile,
}: {
  certificate: CertificateSummary;
  skipped: string[];
  keyInFile: boolean;
}) {
  const t = useTranslations("certificate");
  const sites = usePlanStore((s) => s.plan.sites);
  const report = usePlanSummary();
  const stored = usePlanStore((s) => s.plan.tls.certificate);
  // The report follows the stored plan; while the form is still committing, show no stale verdicts.
  const findings =
    stored?.sha256 === c.sha256 && stored?.notAfter === c.notAfter
      ? report.findings.filter((f) => f.field === "tls.certificate")
      : [];
  const find = (...ids: FindingId[]) => findings.filter((f) => ids.includes(f.id));
  const days = lifetimeDays(c);
  const problem = (ids: FindingId[], ok: Omit<Check, "ok">): Check[] => {
    const hits = find(...ids);
    return hits.length
      ? hits.map((f: Finding, i) => ({ key: `${ok.key}-${i}`, ok: false, text: f.title, detail: f.detail }))
      : [{ ...ok, ok: true }];
  };
  const nameProblems = find("tls-cert-name-mismatch");
  const checks: Check[] = [
    ...sites
      .filter((s) => s.publicAddress !== "" && c.subjectNames.some((n) => nameCovers(n, s.publicAddress)))
      .map((s, i) => ({
        key: `site-${i}`,
        ok: true,
        text: t("checks.site", { site: s.name, address: s.publicAddress }),
      })),
    ...nameProblems.map((f, i) => ({ key: `name-${i}`, ok: false, text: f.title, detail: f.detail })),
    ...problem(["tls-cert-expired", "tls-cert-not-yet-valid", "tls-cert-expires-soon"], {
      key: "dates",
      text: t("checks.dates", { to: day(c.notAfter) }),
    }),
    ...problem(["tls-cert-lifetime-too-long"], { key: "lifetime", text: t("checks.lifetime", { days }) }),
    ...problem(["tls-cert-key-too-small", "tls-cert-key-algorithm-unlisted"], {
      key: "key",
      text: t("checks.key", { algorithm: c.keyAlgorithm, bits: c.keyBits }),
    }),
    ...problem(["tls-cert-chain-incomplete"], { key: "chain", text: t("checks.chain") }),
    ...problem(["tls-cert-no-server-auth"], { key: "eku", text: t("checks.eku") }),
    ...problem(["tls-cert-no-revocation"], { key: "revocation", text: t("checks.revocation") }),
  ];
  const problems = checks.filter((x) => !x.ok).length;
  const urls = [...c.ocsp, ...c.crl];
  const rows: [string, string][] = [
    [t("subject"), c.subject],
    [t("issuer"), c.issuer],
    [t("names"), c.subjectNames.join(", ") || t("noNames")],
    [t("validity"), t("validityValue", { from: day(c.notBefore), to: day(c.notAfter), days })],
    [t("key"), t("keyValue", { algorithm: c.keyAlgorithm, bits: c.keyBits })],
    [t("eku"), c.extendedKeyUsage ? c.extendedKeyUsage.join(", ") : t("ekuAny")],
    [t("revocation"), urls.join(", ") || t("none")],
    [t("aia"), c.caIssuers.join(", ") || t("none")],
    [t("anchor"), t(`anchors.${c.anchor}`, { root: c.publicRoot ?? "" })],
    [t("fingerprint"), c.sha256 ?? t("fingerprintUnknown")],
  ];
  return (
    <section
      aria-labelledby="certificate-summary-title"
      className="space-y-4 rounded-lg border border-line p-4"
      data-testid="certificate-summary"
    >
      <h2 id="certificate-summary-title" className="text-lg font-semibold">
        {t("summaryTitle")}
      </h2>
      <p role="status" className="font-medium">
        {t("loaded", { subject: c.subject, problems })}
      </p>
      <h3 className="font-semibold">{t("checksTitle")}</h3>
      <ul className="space-y-2" data-testid="certificate-checks">
        {checks.map((check) => (
          <li key={check.key} className="flex gap-2">
            <span aria-hidden="true" className={check.ok ? "text-brand" : "text-blocker"}>
              {check.ok ? "✓" : "✗"}
            </span>
            <span>
              <span className="sr-only">{check.ok ? t("ok") : t("problem")}: </span>
              <span className={check.ok ? "" : "font-medium text-blocker"}>{check.text}</span>
              {check.detail ? <span className="block text-sm text-ink-muted">{check.detail}</span> : null}
            </span>
          </li>
        ))}
      </ul>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="break-words font-mono text-xs sm:text-sm">{value}</dd>
          </div>
        ))}
      </dl>
      {c.chain.length ? (
        <div className="text-sm">
          <h3 className="font-semibold">{t("chain")}</h3>
          <ol className="ml-5 list-decimal">
            {c.chain.map((x, i) => (
              <li key={i}>{t("chainItem", { subject: x.subject, issuer: x.issuer, to: day(x.notAfter) })}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {keyInFile ? <p className="text-sm text-ink-muted">{t("keyInFile")}</p> : null}
      {skipped.length ? <p className="text-sm text-ink-muted">{t("skipped", { items: skipped.join("; ") })}</p> : null}
    </section>
  );
}

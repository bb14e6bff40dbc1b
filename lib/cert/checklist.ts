// Checklist items for making and checking the certificate (issue 13), contributed to lib/rules/checklist.ts: the key and request from certificate-request.cnf, a PFX turned into the installer's PEM files, the chain verified.
import { translate } from "@/lib/i18n/translate";
import type { ChecklistContext, ChecklistDraft } from "@/lib/rules/checklist";
import { listRequestNames, requestKeyBits } from "@/lib/files/certificate-request";

type Item = [id: string, owner: ChecklistDraft["owner"], title: string, detail: string, fact: string];

/** A checklist contributor (lib/rules/checklist.ts CONTRIBUTORS): items of the certificate phase. */
export function listCertificateChecklist({ plan }: Pick<ChecklistContext, "plan">): ChecklistDraft[] {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(plan.locale, key, values);
  const site = plan.sites.find((s) => s.publicAddress !== "");
  const items: Item[] = [];
  // facts#37, facts#45: every site name as a SAN and an RSA key of at least 2048 bits.
  if (listRequestNames(plan).length > 0) {
    items.push([
      "certificate-request-file",
      "pki",
      t("certificate.checklist.csr.title"),
      t("certificate.checklist.csr.detail", { bits: requestKeyBits(plan.tls), issuer: plan.tls.issuer }),
      "facts#45",
    ]);
  }
  // facts#46, facts#47: PEM chain in site.crt and an unencrypted site.key, or the PFX as site.pfx.
  if (plan.tls.format === "pfx")
    items.push([
      "certificate-pfx-to-pem",
      "linux",
      t("certificate.checklist.pfx-to-pem.title"),
      t("certificate.checklist.pfx-to-pem.detail"),
      "facts#47",
    ]);
  // facts#49: the most common error is a missing chain; openssl shows it before and after install.
  items.push([
    "certificate-verify-chain",
    "pki",
    t("certificate.checklist.verify-chain.title"),
    t("certificate.checklist.verify-chain.detail", {
      address: site?.publicAddress || "<server>",
      port: String(site?.port ?? 443),
    }),
    "facts#49",
  ]);
  return items.map(([id, owner, title, detail, fact]) => ({ phase: "certificate", id, owner, title, detail, fact }));
}

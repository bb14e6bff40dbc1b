// What the plan's edition of Microsoft's page implies (editions.md §4), and what changed since (report.editionChanges).
import { findDistro } from "@/lib/catalog/distros";
import { diffEditions, editionsAfter, getEdition, type EditionDifference } from "@/lib/catalog/editions/resolve";
import { NEWEST_EDITION_ID, SOURCE_EDITION_ID, type EditionId } from "@/lib/catalog/editions/ids";
import type { DistroRow, Edition, EditionRules } from "@/lib/catalog/editions/types";
import type { Texts } from "@/lib/i18n/texts";
import { androidTotal } from "@/lib/plan/consistency";
import type { Plan } from "@/lib/plan/schema";
import type { CatalogInfo, EditionChange } from "@/lib/report/types";
import { cleanVersion, editionName } from "./lifecycle";
import type { RuleFinding } from "./types";

/** editions.md §3.10: the Intune "What's new" of the week of August 11, 2025 (new endpoints, release of March 19, 2025). */
const ENDPOINT_CHANGE = "2025-08-11";

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function catalogInfo(edition: Edition, { t }: Texts): CatalogInfo {
  const { repo, path, commit } = edition.source;
  const values = { id: editionName(edition.id), repo, path, commit: commit.slice(0, 8) };
  return {
    edition: edition.id,
    asOf: edition.msDate,
    source: edition.caveats.includes("reconstructed")
      ? t("editions.source.reconstructed", values)
      : t("editions.source.microsoft", values),
    newest: NEWEST_EDITION_ID,
    caveats: edition.caveats.map((c) => t(`editions.caveats.${c}`)),
  };
}

function rowText(row: DistroRow | undefined, texts: Texts): string {
  if (!row) return texts.t("editions.values.notListed");
  const version = [row.version, ...(row.alsoListed ?? [])]
    .filter((v): v is string => v !== null)
    .map(cleanVersion)
    .join(" / ");
  return texts.t("editions.values.row", { runtime: row.runtime, version });
}

function endsText(row: DistroRow, texts: Texts): string {
  if (row.supportEnds.length === 0) return texts.t("editions.values.noEnd");
  return texts.t("editions.values.ends", { months: texts.list(row.supportEnds.map((e) => texts.month(e.month))) });
}

/** A rule of an edition, in words. */
function ruleText<K extends keyof EditionRules>(rule: K, value: EditionRules[K], texts: Texts): string {
  const { t, list } = texts;
  switch (rule) {
    case "tls": {
      const v = value as EditionRules["tls"];
      return [
        t("editions.values.tlsAll", { days: v.maxDaysAll }),
        ...(v.maxDaysPublicIos !== null
          ? [
              t("editions.values.tlsIos", {
                public: v.maxDaysPublicIos,
                user: v.maxDaysUserOrAdminRoot ?? v.maxDaysAll,
              }),
            ]
          : []),
        ...(v.recommendedMaxDaysPublicAndroid !== null
          ? [t("editions.values.tlsAndroid", { days: v.recommendedMaxDaysPublicAndroid })]
          : []),
        v.minKeyBits !== null ? t("editions.values.minKey", { bits: v.minKeyBits }) : t("editions.values.noMinKey"),
      ].join("; ");
    }
    case "fqdns":
      return (value as EditionRules["fqdns"]).join(", ");
    case "android": {
      const v = value as EditionRules["android"];
      return v.tunnelMin === null
        ? t("editions.values.androidOld", { proxy: v.deviceProxyMin })
        : t("editions.values.androidMin", { min: v.tunnelMin });
    }
    case "govClouds": {
      const v = value as EditionRules["govClouds"];
      if (!v) return t("editions.values.none");
      return t("editions.values.govClouds", {
        supported: list(v.supported.map((c) => t(`editions.values.${c}`))),
        unsupported: list(v.unsupported.map((c) => t(`editions.values.${c}`))),
      });
    }
    case "installerAccount":
      return value ? t("editions.values.installerAccount") : t("editions.values.none");
    case "mamLicensing":
    case "auditd": {
      const v = value as string;
      return v === "none"
        ? t("editions.values.none")
        : t(
            `editions.values.${v as "plan2-addon" | "additional-licensing" | "recommended" | "recommended-before-setup"}`,
          );
    }
  }
  return String(value);
}

/** Whether a difference changes something for this plan (editions.md §4). */
function affects(d: EditionDifference, plan: Plan): boolean {
  const android = androidTotal(plan.devices) > 0;
  switch (d.kind) {
    case "distro-added":
    case "distro-removed":
    case "support-end-announced":
    case "container-version-changed":
      return d.distro === plan.server.distro;
    case "rule-changed":
      switch (d.rule) {
        case "tls":
          return plan.tls.issuer === "public"
            ? plan.tls.validityDays > 398 && (plan.devices.ios > 0 || android)
            : plan.tls.validityDays > 730 || plan.tls.keyBits < 2048;
        case "android":
          return android;
        case "mamLicensing":
          return plan.licensing.tunnelForMam;
        case "auditd":
          return plan.server.auditd;
        case "govClouds":
          return false;
        case "fqdns":
        case "installerAccount":
          return true;
      }
  }
  return false;
}

function describe(d: EditionDifference, texts: Texts): { subject: string; before: string; after: string } {
  const { t } = texts;
  const label = (id: string) => findDistro(id)?.label ?? id;
  switch (d.kind) {
    case "distro-added":
      return {
        subject: label(d.distro),
        before: t("editions.values.notListed"),
        after: `${rowText(d.after, texts)}; ${endsText(d.after, texts)}`,
      };
    case "distro-removed":
      return {
        subject: label(d.distro),
        before: `${rowText(d.before, texts)}; ${endsText(d.before, texts)}`,
        after: t("editions.values.notListed"),
      };
    case "support-end-announced":
      return { subject: label(d.distro), before: endsText(d.before, texts), after: endsText(d.after, texts) };
    case "container-version-changed":
      return { subject: label(d.distro), before: rowText(d.before, texts), after: rowText(d.after, texts) };
    case "rule-changed":
      return {
        subject: t(`editions.subjects.${d.rule}`),
        before: ruleText(d.rule, d.before, texts),
        after: ruleText(d.rule, d.after, texts),
      };
  }
}

/** The differences between two editions in words, each with the edition that first shows it and its source. */
export function listEditionDifferences(
  from: EditionId,
  to: EditionId,
  texts: Texts,
  affectsPlan: (d: EditionDifference) => boolean = () => false,
): EditionChange[] {
  return diffEditions(from, to).map((d): EditionChange => {
    const { repo, path, commit } = getEdition(d.edition).source;
    return {
      id: `${d.kind}:${"distro" in d ? d.distro : d.rule}`,
      kind: d.kind,
      ...describe(d, texts),
      edition: d.edition,
      affectsPlan: affectsPlan(d),
      source: { repo, path, commit },
    };
  });
}

/** report.editionChanges (plan-format §4.2): plan edition → newest, the ones that affect the plan first. */
export function listEditionChanges(plan: Plan, texts: Texts): EditionChange[] {
  const changes = listEditionDifferences(plan.edition, NEWEST_EDITION_ID, texts, (d) => affects(d, plan));
  return [...changes.filter((c) => c.affectsPlan), ...changes.filter((c) => !c.affectsPlan)];
}

/** Findings of editions.md §4: newer editions, the installing account, unlisted endpoints, Android minimum. */
export function computeEditionFindings(
  plan: Plan,
  date: string,
  edition: Edition,
  changes: readonly EditionChange[],
  texts: Texts,
): RuleFinding[] {
  const { t } = texts;
  const findings: RuleFinding[] = [];
  const newer = editionsAfter(edition.id);
  if (newer.length > 0) {
    findings.push({
      id: "edition-newer-available",
      field: "edition",
      context: t("findings.edition-newer-available.context.count", {
        edition: editionName(edition.id),
        newer: newer.length,
        affecting: changes.filter((c) => c.affectsPlan).length,
      }),
    });
  } else if (date > addMonths(edition.msDate, 6)) {
    // editions.md §4.1: the table changed every 6-12 months in 2024-2026.
    findings.push({
      id: "edition-check-live-page",
      field: "edition",
      context: t("findings.edition-check-live-page.context.age", {
        edition: editionName(edition.id),
        editionDate: texts.date(edition.msDate),
        date: texts.date(date),
      }),
    });
  }
  // editions.md §4.14: the page itself names the role and licence from 2025-04-15a on.
  if (edition.rules.installerAccount) findings.push({ id: "installer-account-role", field: "licensing.intunePlan" });
  // editions.md §4.11, facts#191: servers run the March 2025 release, whose new endpoints no page lists.
  if (edition.msDate >= ENDPOINT_CHANGE && date >= ENDPOINT_CHANGE)
    findings.push({ id: "endpoints-unlisted", field: "serverProxy.mode" });
  // editions.md §4.12, facts#126: from 2026-03-27 Tunnel needs Android 11+.
  const min = edition.rules.android.tunnelMin;
  const below = plan.devices.androidBelow10 + plan.devices.android10;
  if (min !== null && below > 0) {
    findings.push({
      id: "platform-android-version",
      field: plan.devices.android10 > 0 ? "devices.android10" : "devices.androidBelow10",
      context: t("findings.platform-android-version.context.below", {
        count: below,
        min,
        edition: editionName(edition.id),
      }),
    });
  }
  return findings;
}

/** One line that says what an edition is or changed, for pickers and the /editions page. */
export function summarizeEdition(edition: Edition, texts: Texts): string {
  const { t, list } = texts;
  const label = (id: string) => findDistro(id)?.short ?? id;
  let parts: string;
  if (edition.id === SOURCE_EDITION_ID) parts = t("editions.summary.source");
  else if (edition.id < SOURCE_EDITION_ID) parts = t("editions.summary.earlier");
  else {
    const c = edition.changes;
    const added = c.flatMap((x) => (x.kind === "distro-added" ? [label(x.row.distro)] : []));
    const removed = c.flatMap((x) => (x.kind === "distro-removed" ? [label(x.distro)] : []));
    const ended = c.flatMap((x) => (x.kind === "support-end-announced" ? [label(x.distro)] : []));
    const rules = c.flatMap((x) => (x.kind === "rule-changed" ? [t(`editions.subjectsInline.${x.rule}`)] : []));
    parts = [
      ...(added.length ? [t("editions.summary.added", { list: list(added) })] : []),
      ...(removed.length ? [t("editions.summary.removed", { list: list(removed) })] : []),
      ...(ended.length ? [t("editions.summary.ended", { list: list(ended) })] : []),
      ...(rules.length ? [t("editions.summary.rules", { list: list(rules) })] : []),
    ].join("; ");
  }
  return t("editions.summary.line", { date: texts.date(edition.msDate), parts });
}

/** Moves a plan to another edition; every other field stays as it is (the findings then say what to change). */
export function moveToEdition(plan: Plan, edition: EditionId): Plan {
  return { ...plan, edition };
}

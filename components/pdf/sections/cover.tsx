import { Link, Text, View } from "@react-pdf/renderer";
import type { Plan } from "@/lib/plan/schema";
import type { Report } from "@/lib/report/types";
import { editionName } from "@/lib/rules/lifecycle";
import { findingSite } from "@/components/review/finding-site";
import { fmt, L, pdfDate, pdfNumber } from "../labels";
import { colors, s } from "../styles";
import { Bullets, KeyValues, Table } from "./table";

type Props = {
  plan: Plan;
  report: Report;
  generatedOn: string;
  shareUrlLines: string[] | null;
  shareUrl?: string;
  checklistOnly?: boolean;
};

/** Page one: what this plan is, its sites, which requirements it was checked against, and what still blocks it. */
export function Cover({ plan, report, generatedOn, shareUrlLines, shareUrl, checklistOnly }: Props) {
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  const blockers = report.findings.filter((f) => f.severity === "blocker");
  const stats: [string, number, string][] = [
    [L.blockers, blockers.length, blockers.length > 0 ? colors.blocker : colors.ink],
    [L.warnings, count("warning"), colors.ink],
    [L.notes, count("info"), colors.ink],
    [L.servers, report.sizing.totals.servers, colors.ink],
  ];
  return (
    <View>
      <Text style={[s.muted, { fontSize: 10, letterSpacing: 0.5 }]}>{L.kicker}</Text>
      <Text style={[s.h1, { fontSize: 13, color: colors.brand, marginBottom: 2 }]}>
        {checklistOnly ? L.titleChecklistOnly : L.title}
      </Text>
      <Text style={[s.h1, { marginTop: 6, marginBottom: 14 }]}>{plan.name}</Text>
      <KeyValues
        rows={[
          [L.planningDate, pdfDate(plan.planningDate)],
          [L.edition, `${editionName(report.catalog.edition)} (${report.catalog.asOf}) – ${report.catalog.source}`],
          [
            L.newerEdition,
            report.catalog.edition === report.catalog.newest
              ? L.newestEdition
              : fmt(L.newerEditionExists, {
                  edition: editionName(report.catalog.newest),
                  count: report.editionChanges.filter((c) => c.affectsPlan).length,
                }),
          ],
          [L.generatedOn, pdfDate(generatedOn)],
        ]}
      />
      <View style={{ flexDirection: "row", marginTop: 8, marginBottom: 10 }}>
        {stats.map(([label, value, color]) => (
          <View key={label} style={{ flex: 1, borderWidth: 1, borderColor: colors.line, padding: 8, marginRight: 6 }}>
            <Text style={{ fontSize: 20, fontWeight: "bold", color }}>{value}</Text>
            <Text style={s.muted}>{label}</Text>
          </View>
        ))}
      </View>
      <Text style={s.h3} minPresenceAhead={40}>
        {fmt(L.coverSites, { count: report.sizing.sites.length })}
      </Text>
      <Table
        columns={[
          { label: L.site, flex: 2 },
          { label: L.devices, width: 56 },
          { label: L.coverServers, width: 92 },
          { label: L.publicAddress, flex: 3 },
        ]}
        rows={report.sizing.sites.map((site, i) => [
          site.name,
          pdfNumber(site.devices),
          site.spareServers > 0
            ? fmt(L.coverServersWithSpare, { servers: site.servers, spare: site.spareServers })
            : String(site.servers),
          plan.sites[i]?.publicAddress || L.notSet,
        ])}
      />
      <Text style={[s.h3, { color: blockers.length > 0 ? colors.blocker : colors.ink }]} minPresenceAhead={30}>
        {fmt(L.openBlockers, { count: blockers.length })}
      </Text>
      {blockers.length > 0 ? (
        <Bullets
          items={blockers.map((f) => (findingSite(f, plan) ? `${findingSite(f, plan)}: ${f.title}` : f.title))}
        />
      ) : (
        <Text style={s.para}>{L.noOpenBlockers}</Text>
      )}
      <Text style={[s.para, { marginTop: 6 }]}>{checklistOnly ? L.coverHintChecklistOnly : L.coverHint}</Text>
      {shareUrl && shareUrlLines ? (
        <View style={{ marginTop: 10 }} wrap={false}>
          <Text style={s.h3}>{L.shareLink}</Text>
          <View style={s.code}>
            <Link src={shareUrl} style={[s.codeText, { color: colors.brand, textDecoration: "none" }]}>
              {shareUrlLines.join("\n")}
            </Link>
          </View>
        </View>
      ) : null}
    </View>
  );
}

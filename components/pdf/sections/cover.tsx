import { Link, Text, View } from "@react-pdf/renderer";
import type { Plan } from "@/lib/plan";
import type { Report } from "@/lib/report/types";
import { editionName } from "@/lib/rules/lifecycle";
import { fmt, L } from "../labels";
import { colors, s } from "../styles";
import { KeyValues } from "./table";

type Props = { plan: Plan; report: Report; generatedOn: string; shareUrlLines: string[] | null; shareUrl?: string };

/** Page one: what this plan is, which requirements it was checked against, and how much is still open. */
export function Cover({ plan, report, generatedOn, shareUrlLines, shareUrl }: Props) {
  const count = (severity: string) => report.findings.filter((f) => f.severity === severity).length;
  const blockers = count("blocker");
  const stats: [string, number, string][] = [
    [L.blockers, blockers, blockers > 0 ? colors.blocker : colors.ink],
    [L.warnings, count("warning"), colors.ink],
    [L.notes, count("info"), colors.ink],
    [L.servers, report.sizing.totals.servers, colors.ink],
  ];
  return (
    <View>
      <Text style={[s.muted, { fontSize: 10, letterSpacing: 0.5 }]}>{L.kicker}</Text>
      <Text style={[s.h1, { fontSize: 13, color: colors.brand, marginBottom: 2 }]}>{L.title}</Text>
      <Text style={[s.h1, { marginTop: 6, marginBottom: 14 }]}>{plan.name}</Text>
      <KeyValues
        rows={[
          [L.planningDate, plan.planningDate],
          [L.edition, `${editionName(report.catalog.edition)} (${report.catalog.asOf}) – ${report.catalog.source}`],
          [L.newerEdition, report.catalog.edition === report.catalog.newest ? L.newestEdition : fmt(L.newerEditionExists, { edition: editionName(report.catalog.newest), count: report.editionChanges.filter((c) => c.affectsPlan).length })],
          [L.generatedOn, generatedOn],
        ]}
      />
      <View style={{ flexDirection: "row", marginTop: 8, marginBottom: 14 }}>
        {stats.map(([label, value, color]) => (
          <View key={label} style={{ flex: 1, borderWidth: 1, borderColor: colors.line, padding: 8, marginRight: 6 }}>
            <Text style={{ fontSize: 20, fontWeight: "bold", color }}>{value}</Text>
            <Text style={s.muted}>{label}</Text>
          </View>
        ))}
      </View>
      <Text style={s.para}>{L.coverHint}</Text>
      {shareUrl && shareUrlLines ? (
        <View style={{ marginTop: 10 }}>
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

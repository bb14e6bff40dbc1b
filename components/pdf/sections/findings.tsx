import { Text, View } from "@react-pdf/renderer";
import { Fragment } from "react";
import { fieldLabel } from "@/lib/catalog/fields";
import type { Finding, Report } from "@/lib/report/types";
import type { SourceRef } from "@/lib/catalog/sources-refs";
import { fmt, L, pdfLocale } from "../labels";
import { colors, s } from "../styles";
import { SourceLine } from "./sources";

type NumberOf = (ref: SourceRef) => number;

// Labels are read at render time: L holds the document's language only once ChecklistDocument has set it.
const groups = () =>
  [
    { severity: "blocker", label: L.severityBlocker, color: colors.blocker },
    { severity: "warning", label: L.severityWarning, color: colors.warning },
    { severity: "info", label: L.severityInfo, color: colors.info },
  ] as const;

export function Findings({ findings, numberOf }: { findings: Report["findings"]; numberOf: NumberOf }) {
  return (
    <>
      <Text style={s.h2} minPresenceAhead={90}>
        {L.findings}
      </Text>
      {findings.length === 0 ? <Text>{L.noFindings}</Text> : null}
      {groups().map((group) => {
        const items = findings.filter((f) => f.severity === group.severity);
        if (items.length === 0) return null;
        return (
          <Fragment key={group.severity}>
            {/* The heading travels with its first finding: never left alone at the foot of a page. */}
            <View wrap={false}>
              <Text style={[s.h3, { color: group.color }]}>
                {group.label} ({items.length})
              </Text>
              <FindingBlock finding={items[0]!} color={group.color} numberOf={numberOf} />
            </View>
            {items.slice(1).map((f, i) => (
              <FindingBlock key={`${f.id}-${i}`} finding={f} color={group.color} numberOf={numberOf} />
            ))}
          </Fragment>
        );
      })}
    </>
  );
}

function FindingBlock({ finding, color, numberOf }: { finding: Finding; color: string; numberOf: NumberOf }) {
  return (
    <View style={{ borderLeftWidth: 3, borderColor: color, paddingLeft: 7, marginBottom: 7 }} wrap={false}>
      <Text style={s.bold}>{finding.title}</Text>
      <Text style={s.para}>{finding.detail}</Text>
      <Text style={s.para}>
        <Text style={s.bold}>{L.whatToDo}: </Text>
        {finding.action}
      </Text>
      <Text style={[s.small, s.muted]}>
        {finding.field ? `${L.field}: ${fieldLabel(finding.field, pdfLocale)} · ` : ""}
        {fmt(L.findingId, { id: finding.id })}
      </Text>
      <SourceLine refs={finding.source} numberOf={numberOf} />
    </View>
  );
}

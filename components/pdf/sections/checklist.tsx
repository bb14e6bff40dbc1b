import { Text, View } from "@react-pdf/renderer";
import { Fragment } from "react";
import type { Progress } from "@/lib/plan/progress";
import type { ChecklistItem, Report } from "@/lib/report/types";
import type { SourceRef } from "@/lib/catalog/sources-refs";
import { L } from "../labels";
import { LINE_RATIO, s } from "../styles";
import { SourceLine } from "./sources";
import { Table } from "./table";

type Item = ChecklistItem;

/**
 * Phases in the order the report lists them, each a table with a tick box and sign-off columns. Items the
 * plan carries as done (issue 16) come ticked, with who and when; the rest stay blank for a pen.
 */
export function Checklist({
  checklist,
  numberOf,
  progress = {},
}: {
  checklist: Report["checklist"];
  numberOf: (ref: SourceRef) => number;
  progress?: Progress;
}) {
  const phases = new Map<string, Item[]>();
  for (const item of checklist) phases.set(item.phase, [...(phases.get(item.phase) ?? []), item]);
  return (
    <>
      <Text style={s.h2} minPresenceAhead={90}>
        {L.checklist}
      </Text>
      {[...phases].map(([phase, items]) => (
        <Fragment key={phase}>
          <Text style={s.h3} minPresenceAhead={firstRowPresence(items[0]!)}>
            {phase}
          </Text>
          <Table
            columns={[
              { label: L.done, width: 34 },
              { label: L.item, flex: 1 },
              { label: L.owner, width: 76 },
              { label: L.doneBy, width: 72 },
              { label: L.date, width: 58 },
            ]}
            rowKeys={items.map((item) => item.id)}
            rows={items.map((item) => {
              const entry = progress[item.id]?.done ? progress[item.id] : undefined;
              return [
                <View key="box" style={s.tickBox}>
                  {entry ? <Text style={s.tick}>✓</Text> : null}
                </View>,
                <View key="item">
                  <Text style={s.bold}>{item.title}</Text>
                  {item.detail ? <Text style={[s.small, s.muted]}>{item.detail}</Text> : null}
                  <SourceLine refs={item.source} numberOf={numberOf} short />
                </View>,
                L.owners[item.owner] ?? item.owner,
                entry?.by ?? "",
                entry?.on ?? "",
              ];
            })}
          />
        </Fragment>
      ))}
    </>
  );
}

// What a phase heading needs below it: the table's header row and its first item, in points. The table repeats its
// header on every page (a fixed row), and react-pdf then moves a first row that does not fit without the heading; so
// the heading itself moves when the row would not fit under it. The row's height is estimated from its text: the
// item column on A4 (the narrower paper), DejaVu Sans at a generous average advance, a line at LINE_RATIO em.
const ITEM_COLUMN = 255;
const HEADER_ROW = 18;
const lines = (text: string, size: number, em: number) =>
  Math.max(1, Math.ceil((text.length * size * em) / ITEM_COLUMN));
function firstRowPresence(item: Item): number {
  const title = lines(item.title, 9, 0.62) * 9 * LINE_RATIO;
  const detail = item.detail ? lines(item.detail, 8, 0.6) * 8 * LINE_RATIO : 0;
  const source = item.source?.length ? 8 * LINE_RATIO : 0;
  return HEADER_ROW + 8 + title + detail + source;
}

export function SignOff() {
  return (
    <View wrap={false}>
      <Text style={s.h2}>{L.signOff}</Text>
      <Table
        columns={[
          { label: L.signOffRole, width: 130 },
          { label: L.signOffName, flex: 1 },
          { label: L.signOffDate, width: 70 },
          { label: L.signOffSignature, flex: 1 },
        ]}
        rows={Object.values(L.signOffRoles).map((role) => [role, " \n ", "", ""])}
      />
    </View>
  );
}

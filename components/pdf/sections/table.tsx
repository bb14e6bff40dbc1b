import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { s } from "../styles";

export type Column = { label: string; width?: number; flex?: number };

type Props = { columns: Column[]; rows: ReactNode[][]; rowKeys?: string[] };

/** A bordered table; the header repeats on every page the table spans and rows never split. */
export function Table({ columns, rows, rowKeys }: Props) {
  const cellStyle = (c: Column) => [s.cell, c.width ? { width: c.width } : { flex: c.flex ?? 1 }];
  return (
    <TableBox>
      <View style={s.headRow} fixed>
        {columns.map((c) => (
          <View key={c.label} style={cellStyle(c)}>
            <Text style={s.headCell}>{c.label}</Text>
          </View>
        ))}
      </View>
      {rows.map((cells, r) => (
        <View key={rowKeys?.[r] ?? r} style={s.row} wrap={false}>
          {cells.map((cell, i) => {
            const column = columns[i] ?? {};
            return (
              <View key={i} style={cellStyle(column as Column)}>
                {typeof cell === "string" || typeof cell === "number" ? <Text>{cell}</Text> : cell}
              </View>
            );
          })}
        </View>
      ))}
    </TableBox>
  );
}

/** A table's rows, then the space after it as a sibling box, not a margin (styles.ts, tableGap). */
function TableBox({ children }: { children: ReactNode }) {
  return (
    <>
      <View>{children}</View>
      <View style={s.tableGap} />
    </>
  );
}

export function Bullets({ items }: { items: string[] }) {
  return (
    <View>
      {items.map((item, i) => (
        <View key={i} style={s.bullet} wrap={false}>
          <Text style={s.bulletMark}>•</Text>
          <Text style={s.bulletText}>{item}</Text>
        </View>
      ))}
    </View>
  );
}

/** Label/value pairs without a header row. */
export function KeyValues({ rows }: { rows: [string, string][] }) {
  return (
    <TableBox>
      {rows.map(([label, value], i) => (
        <View key={label} style={[s.row, i === 0 ? { borderTopWidth: 1 } : {}]} wrap={false}>
          <View style={[s.cell, { width: 140, backgroundColor: "#f9fafb" }]}>
            <Text style={s.bold}>{label}</Text>
          </View>
          <View style={[s.cell, { flex: 1 }]}>
            <Text>{value}</Text>
          </View>
        </View>
      ))}
    </TableBox>
  );
}

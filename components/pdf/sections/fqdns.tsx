import { Text } from "@react-pdf/renderer";
import type { Report } from "@/lib/report/types";
import { L } from "../labels";
import { s } from "../styles";
import { Table } from "./table";

export function Fqdns({ fqdns }: { fqdns: Report["fqdns"] }) {
  return (
    <>
      <Text style={s.h2} minPresenceAhead={90}>
        {L.fqdns}
      </Text>
      <Text style={s.para}>{L.fqdnsIntro}</Text>
      <Table
        columns={[
          { label: L.host, width: 190 },
          { label: L.required, width: 58 },
          { label: L.source, width: 70 },
          { label: L.purpose, flex: 1 },
        ]}
        rowKeys={fqdns.map((f) => f.host)}
        rows={fqdns.map((f) => [
          f.host,
          f.required ? L.required : L.optional,
          L.sources[f.source] ?? f.source,
          f.purpose,
        ])}
      />
    </>
  );
}

import { Text } from "@react-pdf/renderer";
import type { Report } from "@/lib/report/types";
import { L } from "../labels";
import { s } from "../styles";
import { Table } from "./table";

const need = (required: boolean) => (required ? L.required : L.optional);

export function Ports({ ports }: { ports: Report["ports"] }) {
  return (
    <>
      <Text style={s.h2} minPresenceAhead={90}>
        {L.ports}
      </Text>
      <Text style={s.h3} minPresenceAhead={40}>
        {L.inbound}
      </Text>
      <Table
        columns={[
          { label: L.protocol, width: 55 },
          { label: L.port, width: 45 },
          { label: L.required, width: 58 },
          { label: L.purpose, flex: 1 },
        ]}
        rows={ports.inbound.map((p) => [p.protocol.toUpperCase(), String(p.port), need(p.required), p.purpose])}
      />
      <Text style={s.h3} minPresenceAhead={40}>
        {L.outbound}
      </Text>
      <Table
        columns={[
          { label: L.protocol, width: 55 },
          { label: L.port, width: 45 },
          { label: L.required, width: 58 },
          { label: L.destinations, flex: 1 },
          { label: L.purpose, flex: 1 },
        ]}
        rows={ports.outbound.map((p) => [
          p.protocol.toUpperCase(),
          String(p.port),
          need(p.required),
          p.destinations.join("\n"),
          p.purpose,
        ])}
      />
      <Text style={s.h3} minPresenceAhead={40}>
        {L.internal}
      </Text>
      <Table
        columns={[
          { label: L.protocol, width: 55 },
          { label: L.port, width: 45 },
          { label: L.required, width: 58 },
          { label: L.destinations, flex: 1 },
          { label: L.purpose, flex: 1 },
        ]}
        rows={ports.internal.map((p) => [
          p.protocol === "any" ? L.anyProtocol : p.protocol.toUpperCase(),
          p.port === null ? L.appPorts : String(p.port),
          need(p.required),
          p.destinations.join("\n"),
          p.purpose,
        ])}
      />
    </>
  );
}

import { Text } from "@react-pdf/renderer";
import { Fragment } from "react";
import type { Report } from "@/lib/report/types";
import { fmt, L, pdfNumber } from "../labels";
import { s } from "../styles";
import { Bullets, Table } from "./table";

const n = (value: number) => pdfNumber(value);

/** One table row per site with the numbers, then each site's reasoning line by line (plan-format §2.1). */
export function Sizing({ sizing }: { sizing: Report["sizing"] }) {
  const { totals } = sizing;
  return (
    <>
      <Text style={s.h2} minPresenceAhead={90}>
        {L.sizing}
      </Text>
      <Table
        columns={[
          { label: L.site, flex: 1.6 },
          { label: L.devices, flex: 1 },
          { label: L.peakConnections, flex: 1.1 },
          { label: L.serversPerSite, flex: 1.1 },
          { label: L.cpus, flex: 0.9 },
          { label: L.memory, flex: 1 },
          { label: L.disk, flex: 0.9 },
        ]}
        rowKeys={sizing.sites.map((site) => site.name)}
        rows={sizing.sites.map((site) => [
          site.name,
          n(site.devices),
          n(site.peakConnections),
          site.spareServers > 0
            ? fmt(L.coverServersWithSpare, { servers: site.servers, spare: site.spareServers })
            : String(site.servers),
          String(site.cpusPerServer),
          `${site.memoryGbPerServer} GB`,
          `${site.diskGbPerServer} GB`,
        ])}
      />
      <Text style={[s.bold, s.para]}>
        {fmt(L.totals, { servers: totals.servers, cpus: totals.cpus, memory: totals.memoryGb, disk: totals.diskGb })}
      </Text>
      {sizing.sites.map((site) => (
        <Fragment key={site.name}>
          <Text style={s.h3} minPresenceAhead={40}>
            {L.reasoning}: {site.name}
          </Text>
          <Bullets items={site.reasoning} />
        </Fragment>
      ))}
    </>
  );
}

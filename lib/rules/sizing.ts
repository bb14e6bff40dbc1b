// plan-format §2.1 sizing rule, per site, with the reasoning shown line by line (facts#28, facts#29).
import {
  DEVICES_PER_SERVER_BEYOND_TABLE,
  HEALTHY_CONNECTIONS_PER_SERVER,
  MAX_CONNECTIONS_PER_SERVER,
  SIZING_TABLE,
} from "@/lib/catalog/sizing";
import type { Texts } from "@/lib/i18n/texts";
import { totalDevices } from "@/lib/plan/consistency";
import type { Plan } from "@/lib/plan/schema";
import type { SiteSizing, Sizing } from "@/lib/report/types";
import type { RuleFinding } from "./types";

const LAST_ROW = SIZING_TABLE[SIZING_TABLE.length - 1] ?? {
  devices: 40_000,
  servers: 8,
  cpus: 8,
  memoryGb: 8,
  diskGb: 30,
};

/** Devices the site serves: its own count, or all devices when the single site leaves it empty. */
export function siteDevices(plan: Plan, index: number): number {
  return plan.sites[index]?.devices ?? totalDevices(plan.devices);
}

/** Peak connections c = d × connectionsPerDevice × peak% / 100, rounded up to whole connections. */
export function computePeakConnections(devices: number, connectionsPerDevice: number, peakPercent: number): number {
  const exact = (devices * connectionsPerDevice * peakPercent) / 100;
  return Math.ceil(Math.round(exact * 1e6) / 1e6);
}

export function computeSiteSizing(
  name: string,
  devices: number,
  opts: { connectionsPerDevice: number; peakConcurrencyPercent: number; highAvailability: boolean },
  { t }: Texts,
): SiteSizing {
  const reasoning: string[] = [t("sizing.devices", { devices })];
  let servers: number;
  let row = SIZING_TABLE.find((r) => r.devices >= devices);
  if (row) {
    servers = row.servers;
    reasoning.push(
      t("sizing.row", {
        rowDevices: row.devices,
        servers: row.servers,
        cpus: row.cpus,
        memory: row.memoryGb,
        disk: row.diskGb,
      }),
    );
    // facts#28: the table has no rule between rows; the next row up is our conservative reading.
    if (devices !== row.devices && devices > (SIZING_TABLE[0]?.devices ?? 0))
      reasoning.push(t("sizing.between", { devices }));
  } else {
    row = LAST_ROW;
    servers = Math.ceil(devices / DEVICES_PER_SERVER_BEYOND_TABLE);
    reasoning.push(
      t("sizing.beyond", {
        last: LAST_ROW.devices,
        devices,
        perServer: DEVICES_PER_SERVER_BEYOND_TABLE,
        servers,
        cpus: row.cpus,
        memory: row.memoryGb,
        disk: row.diskGb,
      }),
    );
  }
  const peak = computePeakConnections(devices, opts.connectionsPerDevice, opts.peakConcurrencyPercent);
  reasoning.push(
    t("sizing.peak", { devices, perDevice: opts.connectionsPerDevice, percent: opts.peakConcurrencyPercent, peak }),
  );
  // facts#29: 64,000 concurrent connections per Microsoft Tunnel, read as per server (plan-format §2.1).
  const byConnections = Math.ceil(peak / MAX_CONNECTIONS_PER_SERVER);
  reasoning.push(
    t(byConnections > servers ? "sizing.limitMore" : "sizing.limitStays", {
      peak,
      max: MAX_CONNECTIONS_PER_SERVER,
      byConnections,
      servers,
    }),
  );
  servers = Math.max(servers, byConnections);
  // facts#186: upgrades take one server at a time offline; one spare (N+1) is our conservative choice.
  const spare = opts.highAvailability ? 1 : 0;
  reasoning.push(spare ? t("sizing.ha", { servers, total: servers + 1 }) : t("sizing.noHa", { servers }));
  const perServer = servers > 0 ? peak / servers : 0;
  // facts#32, facts §2 item 4: the 4,990 alert against the page's 64,000.
  reasoning.push(
    t("sizing.perServer", {
      peak,
      servers,
      perServer: Math.round(perServer * 100) / 100,
      healthy: HEALTHY_CONNECTIONS_PER_SERVER,
      state: perServer > HEALTHY_CONNECTIONS_PER_SERVER ? "exceeded" : "ok",
    }),
  );
  return {
    name,
    devices,
    peakConnections: peak,
    servers: servers + spare,
    spareServers: spare,
    cpusPerServer: row.cpus,
    memoryGbPerServer: row.memoryGb,
    diskGbPerServer: row.diskGb,
    reasoning,
  };
}

/** Peak connections on the busiest active (non-spare) server of any site. */
export function busiestServerConnections(sizing: Sizing): number {
  return Math.max(
    0,
    ...sizing.sites.map((s) => Math.ceil(s.peakConnections / Math.max(1, s.servers - s.spareServers))),
  );
}

type SiteOptions = Parameters<typeof computeSiteSizing>[2];
const SITE_CACHE_LIMIT = 2_000;
/** Per texts (one per locale): a site's sizing by its inputs, without its name. */
const siteCache = new WeakMap<Texts, Map<string, SiteSizing>>();

/**
 * computeSiteSizing, remembered by everything it reads but the name: at 500 sites its reasoning texts were
 * two thirds of the engine's time, while most sites share their numbers and a keystroke changes one (issue 17).
 */
function siteSizingOf(name: string, devices: number, opts: SiteOptions, texts: Texts): SiteSizing {
  let cache = siteCache.get(texts);
  if (!cache) siteCache.set(texts, (cache = new Map()));
  const key = `${devices}|${opts.connectionsPerDevice}|${opts.peakConcurrencyPercent}|${opts.highAvailability}`;
  let hit = cache.get(key);
  if (!hit) {
    if (cache.size >= SITE_CACHE_LIMIT) cache.clear();
    hit = computeSiteSizing("", devices, opts, texts);
    cache.set(key, hit);
  }
  return { ...hit, name, reasoning: [...hit.reasoning] };
}

export function computeSizing(plan: Plan, texts: Texts): { sizing: Sizing; findings: RuleFinding[] } {
  const { t } = texts;
  const findings: RuleFinding[] = [];
  const sites = plan.sites.map((site, i) => {
    const s = siteSizingOf(
      site.name,
      siteDevices(plan, i),
      {
        connectionsPerDevice: plan.devices.connectionsPerDevice,
        peakConcurrencyPercent: plan.devices.peakConcurrencyPercent,
        highAvailability: site.highAvailability,
      },
      texts,
    );
    const active = s.servers - s.spareServers;
    // facts#186: servers upgrade one at a time, so one server means an outage per upgrade.
    if (s.servers === 1) {
      findings.push({
        id: "single-server-site",
        field: `sites.${i}.highAvailability`,
        context: t("findings.single-server-site.context.site", { site: s.name }),
      });
    }
    // facts#32: the "Current connections" health check.
    if (active > 0 && s.peakConnections / active > HEALTHY_CONNECTIONS_PER_SERVER) {
      findings.push({
        id: "connections-above-health-threshold",
        field: plan.sites.length > 1 ? `sites.${i}.devices` : "devices.peakConcurrencyPercent",
        context: t("findings.connections-above-health-threshold.context.perServer", {
          site: s.name,
          peak: s.peakConnections,
          active,
          perServer: Math.round((s.peakConnections / active) * 100) / 100,
        }),
        suggestion: { servers: Math.ceil(s.peakConnections / HEALTHY_CONNECTIONS_PER_SERVER) + s.spareServers },
      });
    }
    return s;
  });
  const totals = sites.reduce(
    (t, s) => ({
      servers: t.servers + s.servers,
      cpus: t.cpus + s.servers * s.cpusPerServer,
      memoryGb: t.memoryGb + s.servers * s.memoryGbPerServer,
      diskGb: t.diskGb + s.servers * s.diskGbPerServer,
    }),
    { servers: 0, cpus: 0, memoryGb: 0, diskGb: 0 },
  );
  return { sizing: { sites, totals }, findings };
}

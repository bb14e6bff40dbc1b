// facts#28, facts#29, facts#31, facts#32: the official sizing table and the connection limits used by plan-format §2.1.

export type SizingRow = {
  readonly devices: number;
  readonly servers: number;
  readonly cpus: number;
  readonly memoryGb: number;
  readonly diskGb: number;
};

/** facts#28: per-server CPU, memory and disk; the "Sites" column is always 1 (facts §2 item 27). */
export const SIZING_TABLE: readonly SizingRow[] = [
  { devices: 1_000, servers: 1, cpus: 4, memoryGb: 4, diskGb: 30 },
  { devices: 2_000, servers: 1, cpus: 4, memoryGb: 4, diskGb: 30 },
  { devices: 5_000, servers: 2, cpus: 8, memoryGb: 8, diskGb: 30 },
  { devices: 10_000, servers: 3, cpus: 8, memoryGb: 8, diskGb: 30 },
  { devices: 20_000, servers: 4, cpus: 8, memoryGb: 8, diskGb: 30 },
  { devices: 40_000, servers: 8, cpus: 8, memoryGb: 8, diskGb: 30 },
];

/** facts#29, facts §2 item 4: beyond the table, scale linearly at the last row's 5,000 devices per server. */
export const DEVICES_PER_SERVER_BEYOND_TABLE = 5_000;
/** facts#29: each Tunnel server supports up to 64,000 concurrent connections. */
export const MAX_CONNECTIONS_PER_SERVER = 64_000;
/** facts#32: "Current connections" turns Unhealthy above 4,990. */
export const HEALTHY_CONNECTIONS_PER_SERVER = 4_990;
/** facts#31: one server configuration's client pool supports up to 64,000 clients. */
export const MAX_CLIENTS_PER_POOL = 64_000;
/** facts §2 item 4: the table is not linear; recorded so the UI can explain it instead of hiding it. */
export const SIZING_CONTRADICTION =
  "The sizing table is not linear (1,000 and 2,000 devices get the same resources; 2,500 to 5,000 devices per server) although the text claims linear scaling and 64,000 connections per server; the health check turns Unhealthy above 4,990 connections. The plan sizes from the table and the 4,990 alert.";

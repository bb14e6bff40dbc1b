// The plan, schemaVersion 1 (plan-format §1). Every field has a default, so `planSchema.parse({})` is a full plan.
import { z } from "zod";
import { DISTRO_IDS } from "../catalog/distros";
import {
  cidrSchema,
  domainSchema,
  hostOrIpv4Schema,
  httpUrlSchema,
  ipv4Schema,
  isoDateSchema,
  noProxyEntrySchema,
  portSchema,
  subjectNameSchema,
  textSchema,
} from "./grammar";

export const SCHEMA_VERSION = 1;
/** Fallback planning date for a plan parsed without `today`; the UI and CLI pass the real date. */
export const FALLBACK_PLANNING_DATE = "2026-01-01";

const count = z.number({ error: "Enter a number" }).int("Enter a whole number").min(0, "Cannot be negative").max(10_000_000, "At most 10,000,000");
const emptyOr = <T extends z.ZodType>(schema: T) => z.union([z.literal(""), schema]);

export const INTUNE_PLANS = ["none", "plan1", "plan2", "suite"] as const;
export const VPN_MODES = ["full-device", "per-app"] as const;
export const DEVICE_PROXY_MODES = ["none", "direct", "pac"] as const;
export const CONTAINER_CHOICES = ["auto", "docker", "podman"] as const;
export const CPU_ARCHS = ["x86_64", "arm64"] as const;
export const HOSTINGS = ["on-premises", "azure", "aws", "gcp", "other-cloud"] as const;
export const ONPREM_CONNECTIVITY = ["none", "expressroute", "vpn", "direct-connect"] as const;
export const SELINUX_MODES = ["enforcing", "permissive", "disabled"] as const;
export const FIREWALLS = ["auto", "firewalld", "ufw", "nftables", "iptables", "none"] as const;
export const TLS_ISSUERS = ["public", "private"] as const;
export const TLS_FORMATS = ["pem", "pfx"] as const;
export const KEY_ALGORITHMS = ["rsa", "ecdsa"] as const;
export const REVOCATIONS = ["ocsp", "crl", "both", "none"] as const;
export const SERVER_PROXY_MODES = ["none", "http"] as const;

export const licensingSchema = z.object({
  azureSubscription: z.boolean().default(true),
  intunePlan: z.enum(INTUNE_PLANS).default("plan1"),
  tunnelForMam: z.boolean().default(false),
});

export const devicesSchema = z.object({
  ios: count.default(0),
  androidFullyManaged: count.default(0),
  androidCorporateWorkProfile: count.default(0),
  androidPersonalWorkProfile: count.default(0),
  androidDedicated: count.default(0),
  androidBelow10: count.default(0),
  connectionsPerDevice: z.number({ error: "Enter a number" }).gt(0, "Must be more than 0").max(100, "At most 100").default(1),
  peakConcurrencyPercent: z.number({ error: "Enter a number" }).min(1, "Between 1 and 100").max(100, "Between 1 and 100").default(100),
  usesGlobalSecureAccess: z.boolean().default(false),
});

export const deviceProxySchema = z
  .object({
    mode: z.enum(DEVICE_PROXY_MODES).default("none"),
    address: emptyOr(hostOrIpv4Schema).default(""),
    port: portSchema.default(8080),
    pacUrl: emptyOr(httpUrlSchema).default(""),
  })
  .superRefine((p, ctx) => {
    if (p.mode === "direct" && !p.address) ctx.addIssue({ code: "custom", path: ["address"], message: "A direct proxy needs an address" });
    if (p.mode === "pac" && !p.pacUrl) ctx.addIssue({ code: "custom", path: ["pacUrl"], message: "A PAC proxy needs the PAC file URL" });
  });

export const vpnSchema = z.object({
  mode: z.enum(VPN_MODES).default("full-device"),
  deviceProxy: deviceProxySchema.prefault({}),
});

export const siteSchema = z.object({
  name: textSchema(60).pipe(z.string().min(1, "Give the site a name")).default("Primary"),
  devices: count.nullable().default(null),
  publicAddress: emptyOr(hostOrIpv4Schema).default(""),
  port: portSchema.default(443),
  disableUdp: z.boolean().default(false),
  highAvailability: z.boolean().default(true),
  loadBalancer: z.boolean().default(false),
});

export const serverSchema = z.object({
  distro: z.enum(DISTRO_IDS).default("ubuntu-22.04"),
  container: z.enum(CONTAINER_CHOICES).default("auto"),
  rootlessPodman: z.boolean().default(false),
  cpuArch: z.enum(CPU_ARCHS).default("x86_64"),
  hosting: z.enum(HOSTINGS).default("on-premises"),
  onPremConnectivity: z.enum(ONPREM_CONNECTIVITY).default("none"),
  nics: z.union([z.literal(1), z.literal(2)], { error: "Choose 1 or 2 network interfaces" }).default(1),
  selinux: z.enum(SELINUX_MODES).default("enforcing"),
  firewall: z.enum(FIREWALLS).default("auto"),
  ssh: z
    .object({
      enabled: z.boolean().default(true),
      sourceCidrs: z.array(cidrSchema).max(200).default([]),
    })
    .prefault({}),
  auditd: z.boolean().default(true),
});

export const networkSchema = z.object({
  internalCidrs: z.array(cidrSchema).max(2000).default([]),
  clientPool: cidrSchema.default("169.254.0.0/16"),
  dnsServers: z.array(ipv4Schema).max(50).default([]),
  dnsSuffixes: z.array(domainSchema).max(200).default([]),
  splitTunnel: z
    .object({
      include: z.array(cidrSchema).max(2000).default([]),
      exclude: z.array(cidrSchema).max(2000).default([]),
    })
    .prefault({}),
  bridgeCidr: cidrSchema.nullable().default(null),
});

export const tlsSchema = z.object({
  subjectNames: z.array(subjectNameSchema).max(100).default([]),
  issuer: z.enum(TLS_ISSUERS).default("public"),
  format: z.enum(TLS_FORMATS).default("pem"),
  validityDays: z.number({ error: "Enter a number of days" }).int("Enter a whole number").min(1, "At least 1 day").max(3650, "At most 3650 days").default(397),
  keyAlgorithm: z.enum(KEY_ALGORITHMS).default("rsa"),
  keyBits: z.number({ error: "Enter a key size" }).int("Enter a whole number").min(256, "At least 256 bits").max(16384, "At most 16384 bits").default(2048),
  revocation: z.enum(REVOCATIONS).default("ocsp"),
});

export const serverProxySchema = z
  .object({
    mode: z.enum(SERVER_PROXY_MODES).default("none"),
    address: emptyOr(hostOrIpv4Schema).default(""),
    port: portSchema.default(3128),
    authenticated: z.boolean().default(false),
    tlsInspection: z.boolean().default(false),
    noProxy: z.array(noProxyEntrySchema).max(200).default(["127.0.0.1", "localhost"]),
  })
  .superRefine((p, ctx) => {
    if (p.mode === "http" && !p.address) ctx.addIssue({ code: "custom", path: ["address"], message: "An HTTP proxy needs an address" });
  });

const planObjectSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}` }).default(SCHEMA_VERSION),
  name: textSchema(120).default("Untitled plan"),
  planningDate: isoDateSchema.default(FALLBACK_PLANNING_DATE),
  licensing: licensingSchema.prefault({}),
  devices: devicesSchema.prefault({}),
  vpn: vpnSchema.prefault({}),
  sites: z.array(siteSchema).min(1, "Add at least one site").max(50, "At most 50 sites").prefault([{}]),
  server: serverSchema.prefault({}),
  network: networkSchema.prefault({}),
  tls: tlsSchema.prefault({}),
  serverProxy: serverProxySchema.prefault({}),
});

type PlanShape = z.output<typeof planObjectSchema>;

/** Total devices across the five platform counts (facts#127: dedicated counted so it gets its finding). */
export function totalDevices(devices: PlanShape["devices"]): number {
  return devices.ios + androidDevices(devices);
}

export function androidDevices(devices: PlanShape["devices"]): number {
  return devices.androidFullyManaged + devices.androidCorporateWorkProfile + devices.androidPersonalWorkProfile + devices.androidDedicated;
}

export const planSchema = planObjectSchema.superRefine((plan, ctx) => {
  const total = totalDevices(plan.devices);
  if (plan.devices.androidBelow10 > androidDevices(plan.devices)) {
    ctx.addIssue({ code: "custom", path: ["devices", "androidBelow10"], message: "Cannot exceed the number of Android devices" });
  }
  if (plan.sites.length > 1) {
    let sum = 0;
    plan.sites.forEach((site, i) => {
      if (site.devices === null) ctx.addIssue({ code: "custom", path: ["sites", i, "devices"], message: "With several sites, give each site its number of devices" });
      else sum += site.devices;
    });
    if (plan.sites.every((s) => s.devices !== null) && sum !== total) {
      ctx.addIssue({ code: "custom", path: ["sites"], message: `The sites add up to ${sum} devices but the plan has ${total}` });
    }
  }
  const seenNames = new Map<string, number>();
  const seenAddresses = new Map<string, number>();
  plan.sites.forEach((site, i) => {
    const key = site.name.toLowerCase();
    if (seenNames.has(key)) ctx.addIssue({ code: "custom", path: ["sites", i, "name"], message: `Another site is already named "${site.name}"` });
    seenNames.set(key, i);
    if (site.publicAddress) {
      if (seenAddresses.has(site.publicAddress)) ctx.addIssue({ code: "custom", path: ["sites", i, "publicAddress"], message: `Site ${seenAddresses.get(site.publicAddress)! + 1} already uses ${site.publicAddress}` });
      seenAddresses.set(site.publicAddress, i);
    }
  });
});

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Site = Plan["sites"][number];

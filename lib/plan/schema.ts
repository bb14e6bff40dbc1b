// The plan, schemaVersion 1, exactly as plan-format.md §1; option lists come from lib/catalog.
import { z } from "zod";
import { DISTRO_IDS } from "@/lib/catalog/distros";
import { EDITION_IDS, SOURCE_EDITION_ID } from "@/lib/catalog/editions/ids";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import {
  CERT_FORMATS,
  CERT_ISSUERS,
  CONTAINER_CHOICES,
  CPU_ARCHES,
  DEVICE_PROXY_MODES,
  FIREWALLS,
  HOSTINGS,
  INTUNE_PLANS,
  KEY_ALGORITHMS,
  NIC_COUNTS,
  ONPREM_CONNECTIVITY,
  REVOCATION_MODES,
  SELINUX_MODES,
  SERVER_PROXY_MODES,
  VPN_MODES,
} from "@/lib/catalog/options";
import {
  certNameSchema,
  checkHostOrIpv4,
  checkHttpUrl,
  checkPublicAddress,
  cidrSchema,
  hostnameSchema,
  ipv4Schema,
  isoDateSchema,
  nameSchema,
  noProxyEntrySchema,
  orEmpty,
  portSchema,
} from "./grammar";
import { checkPlanConsistency } from "./consistency";

export const CURRENT_SCHEMA_VERSION = 1;
/** Fixed fallback so parsing stays pure; parsePlan and the UI pass today's date instead. */
export const FALLBACK_PLANNING_DATE = "2026-11-28";
/** Upper bound on counts: far above any tenant, low enough to keep the arithmetic exact. */
const MAX_COUNT = 10_000_000;
const MAX_LIST = 2_000;

const count = z.number().int("must be a whole number").min(0, "must not be negative").max(MAX_COUNT).default(0);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST, `at most ${MAX_LIST} entries`);

export const licensingSchema = z
  .strictObject({
    azureSubscription: z.boolean().default(true),
    intunePlan: z.enum(INTUNE_PLANS).default("plan1"),
    tunnelForMam: z.boolean().default(false),
  })
  .prefault({});

export const devicesSchema = z
  .strictObject({
    ios: count,
    androidFullyManaged: count,
    androidCorporateWorkProfile: count,
    androidPersonalWorkProfile: count,
    androidDedicated: count,
    androidBelow10: count,
    // editions.md §4.12: Android 10 devices (supported by Tunnel until March 31, 2026, facts#126).
    android10: count,
    connectionsPerDevice: z.number().gt(0, "must be greater than 0").max(100).default(1),
    peakConcurrencyPercent: z.number().min(1).max(100).default(100),
    usesGlobalSecureAccess: z.boolean().default(false),
  })
  .prefault({});

export const deviceProxySchema = z
  .strictObject({
    mode: z.enum(DEVICE_PROXY_MODES).default("none"),
    address: orEmpty(checkHostOrIpv4).default(""),
    port: portSchema.default(8080),
    pacUrl: orEmpty(checkHttpUrl).default(""),
  })
  .prefault({});

export const vpnSchema = z
  .strictObject({
    mode: z.enum(VPN_MODES).default("full-device"),
    deviceProxy: deviceProxySchema,
  })
  .prefault({});

export const siteSchema = z.strictObject({
  name: nameSchema.refine((n) => n.trim() !== "", "must not be empty").default("Primary"),
  devices: z.number().int("must be a whole number").min(0).max(MAX_COUNT).nullable().default(null),
  publicAddress: orEmpty(checkPublicAddress).default(""),
  port: portSchema.default(443),
  disableUdp: z.boolean().default(false),
  highAvailability: z.boolean().default(true),
  loadBalancer: z.boolean().default(false),
});

export const sitesSchema = z.array(siteSchema).min(1, "at least one site").max(500, "at most 500 sites").prefault([{}]);

export const serverSchema = z
  .strictObject({
    distro: z.enum(DISTRO_IDS).default("ubuntu-22.04"),
    container: z.enum(CONTAINER_CHOICES).default("auto"),
    rootlessPodman: z.boolean().default(false),
    cpuArch: z.enum(CPU_ARCHES).default("x86_64"),
    hosting: z.enum(HOSTINGS).default("on-premises"),
    onPremConnectivity: z.enum(ONPREM_CONNECTIVITY).default("none"),
    nics: z.literal(NIC_COUNTS).default(1),
    selinux: z.enum(SELINUX_MODES).default("enforcing"),
    firewall: z.enum(FIREWALLS).default("auto"),
    ssh: z
      .strictObject({
        enabled: z.boolean().default(true),
        sourceCidrs: list(cidrSchema).default(() => []),
      })
      .prefault({}),
    auditd: z.boolean().default(true),
  })
  .prefault({});

export const networkSchema = z
  .strictObject({
    internalCidrs: list(cidrSchema).default(() => []),
    clientPool: cidrSchema.default("169.254.0.0/16"),
    dnsServers: list(ipv4Schema).default(() => []),
    dnsSuffixes: list(hostnameSchema).default(() => []),
    splitTunnel: z
      .strictObject({
        include: list(cidrSchema).default(() => []),
        exclude: list(cidrSchema).default(() => []),
      })
      .prefault({}),
    bridgeCidr: cidrSchema.nullable().default(null),
  })
  .prefault({});

export const tlsSchema = z
  .strictObject({
    subjectNames: list(certNameSchema).default(() => []),
    issuer: z.enum(CERT_ISSUERS).default("public"),
    format: z.enum(CERT_FORMATS).default("pem"),
    validityDays: z.number().int("must be a whole number").min(1).max(36_500).default(397),
    keyAlgorithm: z.enum(KEY_ALGORITHMS).default("rsa"),
    keyBits: z.number().int("must be a whole number").min(256).max(16_384).default(2048),
    revocation: z.enum(REVOCATION_MODES).default("ocsp"),
  })
  .prefault({});

export const serverProxySchema = z
  .strictObject({
    mode: z.enum(SERVER_PROXY_MODES).default("none"),
    address: orEmpty(checkHostOrIpv4).default(""),
    port: portSchema.default(3128),
    authenticated: z.boolean().default(false),
    tlsInspection: z.boolean().default(false),
    noProxy: list(noProxyEntrySchema).default(() => ["127.0.0.1", "localhost"]),
  })
  .prefault({});

export const planSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION).default(CURRENT_SCHEMA_VERSION),
    name: nameSchema.default(""),
    planningDate: isoDateSchema.default(FALLBACK_PLANNING_DATE),
    // plan-format §4.1: absent = the source document's edition, so older files and links report as before.
    edition: z.enum(EDITION_IDS).default(SOURCE_EDITION_ID),
    locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
    licensing: licensingSchema,
    devices: devicesSchema,
    vpn: vpnSchema,
    sites: sitesSchema,
    server: serverSchema,
    network: networkSchema,
    tls: tlsSchema,
    serverProxy: serverProxySchema,
  })
  .superRefine(checkPlanConsistency);

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Site = Plan["sites"][number];

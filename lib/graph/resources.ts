// The two Microsoft Graph (beta) resources as documented (graph-api.md §1.1, §1.2; facts#155, facts#160):
// every documented property with its type, unknown properties rejected. The request schemas are what we may
// send: the documented properties minus the read-only ones, the ones the service sets and the deprecated ones.
import { z } from "zod";

const keyValuePair = z.strictObject({ name: z.string(), value: z.string() });
/** Edm.TimeOfDay as in the Graph example, e.g. "12:01:27.3030000". */
const timeOfDay = z.string().regex(/^\d{2}:\d{2}:\d{2}(\.\d{1,7})?$/, "must be a time of day like 01:00:00.0000000");
const int32 = z.number().int().min(-2_147_483_648).max(2_147_483_647);

export const CONFIGURATION_ODATA_TYPE = "#microsoft.graph.microsoftTunnelConfiguration";
export const SITE_ODATA_TYPE = "#microsoft.graph.microsoftTunnelSite";

/** microsoftTunnelConfiguration, every documented property (graph-api.md §1.1). */
export const microsoftTunnelConfigurationSchema = z.strictObject({
  "@odata.type": z.literal(CONFIGURATION_ODATA_TYPE).optional(),
  id: z.string().optional(),
  displayName: z.string().min(1),
  description: z.string().optional(),
  network: z.string().optional(),
  ipv6Network: z.string().optional(),
  dnsServers: z.array(z.string()).optional(),
  defaultDomainSuffix: z.string().optional(),
  routesInclude: z.array(z.string()).optional(),
  routesExclude: z.array(z.string()).optional(),
  routeIncludes: z.array(z.string()).optional(),
  routeExcludes: z.array(z.string()).optional(),
  splitDNS: z.array(z.string()).optional(),
  listenPort: int32.optional(),
  advancedSettings: z.array(keyValuePair).optional(),
  lastUpdateDateTime: z.string().optional(),
  roleScopeTagIds: z.array(z.string()).optional(),
  disableUdpConnections: z.boolean().optional(),
});

/** microsoftTunnelSite, every documented property and its single-valued configuration relationship (§1.2). */
export const microsoftTunnelSiteSchema = z.strictObject({
  "@odata.type": z.literal(SITE_ODATA_TYPE).optional(),
  id: z.string().optional(),
  displayName: z.string().min(1),
  description: z.string().optional(),
  publicAddress: z.string().optional(),
  upgradeWindowUtcOffsetInMinutes: int32.optional(),
  upgradeWindowStartTime: timeOfDay.optional(),
  upgradeWindowEndTime: timeOfDay.optional(),
  upgradeAutomatically: z.boolean().optional(),
  upgradeAvailable: z.boolean().optional(),
  internalNetworkProbeUrl: z.string().optional(),
  roleScopeTagIds: z.array(z.string()).optional(),
  microsoftTunnelConfiguration: z.strictObject({ id: z.string().min(1) }).optional(),
});

/** What a create or update may carry: no id, nothing the service sets, not the deprecated routesInclude/routesExclude. */
export const configurationRequestSchema = microsoftTunnelConfigurationSchema
  .omit({ id: true, lastUpdateDateTime: true, routesInclude: true, routesExclude: true })
  .extend({ listenPort: int32.min(1).max(65535) });

export const siteRequestSchema = microsoftTunnelSiteSchema.omit({ id: true, upgradeAvailable: true });

export type ConfigurationBody = z.infer<typeof configurationRequestSchema>;
export type SiteBody = z.infer<typeof siteRequestSchema>;

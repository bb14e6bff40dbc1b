// facts#12, facts#137, facts#139, facts#140: who may configure and install Tunnel.

/** facts#139: the only role ids mst-readiness account accepts (a custom role fails the check, facts §2 item 12). */
export const READINESS_ACCEPTED_ROLES = [
  { name: "Global Administrator", id: "62e90394-69f5-4237-9190-012177145e10" },
  { name: "Intune Administrator", id: "3a2c62db-5318-420d-8d74-23affee5d9d5" },
] as const;

/** facts#140: Graph permissions for automation. */
export const GRAPH_PERMISSIONS = {
  read: "DeviceManagementConfiguration.Read.All",
  write: "DeviceManagementConfiguration.ReadWrite.All",
} as const;

/**
 * DOM id of the control for a plan field path: `server.distro` -> `field-server-distro`,
 * `sites.0.port` -> `field-sites-0-port`. Findings carry these paths; links use `#<fieldId>`.
 */
export function fieldId(path: string): string {
  const slug = path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(/[.\s]+/)
    .filter(Boolean)
    .map((part) =>
      part
        .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
        .toLowerCase()
        .replace(/[^a-z0-9-]/g, ""),
    )
    .join("-");
  return `field-${slug}`;
}

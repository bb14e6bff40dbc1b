import type { FilesContext } from "./context";
import type { GeneratedFileOut } from "./input";
import { joinLines } from "./shell";

/** README for the bundle: what each file is, the order to apply them, what to check after (facts#167). */
export function buildReadme(ctx: FilesContext, files: GeneratedFileOut[]): GeneratedFileOut {
  const has = (path: string) => files.some((f) => f.path === path);
  const bridge = ctx.bridge;
  const steps = [
    "Copy the `tunnel-planner/` folder to the server and make the scripts executable: `chmod +x tunnel-planner/*.sh`.",
    "Dry run first: `sudo ./tunnel-planner/prepare-server.sh --dry-run`, then `sudo ./tunnel-planner/prepare-server.sh`. It installs jq, loads ip_tables and tun, enables forwarding, writes the proxy files and applies the firewall. It is safe to run again.",
    ...(has("tunnel-planner/install-auditd.sh") ? ["auditd is installed by prepare-server.sh (or run `install-auditd.sh` on its own) before Microsoft Tunnel setup (facts#66)."] : []),
    ...(has("tunnel-planner/selinux-proxy-port.sh") ? ["SELinux: prepare-server.sh labels the proxy port http_port_t; `selinux-proxy-port.sh` does the same on its own (facts#111)."] : []),
    ...(has("tunnel-planner/cloud-azure-nsg.sh") ? ["Azure: run `cloud-azure-nsg.sh` from a shell with the Azure CLI (set AZ_RESOURCE_GROUP and AZ_NSG_NAME)."] : []),
    ...(has("tunnel-planner/cloud-aws-security-group.sh") ? ["AWS: run `cloud-aws-security-group.sh` from a shell with the AWS CLI (set AWS_SECURITY_GROUP_ID)."] : []),
    ...(ctx.firewall !== "none"
      ? [`The firewall step (${ctx.firewall}) drops all other inbound traffic${ctx.plan.server.ssh.enabled ? (ctx.plan.server.ssh.sourceCidrs.length > 0 ? ", SSH included unless it comes from the planned source networks" : "") : ", SSH included"}: keep a console session open while you apply it.`]
      : ["No host firewall is planned: make sure the network firewall allows only the Tunnel port (TCP and UDP) inbound (facts#87)."]),
    "Give the proxy and firewall teams `fqdn-allowlist.txt` / `.csv` / `.json` and `squid-mstunnel.conf`.",
    "Check the server: `sudo ./tunnel-planner/tunnel-preflight.sh` (add `--offline` without network probes, `--json` for machines). Fix every FAIL.",
    "Run Microsoft's readiness tool: `sudo ./mst-readiness network` and `sudo ./mst-readiness utils` (facts#145).",
    `Place the certificate (${ctx.plan.tls.format === "pfx" ? "/etc/mstunnel/private/site.pfx, facts#46" : "/etc/mstunnel/certs/site.crt with the full chain and /etc/mstunnel/private/site.key, facts#47"}) and run ${ctx.plan.server.rootlessPodman ? "`mst_rootless_mode=1 ./mstunnel-setup` (facts#165)" : "`sudo ./mstunnel-setup` (facts#168)"}.`,
    ...(bridge ? [`After setup, run \`change-bridge.sh\` to move the ${ctx.runtime} bridge to ${bridge.cidr} (facts#56).`] : []),
    ...(ctx.runtime === "podman" && ctx.proxy ? ["After setup, restart mstunnel_monitor and verify the proxy: `systemctl restart mstunnel_monitor && systemctl show mstunnel_monitor | grep http_proxy` (facts#113)."] : []),
    "Run `tunnel-preflight.sh` again: the Tunnel port should now show ocserv listening.",
  ];
  const table = files
    .filter((f) => f.path !== "tunnel-planner/README.md")
    .map((f) => `| \`${f.path}\` | ${f.purpose} |`);
  const bridgeNote = bridge
    ? bridge.reason === "custom"
      ? `The plan sets the container bridge to ${bridge.cidr}.`
      : `The default ${ctx.runtime} bridge ${ctx.defaultBridge} overlaps a planned network, so these files move it to ${bridge.cidr} (facts#55).`
    : `The default ${ctx.runtime} bridge ${ctx.defaultBridge} is kept: it overlaps no planned network.`;
  const content = joinLines([
    `# Tunnel Planner bundle: ${ctx.plan.name.replace(/[\r\n]+/g, " ")}`,
    "",
    `Server: ${ctx.report.os.distro} with ${ctx.runtime}; firewall: ${ctx.firewall}; proxy: ${ctx.proxy ? ctx.proxy.url : "none"}.`,
    bridgeNote,
    "",
    "Paths starting with `/` are the exact place of the file on the server; `prepare-server.sh` writes them for you.",
    "Files under `tunnel-planner/` are scripts and lists to copy to the server or hand to other teams.",
    "",
    "## Files",
    "",
    "| Path | What it is |",
    "| --- | --- |",
    ...table,
    "",
    "## Order",
    "",
    ...steps.map((s, i) => `${i + 1}. ${s}`),
    "",
    "## What to check after",
    "",
    "- `tunnel-preflight.sh` shows no FAIL; each WARN is understood.",
    "- From outside your network, the TCP and UDP tests the preflight prints reach the server (facts#90).",
    "- After a reboot: `lsmod | grep -e ip_tables -e tun` and `sysctl net.ipv4.ip_forward` still show the modules and `= 1` (facts#75).",
    "- In the Intune admin center, the server is Online and its health checks are Healthy (facts#169).",
  ]);
  return {
    path: "tunnel-planner/README.md",
    purpose: "Explains every file in the bundle, the order to apply them and what to check afterwards.",
    content,
  };
}

import type { FilesContext } from "./context";
import type { GeneratedFileOut } from "./input";
import { joinLines, joinScript, section } from "./shell";

export const SYSCTL_DROPIN = "/etc/sysctl.d/90-mstunnel.conf";
export const MODULES_IPTABLES = "/etc/modules-load.d/mstunnel_iptables.conf";
export const MODULES_TUN = "/etc/modules-load.d/mstunnel_tun.conf";

/** Kernel settings that must survive a reboot (facts#67–70; rootless facts#89, facts#164). */
export function sysctlLines(ctx: FilesContext): string[] {
  const lines = ["net.ipv4.ip_forward=1"];
  if (ctx.runtime === "podman" && ctx.plan.server.rootlessPodman) {
    lines.push("net.core.somaxconn=8192", "net.netfilter.nf_conntrack_acct=1", "net.netfilter.nf_conntrack_timestamp=1");
    const lowest = Math.min(...ctx.tcpPorts);
    if (lowest < 1024) lines.push(`net.ipv4.ip_unprivileged_port_start=${lowest}`);
  }
  return lines;
}

export function buildSysctl(ctx: FilesContext): GeneratedFileOut {
  const rootless = ctx.runtime === "podman" && ctx.plan.server.rootlessPodman;
  return {
    path: SYSCTL_DROPIN,
    purpose: rootless
      ? "Enables IPv4 forwarding and the rootless Podman kernel settings at every boot; apply with sysctl --system, then reboot."
      : "Enables IPv4 forwarding at every boot; apply now with sysctl --system.",
    content: joinLines([
      rootless
        ? "# facts#67, facts#69: forwarding; facts#164, facts#89: rootless Podman settings (reboot afterwards)."
        : "# facts#67, facts#69: IPv4 forwarding must be on and must survive reboots.",
      ...sysctlLines(ctx),
    ]),
  };
}

/** ip_tables and tun at boot (facts#72, facts#74, facts#76). */
export function buildModulesLoad(): GeneratedFileOut[] {
  return [
    {
      path: MODULES_IPTABLES,
      purpose: "Loads the ip_tables kernel module at every boot (RHEL 8.5+ does not load it by default).",
      content: "ip_tables\n",
    },
    {
      path: MODULES_TUN,
      purpose: "Loads the tun kernel module at every boot so ocserv can open /dev/net/tun.",
      content: "tun\n",
    },
  ];
}

/** Commands that install and start auditd for the plan's distro family (facts#63–66). */
export function auditdCommands(ctx: FilesContext): string[] {
  const install =
    ctx.pkg === "apt"
      ? "sudo apt-get install -y auditd audispd-plugins" // facts#65
      : `sudo ${ctx.pkg} install -y audit audispd-plugins`; // facts#64
  return [
    install,
    "sudo systemctl enable auditd",
    // RHEL refuses manual systemctl stop/restart of auditd; start through service works everywhere.
    "if ! systemctl is-active --quiet auditd; then sudo service auditd start; fi",
    "systemctl is-active auditd",
  ];
}

export function buildAuditdScript(ctx: FilesContext): GeneratedFileOut | null {
  if (!ctx.plan.server.auditd) return null;
  return {
    path: "tunnel-planner/install-auditd.sh",
    purpose: "Installs and starts auditd before mstunnel-setup so the Tunnel directories are audited.",
    content: joinScript(
      ["set -euo pipefail"],
      [
        section(`facts#66: install before mstunnel-setup (${ctx.pkg === "apt" ? "Ubuntu: manual install" : "RHEL family"}).`, [
          ...(ctx.pkg === "apt" ? ["sudo apt-get update"] : []),
          ...auditdCommands(ctx),
        ]),
      ],
    ),
  };
}

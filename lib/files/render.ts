import type { Translate } from "@/lib/i18n/translate";
import type { Plan } from "@/lib/plan/schema";
import type { GeneratedFile, GeneratedFileKind, Report, Setup } from "@/lib/report/types";

/** What every builder reads: the decisions (report.setup), the report parts it shows and the plan's language; never a second rule. */
export type RenderInput = { plan: Plan; report: Omit<Report, "files">; setup: Setup; t: Translate };

/** A comment line for a generated file: one line whatever the text holds, so no text can start a command. */
export function commentLine(text: string, marker = "#"): string {
  return `${marker} ${text.replace(/[\r\n\u2028\u2029]+/g, " ")}`;
}

export function file(kind: GeneratedFileKind, path: string, purpose: string, content: string): GeneratedFile {
  return { path, purpose, kind, content };
}

/** Paths on the server, named once. */
export const PATHS = {
  sysctl: "/etc/sysctl.d/90-mstunnel.conf",
  // As the seed names them: mstunnel_iptables.conf, mstunnel_tun.conf (facts#72, facts#74).
  modulesLoad: (module: string) => `/etc/modules-load.d/mstunnel_${module.replace(/_/g, "")}.conf`,
  aptProxy: "/etc/apt/apt.conf.d/90mstunnel-proxy",
  environment: "/etc/environment",
  dockerProxyDropin: "/etc/systemd/system/docker.service.d/http-proxy.conf",
  podmanProfile: "/etc/profile.d/http_proxy.sh",
  envSh: "/etc/mstunnel/env.sh",
  monitorDropin: "/etc/systemd/system/mstunnel_monitor.service.d/override.conf",
  nftRuleset: "/etc/nftables/mstunnel.nft",
  daemonJson: "/etc/docker/daemon.json",
  podmanConflist: "/etc/cni/net.d/87-podman-bridge.conflist",
  netavarkDropin: "containers.conf.d/90-mstunnel-bridge.conf",
} as const;

/** The main nftables file the distribution loads at boot. */
export function nftMainConf(setup: Setup): string {
  return setup.os.packageManager === "apt" ? "/etc/nftables.conf" : "/etc/sysconfig/nftables.conf";
}

/** dnf.conf or yum.conf: where the RHEL family's package manager reads its proxy. */
export function packageManagerConf(setup: Setup): string {
  return setup.os.packageManager === "yum" ? "/etc/yum.conf" : "/etc/dnf/dnf.conf";
}

/** Files in the bundle that are lines to add to a file the OS or the installer owns, never the whole file. */
export const addLinesPath = (target: string) => `tunnel-planner/add-lines${target}`;
/** Files to apply after mstunnel-setup (the bridge can only change after installation, facts#56). */
export const afterSetupPath = (name: string) => `tunnel-planner/after-setup/${name}`;

/** "4.9.4", "4.0 or 3.0", "5.8.2 or later": the container versions the edition lists, for a person. */
export function versionLabel(v: NonNullable<Setup["runtime"]["version"]>): string {
  return `${v.values.join(" or ")}${v.match === "at-least" ? " or later" : ""}`;
}

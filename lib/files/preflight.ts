import { probeHosts, type FilesContext } from "./context";
import type { GeneratedFileOut } from "./input";
import * as Host from "./preflight-checks";
import * as Net from "./preflight-checks-net";
import { distroCheck } from "./prepare";
import { PORT_IN_TYPE_AWK } from "./proxy";
import { joinScript, section, shellQuote, type ScriptSection } from "./shell";

const C = { ...Host, ...Net };

const FIREWALL_COMMAND = { ufw: "ufw", firewalld: "firewall-cmd", nftables: "nft", iptables: "iptables" } as const;

const array = (values: (string | number)[]) => `(${values.map(shellQuote).join(" ")})`;

/** Every plan value the checks may read, quoted once. */
function planValues(ctx: FilesContext): Record<string, string> {
  const addresses = [...new Set(ctx.plan.sites.map((s) => s.publicAddress).filter((a) => a !== ""))].sort();
  const inbound = ctx.plan.sites.flatMap((s) => {
    // A site without a public address yet gets a placeholder the user replaces.
    const host = s.publicAddress || "PUBLIC_ADDRESS";
    return [
      `nc -vz ${host} ${s.port}`,
      `openssl s_client -connect ${host}:${s.port} -servername ${host} </dev/null`,
      ...(s.disableUdp ? [] : [`nc -vzu ${host} ${s.port}`]),
    ];
  });
  return {
    plan_proxy: shellQuote(ctx.proxy?.url ?? ""),
    plan_proxy_port: shellQuote(ctx.proxy?.port ?? ""),
    plan_cpus: shellQuote(ctx.sizing.cpus),
    plan_memory_gb: shellQuote(ctx.sizing.memoryGb),
    plan_disk_gb: shellQuote(ctx.sizing.diskGb),
    // facts#25: the installer needs Podman 1.6+; facts#163: rootless needs 4.6.1+.
    plan_podman_min: shellQuote(ctx.plan.server.rootlessPodman ? "4.6.1" : "1.6"),
    plan_selinux: shellQuote(ctx.plan.server.selinux),
    plan_firewall: shellQuote(ctx.firewall),
    plan_firewall_cmd: shellQuote(ctx.firewall === "none" ? "" : FIREWALL_COMMAND[ctx.firewall]),
    plan_tcp_ports: array(ctx.tcpPorts),
    plan_udp_ports: array(ctx.udpPorts),
    plan_bridge: shellQuote(ctx.bridge?.cidr ?? ctx.defaultBridge),
    plan_client_pool: shellQuote(ctx.plan.network.clientPool),
    plan_public_addresses: array(addresses),
    plan_cert_format: shellQuote(ctx.plan.tls.format),
    // facts#38, facts#39: 398 days for public roots (iOS), 730 for private roots.
    plan_max_validity_days: shellQuote(ctx.plan.tls.issuer === "public" ? 398 : 730),
    plan_hosts: array(probeHosts(ctx)),
    inbound_tests: array(inbound),
  };
}

/** The checks for this plan, in order, each with its one-line reason. */
function checks(ctx: FilesContext): [comment: string, chunk: string][] {
  const rootless = ctx.runtime === "podman" && ctx.plan.server.rootlessPodman;
  const list: ([string, string] | null)[] = [
    ["facts#14: distribution and version as planned.", C.CHECK_OS],
    ["facts#28, facts#30, facts#33: architecture, cores, memory and disk against the sizing (the readiness tool does not check these).", C.CHECK_HARDWARE],
    rootless ? ["facts#163: rootless Podman needs 10 GB free under /home.", C.CHECK_ROOTLESS_HOME] : null,
    ctx.runtime === "docker"
      ? ["facts#17, facts#25: Docker CE 19.03 or later, and no Podman next to it.", C.CHECK_DOCKER]
      : ["facts#19, facts#25, facts#163: Podman version.", C.CHECK_PODMAN],
    ["facts#67–77: ip_tables, tun and forwarding, now and after a reboot.", C.CHECK_KERNEL],
    ctx.redHat ? ["facts#147: SELinux mode as planned.", C.CHECK_SELINUX] : null,
    ctx.selinuxProxyPort ? ["facts#111, facts#112: the proxy port must be labelled http_port_t.", C.CHECK_SELINUX_PROXY] : null,
    ctx.plan.server.auditd ? ["facts#63, facts#66: auditd installed and running.", C.CHECK_AUDITD] : null,
    ctx.firewall !== "none" ? ["facts#87, facts#88, facts#90: inbound rules for the Tunnel port (the readiness tool does not check them).", C.CHECK_FIREWALL] : null,
    ["facts#87: what listens on the Tunnel port.", C.CHECK_LISTENERS],
    ["facts#55, facts#152: container bridge and client pool against this host's routes.", C.CHECK_ROUTES],
    ["facts#36–50: certificate files, names, lifetime, key, chain and revocation URL.", C.CHECK_CERT],
    ["facts#92, facts#94, facts#97: outbound HTTPS to every planned host through the planned proxy.", C.CHECK_OUTBOUND],
    ["facts#105, facts#119: TLS break-and-inspect detection.", C.CHECK_TLS_INSPECTION],
  ];
  return list.filter((c): c is [string, string] => c !== null);
}

export function buildPreflightScript(ctx: FilesContext): GeneratedFileOut {
  const list = checks(ctx);
  const body = list.map(([, chunk]) => chunk);
  const mentions = (chunks: string[], name: string) => chunks.some((c) => new RegExp(`\\b${name}\\b`).test(c));
  const helpers = Object.entries(C.PREFLIGHT_HELPERS)
    .filter(([name]) => mentions(body, name))
    .map(([, code]) => code);
  const scanned = [...body, ...helpers, C.PREFLIGHT_END];
  const used = (name: string) => mentions(scanned, name);
  const values = Object.entries(planValues(ctx)).filter(([name]) => used(name));
  const sections: ScriptSection[] = [
    section("Plan values (quoted; written by Tunnel Planner).", values.map(([k, v]) => `${k}=${v}`)),
    section("Options and result reporting.", [C.PREFLIGHT_CORE]),
    section("Helpers used by the checks below.", helpers),
    ...(used("port_in_type") ? [section("awk: is a tcp port listed for an SELinux type?", [
            "# shellcheck disable=SC2016 # awk program, expanded by awk",
            `port_in_type=${shellQuote(PORT_IN_TYPE_AWK)}`,
          ])] : []),
    distroCheck(ctx, "report"),
    ...list.map(([comment, chunk]) => section(comment, [chunk])),
    section("Summary.", [C.PREFLIGHT_END]),
  ];
  return {
    path: "tunnel-planner/tunnel-preflight.sh",
    purpose: "Read-only check of the server against the plan (what the readiness tool checks and what it does not); --json, --offline.",
    content: joinScript(
      [
        "# Read-only check of this server against the plan. Changes nothing.",
        "# Usage: sudo ./tunnel-preflight.sh [--json] [--offline]",
        "# Prints PASS/WARN/FAIL/SKIP lines with the fix; exit status = number of FAILs (capped at 100).",
        "# No set -e: every check handles its own errors so the report always runs to the end.",
      ],
      sections,
    ),
  };
}

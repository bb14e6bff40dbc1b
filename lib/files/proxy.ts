import type { FilesContext } from "./context";
import type { GeneratedFileOut } from "./input";
import { joinLines, joinScript, section, shellQuote } from "./shell";
import { writeIni } from "./writers";

export const DOCKER_PROXY_DROPIN = "/etc/systemd/system/docker.service.d/http-proxy.conf";
export const PODMAN_PROFILE = "/etc/profile.d/http_proxy.sh";
/** awk program for `semanage port -l`: exit 0 when tcp `port` is listed (for `type`, or any type); reads all input, so no SIGPIPE. */
export const PORT_IN_TYPE_AWK =
  '$2 == "tcp" && (type == "" || $1 == type) { for (i = 3; i <= NF; i++) { gsub(",", "", $i); if ($i == port) found = 1 } } END { exit !found }';

export const MONITOR_DROPIN = "/etc/systemd/system/mstunnel_monitor.service.d/override.conf";

/** systemd Environment= value; plan values are grammar-checked hosts, so no escaping beyond the quotes. */
const env = (key: string, value: string) => `"${key}=${value}"`;

/** Docker: host variables in /etc/environment (facts#106). */
export function buildEtcEnvironment(ctx: FilesContext): GeneratedFileOut | null {
  if (ctx.runtime !== "docker" || !ctx.proxy) return null;
  const { url, noProxy } = ctx.proxy;
  return {
    path: "/etc/environment",
    purpose: "Proxy lines to add to /etc/environment so host tools (curl, apt, the readiness tool) use the proxy.",
    content: joinLines([`http_proxy=${url}`, `https_proxy=${url}`, `no_proxy=${noProxy.join(",")}`]),
  };
}

/** Docker image pulls through the proxy: systemd drop-in (facts#107, facts §2 item 10). */
export function buildDockerProxyDropin(ctx: FilesContext): GeneratedFileOut | null {
  if (ctx.runtime !== "docker" || !ctx.proxy) return null;
  const { url, noProxy } = ctx.proxy;
  return {
    path: DOCKER_PROXY_DROPIN,
    purpose: "Lets the Docker daemon pull images through the proxy; run systemctl daemon-reload and restart docker afterwards.",
    content:
      "# facts#107: Docker pulls images through the proxy; then daemon-reload and restart docker (facts §2 item 10).\n" +
      "# HTTPS_PROXY also uses http:// because the proxy is reached over plain HTTP (CONNECT).\n" +
      writeIni([
        {
          name: "Service",
          entries: [
            ["Environment", env("HTTP_PROXY", `${url}/`)],
            ["Environment", env("HTTPS_PROXY", `${url}/`)],
            ["Environment", env("NO_PROXY", noProxy.join(","))],
          ],
        },
      ]),
  };
}

/** Podman: /etc/profile.d/http_proxy.sh, read by mstunnel-setup (facts#109, facts#116). */
export function buildPodmanProfile(ctx: FilesContext): GeneratedFileOut | null {
  if (ctx.runtime !== "podman" || !ctx.proxy) return null;
  const { url, noProxy } = ctx.proxy;
  const lines = [
    "# shellcheck shell=sh",
    "# facts#109, facts#110: mstunnel-setup copies this proxy into /etc/mstunnel/env.sh.",
    `export HTTP_PROXY=${shellQuote(url)}`,
    `export HTTPS_PROXY=${shellQuote(url)}`,
    `export NO_PROXY=${shellQuote(noProxy.join(","))}`,
  ];
  if (ctx.plan.server.rootlessPodman) {
    // facts#116: the rootless service account reads the lowercase names.
    lines.push(
      `export http_proxy=${shellQuote(url)}`,
      `export https_proxy=${shellQuote(url)}`,
      `export no_proxy=${shellQuote(noProxy.join(","))}`,
    );
  }
  return {
    path: PODMAN_PROFILE,
    purpose: "Proxy for Podman and for mstunnel-setup, which copies it into /etc/mstunnel/env.sh when it exists before setup.",
    content: joinLines(lines),
  };
}

/** Lines for env.sh when the proxy is added after setup (facts#110, facts#115). */
export function buildEnvShLines(ctx: FilesContext): GeneratedFileOut | null {
  if (!ctx.proxy) return null;
  const { url } = ctx.proxy;
  return {
    path: "/etc/mstunnel/env.sh",
    purpose: "Proxy lines to append to /etc/mstunnel/env.sh only if the proxy is set after mstunnel-setup; then run mst-cli install.",
    content: joinLines([
      "# shellcheck shell=sh disable=SC2034",
      "# facts#110, facts#115: append after setup, then run: sudo mst-cli install (answer yes).",
      `HTTP_PROXY=${shellQuote(url)}`,
      `HTTPS_PROXY=${shellQuote(url)}`,
      `http_proxy=${shellQuote(url)}`,
      `https_proxy=${shellQuote(url)}`,
    ]),
  };
}

/** Podman image updates through the proxy: mstunnel_monitor drop-in (facts#113, facts#114). */
export function buildMonitorDropin(ctx: FilesContext): GeneratedFileOut | null {
  if (ctx.runtime !== "podman" || !ctx.proxy) return null;
  const { url } = ctx.proxy;
  return {
    path: MONITOR_DROPIN,
    purpose: "Same as systemctl edit --force mstunnel_monitor: lets Podman pull upgrades through the proxy (restart and verify after install).",
    content:
      "# facts#113: verify with: systemctl show mstunnel_monitor | grep http_proxy\n" +
      writeIni([
        {
          name: "Service",
          entries: [
            ["Environment", env("http_proxy", url)],
            ["Environment", env("https_proxy", url)],
          ],
        },
      ]),
  };
}

/** SELinux: allow the proxy port as http_port_t, choosing -m or -a (facts#111, facts#112). */
export function buildSelinuxScript(ctx: FilesContext): GeneratedFileOut | null {
  if (!ctx.selinuxProxyPort || !ctx.proxy) return null;
  return {
    path: "tunnel-planner/selinux-proxy-port.sh",
    purpose: `Labels proxy port ${ctx.proxy.port} as http_port_t so SELinux lets the Tunnel containers reach the proxy.`,
    content: joinScript(
      ["# facts#111: run on the RHEL server with SELinux enforcing or permissive.", "set -euo pipefail"],
      [
        section("The planned proxy port and the port lookup.", [
          `port=${shellQuote(ctx.proxy.port)}`,
          "# shellcheck disable=SC2016 # awk program, expanded by awk",
          `port_in_type=${shellQuote(PORT_IN_TYPE_AWK)}`,
          "ports=$(sudo semanage port -l)",
        ]),
        section("facts#112: already in http_port_t? Then nothing to do.", [
          `if printf '%s\\n' "$ports" | awk -v port="$port" -v type=http_port_t "$port_in_type"; then`,
          '  echo "tcp/${port} is already http_port_t"',
          "  exit 0",
          "fi",
        ]),
        section("facts#111: -m when another type owns the port (e.g. squid_port_t), -a when no type does.", [
          `if printf '%s\\n' "$ports" | awk -v port="$port" -v type= "$port_in_type"; then`,
          '  sudo semanage port -m -t http_port_t -p tcp "$port"',
          "else",
          '  sudo semanage port -a -t http_port_t -p tcp "$port"',
          "fi",
          'sudo semanage port -l | grep -w -- "http_port_t"',
        ]),
      ],
    ),
  };
}

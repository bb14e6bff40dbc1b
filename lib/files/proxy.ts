import type { Translate } from "@/lib/i18n/translate";
import type { GeneratedFile, Setup, SetupProxy } from "@/lib/report/types";
import { addLinesPath, commentLine, file, packageManagerConf, PATHS } from "./render";
import { joinLines, joinScript, section, shellQuote, type ScriptSection } from "./shell";
import { writeIni } from "./writers";

/** awk program for `semanage port -l`: exit 0 when tcp `port` is listed (for `type`, or any type); reads all input, so no SIGPIPE. */
export const PORT_IN_TYPE_AWK =
  '$2 == "tcp" && (type == "" || $1 == type) { for (i = 3; i <= NF; i++) { gsub(",", "", $i); if ($i == port) found = 1 } } END { exit !found }';

/** systemd Environment= value; plan values are grammar-checked hosts, so no escaping beyond the quotes. */
const env = (key: string, value: string) => `"${key}=${value}"`;
const noProxyOf = (p: SetupProxy) => p.noProxy.join(",");

/** Host variables for /etc/environment (facts#106): read at login and by sudo's PAM environment on Ubuntu. */
export function environmentLines(p: SetupProxy): [string, string][] {
  return [
    ["http_proxy", p.url],
    ["https_proxy", p.url],
    ["no_proxy", noProxyOf(p)],
  ];
}

/** Proxy lines of /etc/mstunnel/env.sh (facts#110, facts#162): both spellings and the plan's no-proxy list. */
export function envShLines(p: SetupProxy): [string, string][] {
  return [
    ["HTTP_PROXY", p.url],
    ["HTTPS_PROXY", p.url],
    ["NO_PROXY", noProxyOf(p)],
    ["http_proxy", p.url],
    ["https_proxy", p.url],
    ["no_proxy", noProxyOf(p)],
  ];
}

export function aptProxyContent(p: SetupProxy, t: Translate): string {
  return joinLines([
    commentLine(`facts#103: ${t("files.comment.aptProxy")}`, "//"),
    `Acquire::http::Proxy "${p.url}/";`,
    `Acquire::https::Proxy "${p.url}/";`,
  ]);
}

export function dockerProxyDropin(p: SetupProxy, t: Translate): string {
  return (
    joinLines([
      commentLine(`facts#107, facts §2 item 10: ${t("files.comment.dockerDropin")}`),
      commentLine(t("files.comment.dockerHttps")),
    ]) +
    writeIni([
      {
        name: "Service",
        entries: [
          ["Environment", env("HTTP_PROXY", `${p.url}/`)],
          ["Environment", env("HTTPS_PROXY", `${p.url}/`)],
          ["Environment", env("NO_PROXY", noProxyOf(p))],
        ],
      },
    ])
  );
}

export function podmanProfile(p: SetupProxy, rootless: boolean, t: Translate): string {
  const q = shellQuote;
  return joinLines([
    "# shellcheck shell=sh",
    commentLine(`facts#109, facts#110: ${t("files.comment.podmanProfile")}`),
    `export HTTP_PROXY=${q(p.url)}`,
    `export HTTPS_PROXY=${q(p.url)}`,
    `export NO_PROXY=${q(noProxyOf(p))}`,
    // facts#116: the rootless service account reads the lowercase names.
    ...(rootless
      ? [`export http_proxy=${q(p.url)}`, `export https_proxy=${q(p.url)}`, `export no_proxy=${q(noProxyOf(p))}`]
      : []),
  ]);
}

export function monitorDropin(p: SetupProxy, t: Translate): string {
  return (
    `${commentLine(`facts#113: ${t("files.comment.monitor")}`)}\n` +
    writeIni([
      {
        name: "Service",
        entries: [
          ["Environment", env("http_proxy", p.url)],
          ["Environment", env("https_proxy", p.url)],
          ["Environment", env("no_proxy", noProxyOf(p))],
        ],
      },
    ])
  );
}

/** The proxy files of report.setup.files, each at its place or as lines to add. */
export function buildProxyFiles(setup: Setup, t: Translate): GeneratedFile[] {
  const p = setup.proxy;
  if (!p) return [];
  const has = (id: Setup["files"][number]) => setup.files.includes(id);
  const kv = (pairs: [string, string][]) => joinLines(pairs.map(([k, v]) => `${k}=${v}`));
  return [
    ...(has("apt-proxy") ? [file("config", PATHS.aptProxy, t("files.purpose.aptProxy"), aptProxyContent(p, t))] : []),
    ...(has("package-proxy-lines")
      ? [
          file(
            "config",
            addLinesPath(packageManagerConf(setup)),
            t("files.purpose.packageProxyLines", { conf: packageManagerConf(setup) }),
            kv([["proxy", p.url]]),
          ),
        ]
      : []),
    ...(has("environment-lines")
      ? [file("config", addLinesPath(PATHS.environment), t("files.purpose.environmentLines"), kv(environmentLines(p)))]
      : []),
    ...(has("docker-proxy-dropin")
      ? [file("config", PATHS.dockerProxyDropin, t("files.purpose.dockerProxyDropin"), dockerProxyDropin(p, t))]
      : []),
    ...(has("podman-proxy-profile")
      ? [
          file(
            "config",
            PATHS.podmanProfile,
            t("files.purpose.podmanProfile"),
            podmanProfile(p, setup.runtime.rootless, t),
          ),
        ]
      : []),
    ...(has("env-sh-lines")
      ? [
          file(
            "config",
            addLinesPath(PATHS.envSh),
            t("files.purpose.envShLines"),
            joinLines([
              "# shellcheck shell=sh disable=SC2034",
              ...envShLines(p).map(([k, v]) => `${k}=${shellQuote(v)}`),
            ]),
          ),
        ]
      : []),
    ...(has("monitor-dropin")
      ? [file("config", PATHS.monitorDropin, t("files.purpose.monitorDropin"), monitorDropin(p, t))]
      : []),
  ];
}

/** SELinux: allow the proxy port as http_port_t, choosing -m or -a (facts#111, facts#112). */
export function buildSelinuxScript(setup: Setup, t: Translate): GeneratedFile | null {
  const port = setup.selinux.proxyPortLabel;
  if (port === null || !setup.files.includes("selinux-proxy-port")) return null;
  return file(
    "script",
    "tunnel-planner/selinux-proxy-port.sh",
    t("files.purpose.selinuxScript", { port: String(port) }),
    joinScript(
      [commentLine(`facts#111: ${t("files.comment.selinux")}`), "set -euo pipefail"],
      [
        section("The planned proxy port and the port lookup.", [
          `port=${shellQuote(port)}`,
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
  );
}

const write = (path: string, content: string) => `write_file ${shellQuote(path)} ${shellQuote(content)}`;
const kvLine = (path: string, [k, v]: [string, string]) =>
  `ensure_kv ${shellQuote(path)} ${shellQuote(k)} ${shellQuote(v)}`;

/**
 * Proxy first (facts#103, facts#106): before anything is downloaded, this script and the package manager use the
 * planned proxy. sudo drops exported proxy variables, so the script sets them for itself and apt/dnf get their own.
 */
export function proxyFirstSections(setup: Setup, t: Translate): ScriptSection[] {
  const p = setup.proxy;
  if (!p) return [];
  const q = shellQuote;
  const docker = setup.runtime.name === "docker";
  return [
    section(
      "facts#103, facts#106: the planned proxy for this script's own downloads (sudo dropped any exported one).",
      [
        `export http_proxy=${q(p.url)} https_proxy=${q(p.url)} no_proxy=${q(noProxyOf(p))}`,
        'export HTTP_PROXY="$http_proxy" HTTPS_PROXY="$https_proxy" NO_PROXY="$no_proxy"',
      ],
    ),
    section("The package manager uses the proxy too, before the first package is installed.", [
      setup.os.packageManager === "apt"
        ? write(PATHS.aptProxy, aptProxyContent(p, t))
        : kvLine(packageManagerConf(setup), ["proxy", p.url]),
    ]),
    docker
      ? section(
          "facts#106, facts#107: host variables, and Docker pulls through the proxy (written before Docker is installed or restarted).",
          [
            ...environmentLines(p).map((pair) => kvLine(PATHS.environment, pair)),
            "changes_before=$CHANGES",
            write(PATHS.dockerProxyDropin, dockerProxyDropin(p, t)),
            'if [ "$CHANGES" -gt "$changes_before" ]; then',
            "  run systemctl daemon-reload",
            "  if systemctl cat docker.service >/dev/null 2>&1; then run systemctl restart docker; fi",
            "fi",
          ],
        )
      : section(
          "facts#109, facts#113: Podman and mstunnel-setup read profile.d; mstunnel_monitor pulls upgrades through the proxy.",
          [
            write(PATHS.podmanProfile, podmanProfile(p, setup.runtime.rootless, t)),
            "changes_before=$CHANGES",
            write(PATHS.monitorDropin, monitorDropin(p, t)),
            'if [ "$CHANGES" -gt "$changes_before" ]; then',
            "  run systemctl daemon-reload",
            "  if systemctl cat mstunnel_monitor.service >/dev/null 2>&1; then",
            "    run systemctl restart mstunnel_monitor",
            "    # Checked only after a real restart: a dry run wrote nothing to check.",
            `    if [ "$DRY_RUN" = 0 ] && [[ $(systemctl show mstunnel_monitor -p Environment) != *http_proxy=* ]]; then fail 'mstunnel_monitor does not see the proxy' ${q(`check ${PATHS.monitorDropin}`)}; fi`,
            "  fi",
            "fi",
          ],
        ),
  ];
}

/** facts#110, facts#115: Tunnel is already installed: the proxy goes into env.sh; added → server restart, changed → mst-cli install. */
export function envShSection(setup: Setup): ScriptSection[] {
  const p = setup.proxy;
  if (!p) return [];
  return [
    section("facts#110, facts#115: setup already ran, so env.sh needs the proxy too.", [
      `if [ -f ${PATHS.envSh} ]; then`,
      `  previous_proxy=$(sed -n 's/^[[:space:]]*\\(export[[:space:]]*\\)\\{0,1\\}HTTP_PROXY=//p' ${PATHS.envSh} | tail -n 1 | tr -d "\\"'")`,
      "  changes_before=$CHANGES",
      ...envShLines(p).map((pair) => `  ${kvLine(PATHS.envSh, pair)}`),
      '  if [ "$CHANGES" -gt "$changes_before" ]; then',
      '    if [ -z "$previous_proxy" ]; then',
      "      NEXT_STEPS+=('the proxy was added after setup: run sudo mst-cli server restart (facts#110)')",
      "    else",
      '      NEXT_STEPS+=("the proxy changed from ${previous_proxy}: run sudo mst-cli install and answer yes (facts#115)")',
      "    fi",
      "  fi",
      "fi",
    ]),
  ];
}

/** facts#111, facts#112: SELinux must label the proxy port http_port_t (-m if another type owns it, -a if none). */
export function selinuxSection(setup: Setup): ScriptSection[] {
  const port = setup.selinux.proxyPortLabel;
  if (port === null) return [];
  return [
    section(
      "facts#111, facts#112: SELinux must label the proxy port http_port_t (-m if another type owns it, -a if none).",
      [
        `proxy_port=${shellQuote(port)}`,
        "# shellcheck disable=SC2016 # awk program, expanded by awk",
        `port_in_type=${shellQuote(PORT_IN_TYPE_AWK)}`,
        'ports=$(semanage port -l 2>/dev/null) || { [ "$DRY_RUN" = 1 ] || fail "semanage port -l failed" "check that SELinux tools work: semanage port -l"; ports=""; }',
        'if ! printf \'%s\\n\' "$ports" | awk -v port="$proxy_port" -v type=http_port_t "$port_in_type"; then',
        '  if printf \'%s\\n\' "$ports" | awk -v port="$proxy_port" -v type= "$port_in_type"; then',
        '    run semanage port -m -t http_port_t -p tcp "$proxy_port"',
        "  else",
        '    run semanage port -a -t http_port_t -p tcp "$proxy_port"',
        "  fi",
        "else",
        '  echo "unchanged: tcp/${proxy_port} is already http_port_t"',
        "fi",
      ],
    ),
  ];
}

import type { Translate } from "@/lib/i18n/translate";
import type { GeneratedFile, Setup, SetupSite } from "@/lib/report/types";
import { CIDR_HELPERS, siteSection, usageLine } from "./helpers";
import { VERSION_GE, VERSION_MATCHES } from "./packages";
import * as Host from "./preflight-checks";
import { checkFirewall, CHECK_LISTENERS } from "./preflight-checks-firewall";
import * as Net from "./preflight-checks-net";
import { distroCheck } from "./prepare";
import { aptProxyContent, dockerProxyDropin, environmentLines, envShLines, PORT_IN_TYPE_AWK } from "./proxy";
import { commentLine, file, nftMainConf, packageManagerConf, PATHS, versionLabel } from "./render";
import { joinScript, section, shellQuote, type ScriptSection } from "./shell";
import { MODULE_PRESENT } from "./system";

const FIREWALL_COMMAND = {
  ufw: "ufw",
  firewalld: "firewall-cmd",
  nftables: "nft",
  iptables: "iptables",
  none: "",
} as const;
const BRIDGE_DEVICES = {
  docker: ["docker0"],
  "podman-detect": ["cni-podman0", "podman0"],
  netavark: ["podman0"],
} as const;

const array = (values: readonly (string | number)[]) => `(${values.map(shellQuote).join(" ")})`;

/** Helper functions, included only when a chosen check calls them (unused functions trip shellcheck). */
const HELPERS: Record<string, string> = {
  is_root: `is_root() { [ "$(id -u)" -eq 0 ]; }`,
  cidr_overlap: `${CIDR_HELPERS}
int_to_ip() { echo "$((($1 >> 24) & 255)).$((($1 >> 16) & 255)).$((($1 >> 8) & 255)).$(($1 & 255))"; }
# 172.17.0.1/16 -> 172.17.0.0/16
cidr_network() {
  local p=\${1#*/} mask
  mask=$(((0xFFFFFFFF << (32 - p)) & 0xFFFFFFFF))
  echo "$(int_to_ip $(($(ip_to_int "\${1%/*}") & mask)))/$p"
}`,
  version_ge: VERSION_GE,
  version_matches: VERSION_MATCHES,
  module_present: MODULE_PRESENT,
  name_covers: `# True when a certificate name (exact or *.wildcard for one label) covers the address; both lower case.
name_covers() {
  local address=$1 name=$2
  [ "$name" = "$address" ] && return 0
  case $name in
    '*.'*) [ "\${address#*.}" = "\${name#\\*.}" ] && [ "\${address%%.*}" != "$address" ] && return 0 ;;
  esac
  return 1
}`,
  curl_proxy: `curl_proxy=()
if [ -n "$plan_proxy" ]; then curl_proxy=(--proxy "$plan_proxy"); fi`,
};

/** Site values: its ports, sizing, public address and the inbound tests to run from outside. */
function siteValues(s: SetupSite): string[] {
  const host = s.publicAddress || "PUBLIC_ADDRESS";
  const tests = s.tcpPorts.flatMap((p) => [
    `nc -vz ${host} ${p}`,
    `openssl s_client -connect ${host}:${p} -servername ${host} </dev/null`,
  ]);
  const udp = s.udpPorts.map((p) => `nc -vzu ${host} ${p}`);
  return [
    `site_cpus=${shellQuote(s.cpus)}; site_memory_gb=${shellQuote(s.memoryGb)}; site_disk_gb=${shellQuote(s.diskGb)}`,
    `site_addresses=${array(s.publicAddress ? [s.publicAddress] : [])}`,
    `inbound_tests=${array([...tests, ...udp])}`,
  ];
}

/** Every plan value the checks may read, quoted once. */
function planValues(setup: Setup): Record<string, string> {
  const r = setup.runtime;
  const poolFix =
    setup.clientPool === "169.254.0.0/16"
      ? "use a pool that no network here uses, in the server configuration (facts#152)"
      : "use a pool that no network here uses, e.g. 169.254.0.0/16 (facts#152)";
  return {
    plan_proxy: shellQuote(setup.proxy?.url ?? ""),
    plan_proxy_port: shellQuote(setup.proxy?.port ?? ""),
    plan_runtime: shellQuote(r.name),
    // facts#17: Docker 19.03; facts#25: the installer needs Podman 1.6+; facts#163: rootless needs 4.6.1+.
    plan_runtime_min: shellQuote(r.name === "docker" ? "19.03" : r.rootless ? "4.6.1" : "1.6"),
    plan_runtime_versions: array(r.name === "podman" ? (r.version?.values ?? []) : []),
    plan_runtime_match: shellQuote(r.version?.match ?? "exact"),
    plan_runtime_label: shellQuote(r.version ? versionLabel(r.version) : ""),
    plan_storage_path: shellQuote(r.storagePath),
    plan_modules: array(setup.modules.map((m) => m.name)),
    plan_sysctl: array(setup.sysctl.map((s) => `${s.key}=${s.value}`)),
    plan_selinux: shellQuote(setup.selinux.mode ?? ""),
    plan_firewall: shellQuote(setup.firewall.manager),
    plan_firewall_cmd: shellQuote(FIREWALL_COMMAND[setup.firewall.manager]),
    plan_other_firewalls: array(
      setup.firewall.manager === "none" ? ["firewalld", "ufw"] : setup.firewall.disableIfActive,
    ),
    plan_nft_ruleset: shellQuote(PATHS.nftRuleset),
    plan_nft_main: shellQuote(nftMainConf(setup)),
    plan_iptables_saved: shellQuote(
      setup.os.packageManager === "apt" ? "/etc/iptables/rules.v4" : "/etc/sysconfig/iptables",
    ),
    plan_bridge: shellQuote(setup.bridge.target),
    plan_bridge_devices: array(BRIDGE_DEVICES[setup.bridge.backend]),
    plan_client_pool: shellQuote(setup.clientPool),
    plan_pool_fix: shellQuote(poolFix),
    plan_cert_format: shellQuote(setup.certificate.format),
    plan_max_validity_days: shellQuote(setup.certificate.maxValidityDays),
    plan_hosts: array(setup.probeHosts),
  };
}

/** facts#106–110: each proxy file the plan writes holds the planned proxy (env.sh only once Tunnel is installed). */
function checkProxyFiles(setup: Setup, t: Translate): string {
  const p = setup.proxy!;
  const docker = setup.runtime.name === "docker";
  const [http = "", https = ""] = aptProxyContent(p, t).split("\n").slice(1, 3);
  const expected: [id: string, path: string, line: string][] = [
    ...(setup.os.packageManager === "apt"
      ? [
          ["proxy-apt", PATHS.aptProxy, https] as [string, string, string],
          ["proxy-apt-http", PATHS.aptProxy, http] as [string, string, string],
        ]
      : [["proxy-packages", packageManagerConf(setup), `proxy=${p.url}`] as [string, string, string]]),
    ...(docker
      ? [
          ...environmentLines(p).map(
            ([k, v]) => [`proxy-environment-${k}`, PATHS.environment, `${k}=${v}`] as [string, string, string],
          ),
          [
            "proxy-docker",
            PATHS.dockerProxyDropin,
            dockerProxyDropin(p, t)
              .split("\n")
              .find((l) => l.includes("HTTPS_PROXY")) ?? "",
          ] as [string, string, string],
        ]
      : [
          ["proxy-podman-profile", PATHS.podmanProfile, `export HTTPS_PROXY=${shellQuote(p.url)}`] as [
            string,
            string,
            string,
          ],
          ["proxy-monitor", PATHS.monitorDropin, `Environment="https_proxy=${p.url}"`] as [string, string, string],
        ]),
  ];
  const line = ([id, path, needle]: [string, string, string]) =>
    `if grep -qsxF -- ${shellQuote(needle)} ${shellQuote(path)}; then pass ${shellQuote(id)} ${shellQuote(`${path} sets the planned proxy`)}; else fail ${shellQuote(id)} ${shellQuote(`${path} does not set the planned proxy`)} "run prepare-server.sh (facts#106-110)"; fi`;
  const envSh = envShLines(p).find(([k]) => k === "HTTPS_PROXY")!;
  return [
    ...expected.map(line),
    `if [ -f ${PATHS.envSh} ]; then`,
    `  ${line(["proxy-env-sh", PATHS.envSh, `${envSh[0]}=${envSh[1]}`])}`,
    "fi",
  ].join("\n");
}

/** The checks for this plan, in order, each with its one-line reason. */
function checks(setup: Setup, t: Translate): [comment: string, chunk: string][] {
  const podman = setup.runtime.name === "podman";
  const list: ([string, string] | null)[] = [
    ["facts#14: distribution and version as planned.", Host.CHECK_OS],
    [
      "facts#28, facts#30, facts#33: architecture, cores, memory and the storage disk against the sizing (the readiness tool does not check these).",
      Host.CHECK_HARDWARE,
    ],
    setup.runtime.rootless
      ? ["facts#163: rootless Podman needs 10 GB free under /home.", Host.CHECK_ROOTLESS_HOME]
      : null,
    podman
      ? ["facts#14, facts#19, facts#25, facts#163: Podman, at the version the edition lists.", Host.CHECK_PODMAN]
      : ["facts#17, facts#25: Docker CE 19.03 or later, and no Podman next to it.", Host.CHECK_DOCKER],
    ["facts#71–77: the kernel modules, loaded or built in, and loaded at boot.", Host.CHECK_MODULES],
    ["facts#67–70, facts#164: the kernel settings, now and at boot.", Host.CHECK_SYSCTL],
    setup.selinux.mode !== null ? ["facts#147: SELinux mode as planned.", Host.CHECK_SELINUX] : null,
    setup.selinux.proxyPortLabel !== null
      ? ["facts#111, facts#112: the proxy port must be labelled http_port_t.", Host.CHECK_SELINUX_PROXY]
      : null,
    setup.proxy ? ["facts#106–110: the proxy files hold the planned proxy.", checkProxyFiles(setup, t)] : null,
    setup.auditd ? ["facts#63, facts#66: auditd installed and running.", Host.CHECK_AUDITD] : null,
    [
      "facts#87, facts#88, facts#90: inbound rules for the site's Tunnel port (the readiness tool does not check them).",
      checkFirewall(setup.firewall.manager),
    ],
    ["facts#87, facts#183: what listens on the Tunnel port.", CHECK_LISTENERS],
    ["facts#55, facts#152: container bridge and client pool against this host's routes.", Net.CHECK_ROUTES],
    ["facts#36–50: certificate files, names, lifetime, key, chain order and revocation URL.", Net.CHECK_CERT],
    [
      "facts#92, facts#94, facts#97: outbound HTTPS to every planned host through the planned proxy.",
      Net.CHECK_OUTBOUND,
    ],
    ["facts#105, facts#119: TLS break-and-inspect detection.", Net.CHECK_TLS_INSPECTION],
  ];
  return list.filter((c): c is [string, string] => c !== null);
}

const mentions = (chunks: string[], name: string) => chunks.some((c) => new RegExp(`\\b${name}\\b`).test(c));

export function buildPreflightScript(setup: Setup, t: Translate): GeneratedFile {
  const list = checks(setup, t);
  const body = list.map(([, chunk]) => chunk);
  const helpers = Object.entries(HELPERS)
    .filter(([name]) => mentions(body, name))
    .map(([, code]) => code);
  const scanned = [...body, ...helpers, Host.PREFLIGHT_END];
  const values = Object.entries(planValues(setup)).filter(([name]) => mentions(scanned, name));
  const sections: ScriptSection[] = [
    section(
      "Plan values (quoted; written by Tunnel Planner).",
      values.map(([k, v]) => `${k}=${v}`),
    ),
    section("Options and result reporting.", [
      `usage() { echo ${shellQuote(usageLine(setup, { name: "tunnel-preflight.sh [--json] [--offline]", dryRun: false }))}; }`,
      Host.PREFLIGHT_CORE,
    ]),
    siteSection(setup, siteValues),
    section("Helpers used by the checks below.", helpers),
    ...(mentions(body, "port_in_type")
      ? [
          section("awk: is a tcp port listed for an SELinux type?", [
            "# shellcheck disable=SC2016 # awk program, expanded by awk",
            `port_in_type=${shellQuote(PORT_IN_TYPE_AWK)}`,
          ]),
        ]
      : []),
    distroCheck(setup, "report"),
    ...list.map(([comment, chunk]) => section(comment, [chunk])),
    section("Summary.", [Host.PREFLIGHT_END]),
  ];
  return file(
    "script",
    "tunnel-planner/tunnel-preflight.sh",
    t("files.purpose.preflight"),
    joinScript(
      [
        commentLine(t("files.comment.preflight1")),
        "# Usage: sudo ./tunnel-preflight.sh [--json] [--offline] [--site NAME]",
        commentLine(t("files.comment.preflight2")),
        commentLine(t("files.comment.preflightExit")),
        commentLine(t("files.comment.preflightNoSetE")),
      ],
      sections,
    ),
  );
}

import type { FilesContext } from "./context";
import { firewallSections } from "./firewall";
import { changeHelpers, doneSection, rootCheck } from "./helpers";
import type { GeneratedFileOut } from "./input";
import { buildDockerProxyDropin, buildMonitorDropin, buildPodmanProfile, MONITOR_DROPIN, DOCKER_PROXY_DROPIN, PODMAN_PROFILE, PORT_IN_TYPE_AWK } from "./proxy";
import { joinScript, section, shellCommand, shellQuote, type ScriptSection } from "./shell";
import { SYSCTL_DROPIN, buildModulesLoad, buildSysctl } from "./system";

const run = (...words: (string | number)[]) => `run ${shellCommand(...words)}`;
const write = (file: GeneratedFileOut) => `write_file ${shellQuote(file.path)} ${shellQuote(file.content)}`;

/** Distro check against the plan; TP_OS_RELEASE may point elsewhere only in a dry run (tests). */
export function distroCheck(ctx: FilesContext, onMismatch: "fail" | "report"): ScriptSection {
  return section("facts#14: the plan was made for this distribution and version.", [
    `want_id=${shellQuote(ctx.osRelease.id)}`,
    `want_version=${shellQuote(ctx.osRelease.version)}`,
    "os_release=/etc/os-release",
    'if [ -n "${TP_OS_RELEASE:-}" ]; then',
    onMismatch === "fail"
      ? '  [ "$DRY_RUN" = 1 ] || fail "TP_OS_RELEASE is only for dry-run tests" "unset TP_OS_RELEASE"'
      : "  : # read-only script: the override is harmless",
    "  os_release=$TP_OS_RELEASE",
    "fi",
    "os_id=$(sed -n 's/^ID=//p' \"$os_release\" | tr -d '\"')",
    "os_version=$(sed -n 's/^VERSION_ID=//p' \"$os_release\" | tr -d '\"')",
    "distro_ok=0",
    'if [ "$os_id" = "$want_id" ]; then',
    '  case $os_version in "$want_version" | "$want_version".*) distro_ok=1 ;; esac',
    "fi",
    ...(onMismatch === "fail"
      ? [
          'if [ "$distro_ok" != 1 ]; then',
          '  fail "this server runs ${os_id} ${os_version}, the plan is for ${want_id} ${want_version}" "use a server with the planned distribution or change the plan and download the files again"',
          "fi",
          'echo "distribution: ${os_id} ${os_version} (as planned)"',
        ]
      : []),
  ]);
}

function packages(ctx: FilesContext): ScriptSection[] {
  const install = ctx.pkg === "apt" ? ["apt-get", "install", "-y"] : [ctx.pkg, "install", "-y"];
  const auditPkgs = ctx.pkg === "apt" ? ["auditd", "audispd-plugins"] : ["audit", "audispd-plugins"];
  const out = [
    section("facts#143: the readiness tool needs jq and curl.", [
      "missing=()",
      'for tool in jq curl; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done',
      'if [ "${#missing[@]}" -gt 0 ]; then',
      ...(ctx.pkg === "apt" ? [`  ${run("apt-get", "update")}`] : []),
      `  ${run(...install)} "\${missing[@]}"`,
      "else",
      '  echo "unchanged: jq and curl are installed"',
      "fi",
    ]),
  ];
  if (ctx.plan.server.auditd) {
    out.push(
      section("facts#63–66: auditd before mstunnel-setup so the Tunnel folders are audited.", [
        "if ! command -v auditctl >/dev/null 2>&1; then",
        ...(ctx.pkg === "apt" ? [`  ${run("apt-get", "update")}`] : []),
        `  ${run(...install, ...auditPkgs)}`,
        "fi",
        "systemctl is-enabled --quiet auditd 2>/dev/null || " + run("systemctl", "enable", "auditd"),
        "systemctl is-active --quiet auditd 2>/dev/null || " + run("service", "auditd", "start"),
      ]),
    );
  }
  return out;
}

function kernel(ctx: FilesContext): ScriptSection[] {
  return [
    section("facts#71–76: load ip_tables and tun now and at every boot.", [
      "for module in ip_tables tun; do",
      '  [ -d "/sys/module/$module" ] || run modprobe "$module"',
      "done",
      ...buildModulesLoad().map(write),
    ]),
    section("facts#67–70: IPv4 forwarding now and at every boot.", [
      write(buildSysctl(ctx)),
      '[ "$(cat /proc/sys/net/ipv4/ip_forward)" = 1 ] || ' + run("sysctl", "-w", "net.ipv4.ip_forward=1"),
      ...(ctx.runtime === "podman" && ctx.plan.server.rootlessPodman
        ? [`echo ${shellQuote(`note: rootless Podman settings in ${SYSCTL_DROPIN} take effect after a reboot (facts#164).`)}`]
        : []),
    ]),
  ];
}

function proxy(ctx: FilesContext): ScriptSection[] {
  if (!ctx.proxy) return [];
  const url = ctx.proxy.url;
  const envLines = [`HTTP_PROXY=${url}`, `HTTPS_PROXY=${url}`, `http_proxy=${url}`, `https_proxy=${url}`];
  const envSh = section("facts#110: setup already ran, so add the proxy to env.sh too (then run mst-cli install).", [
    "if [ -f /etc/mstunnel/env.sh ]; then",
    ...envLines.map((l) => `  ensure_line /etc/mstunnel/env.sh ${shellQuote(l)}`),
    '  echo "note: run sudo mst-cli install and answer yes to apply the proxy (facts#115)"',
    "fi",
  ]);
  if (ctx.runtime === "docker") {
    const dropin = buildDockerProxyDropin(ctx);
    return [
      section("facts#106: host proxy variables.", [
        `ensure_line /etc/environment ${shellQuote(`http_proxy=${url}`)}`,
        `ensure_line /etc/environment ${shellQuote(`https_proxy=${url}`)}`,
        `ensure_line /etc/environment ${shellQuote(`no_proxy=${ctx.proxy.noProxy.join(",")}`)}`,
      ]),
      section("facts#107, facts §2 item 10: Docker pulls through the proxy; reload systemd and restart Docker.", [
        "changes_before=$CHANGES",
        ...(dropin ? [write(dropin)] : []),
        'if [ "$CHANGES" -gt "$changes_before" ]; then',
        `  ${run("systemctl", "daemon-reload")}`,
        `  if systemctl cat docker.service >/dev/null 2>&1; then ${run("systemctl", "restart", "docker")}; fi`,
        "fi",
        `echo ${shellQuote(`proxy drop-in: ${DOCKER_PROXY_DROPIN}`)}`,
      ]),
      envSh,
    ];
  }
  const profile = buildPodmanProfile(ctx);
  const monitor = buildMonitorDropin(ctx);
  const out = [
    section("facts#109: Podman and mstunnel-setup read the proxy from profile.d.", [
      ...(profile ? [write(profile)] : []),
      `echo ${shellQuote(`proxy profile: ${PODMAN_PROFILE}`)}`,
    ]),
    section("facts#113, facts#114: mstunnel_monitor pulls upgrades through the proxy; restart and verify once installed.", [
      "changes_before=$CHANGES",
      ...(monitor ? [write(monitor)] : []),
      'if [ "$CHANGES" -gt "$changes_before" ]; then ' + run("systemctl", "daemon-reload") + "; fi",
      "if systemctl cat mstunnel_monitor.service >/dev/null 2>&1; then",
      `  ${run("systemctl", "restart", "mstunnel_monitor")}`,
      `  [[ $(systemctl show mstunnel_monitor -p Environment) == *http_proxy=* ]] || fail ${shellQuote(`mstunnel_monitor does not see the proxy`)} ${shellQuote(`check ${MONITOR_DROPIN}`)}`,
      "fi",
    ]),
    envSh,
  ];
  if (ctx.selinuxProxyPort) {
    out.push(
      section("facts#111, facts#112: SELinux must label the proxy port http_port_t (-m if another type owns it, -a if none).", [
        `proxy_port=${shellQuote(ctx.proxy.port)}`,
        "# shellcheck disable=SC2016 # awk program, expanded by awk",
        `port_in_type=${shellQuote(PORT_IN_TYPE_AWK)}`,
        "command -v semanage >/dev/null 2>&1 || " + run(ctx.pkg, "install", "-y", ctx.pkg === "yum" ? "policycoreutils-python" : "policycoreutils-python-utils"),
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
      ]),
    );
  }
  return out;
}

function nextSteps(ctx: FilesContext): ScriptSection {
  const setup = ctx.plan.server.rootlessPodman ? "mst_rootless_mode=1 ./mstunnel-setup" : "sudo ./mstunnel-setup";
  const steps = [
    "Next steps (this script does not install Microsoft Tunnel):",
    "  1. Run tunnel-preflight.sh and fix every FAIL.",
    "  2. Readiness tool (facts#141, facts#145): wget --output-document=mst-readiness https://aka.ms/microsofttunnelready && chmod +x mst-readiness && sudo ./mst-readiness network && sudo ./mst-readiness utils",
    ctx.plan.tls.format === "pfx"
      ? "  3. Place the TLS certificate (facts#46): /etc/mstunnel/private/site.pfx"
      : "  3. Place the TLS certificate (facts#47): full chain in /etc/mstunnel/certs/site.crt, key without password in /etc/mstunnel/private/site.key",
    `  4. Install (facts#168${ctx.plan.server.rootlessPodman ? ", facts#165" : ""}): wget --output-document=mstunnel-setup https://aka.ms/microsofttunneldownload && chmod +x mstunnel-setup && ${setup}`,
    ...(ctx.bridge ? [`  5. After setup, move the container bridge: run change-bridge.sh (facts#56).`] : []),
    ...(ctx.runtime === "podman" ? ["  6. On RHEL 8.4 or later run sudo mst-cli server restart after setup (facts#27)."] : []),
  ];
  return section("Print what to do next.", steps.map((s) => `echo ${shellQuote(s)}`));
}

export function buildPrepareScript(ctx: FilesContext): GeneratedFileOut {
  const content = joinScript(
    [
      "# Prepares this server for Microsoft Tunnel as planned. Idempotent: re-running changes nothing.",
      "# Usage: sudo ./prepare-server.sh [--dry-run]",
      "set -euo pipefail",
    ],
    [
      ...changeHelpers("usage: prepare-server.sh [--dry-run]", true),
      rootCheck(),
      distroCheck(ctx, "fail"),
      ...packages(ctx),
      ...kernel(ctx),
      ...proxy(ctx),
      ...firewallSections(ctx),
      nextSteps(ctx),
      doneSection("prepare-server", true),
    ],
  );
  return {
    path: "tunnel-planner/prepare-server.sh",
    purpose: "Applies the plan to a fresh server (packages, modules, forwarding, proxy, firewall); safe to re-run; --dry-run shows every action.",
    content,
  };
}

import type { Translate } from "@/lib/i18n/translate";
import type { GeneratedFile, Setup, SetupSite } from "@/lib/report/types";
import {
  CIDR_HELPERS,
  doneSection,
  exitCodesComment,
  fileHelpers,
  optionsSection,
  rootCheck,
  runHelpers,
  siteSection,
} from "./helpers";
import { commentLine, file, nftMainConf, PATHS } from "./render";
import { joinLines, joinScript, section, shellCommand, shellQuote, type ScriptSection } from "./shell";

/** The nftables ruleset of one site: its Tunnel ports and SSH as planned, nothing else inbound (facts#87, facts#88, facts#91). */
export function nftRuleset(setup: Setup, site: SetupSite, t: Translate): string {
  const { enabled, sources } = setup.firewall.ssh;
  const rules = [
    "ct state established,related accept",
    "ct state invalid drop",
    'iif "lo" accept',
    "# ICMP keeps path-MTU discovery working for the tunnel; ICMPv6 also carries neighbour discovery.",
    "ip protocol icmp accept",
    "meta l4proto ipv6-icmp accept",
    ...site.tcpPorts.map((p) => `tcp dport ${p} accept`),
    ...site.udpPorts.map((p) => `udp dport ${p} accept`),
    ...(enabled
      ? sources.length
        ? [`ip saddr { ${sources.join(", ")} } tcp dport 22 accept`]
        : ["tcp dport 22 accept"]
      : []),
  ];
  return joinLines([
    commentLine(`facts#87, facts#88, facts#91: ${t("files.comment.nft")}`),
    "table inet mstunnel",
    "flush table inet mstunnel",
    "table inet mstunnel {",
    "  chain input {",
    "    type filter hook input priority 0; policy drop;",
    ...rules.map((r) => `    ${r}`),
    "  }",
    "}",
  ]);
}

function sshPlanText(setup: Setup): string {
  const { enabled, sources } = setup.firewall.ssh;
  return !enabled ? "no SSH" : sources.length ? `SSH only from ${sources.join(", ")}` : "SSH from anywhere";
}

/** Stop before cutting the SSH session this script runs in: the next login would be refused. */
function sshGuard(setup: Setup): ScriptSection {
  const { enabled, sources } = setup.firewall.ssh;
  const allows = !enabled
    ? ["ssh_plan_allows() { return 1; }"]
    : sources.length === 0
      ? ["ssh_plan_allows() { return 0; }"]
      : [
          `ssh_sources=(${sources.map(shellQuote).join(" ")})`,
          "ssh_plan_allows() {",
          "  case $1 in *:*) return 1 ;; esac",
          '  for source in "${ssh_sources[@]}"; do cidr_overlap "$1" "$source" && return 0; done',
          "  return 1",
          "}",
        ];
  return section(
    "Guard: never cut the SSH session this script runs in (sudo drops SSH_CONNECTION, so read it from an ancestor).",
    [
      CIDR_HELPERS,
      "ssh_client() {",
      "  local pid=$$ found=${SSH_CONNECTION:-}",
      '  while [ -z "$found" ] && [ "${pid:-0}" -gt 1 ]; do',
      "    found=$({ tr '\\0' '\\n' < \"/proc/$pid/environ\"; } 2>/dev/null | sed -n 's/^SSH_CONNECTION=//p')",
      "    pid=$(awk '/^PPid:/ {print $2}' \"/proc/$pid/status\" 2>/dev/null)",
      "  done",
      "  printf '%s' \"${found%% *}\"",
      "}",
      ...allows,
      "ssh_from=$(ssh_client)",
      "ssh_from=${ssh_from#::ffff:}",
      `ssh_plan=${shellQuote(sshPlanText(setup))}`,
      'if [ -n "$ssh_from" ] && ! ssh_plan_allows "$ssh_from"; then',
      '  guard_message="this session comes over SSH from ${ssh_from}, which the planned firewall does not let in (${ssh_plan}); the next login would be refused"',
      '  if [ "$NO_SSH_GUARD" = 1 ]; then',
      '    echo "note: ${guard_message}; continuing (--no-ssh-guard)"',
      '  elif [ "$DRY_RUN" = 1 ]; then',
      '    echo "DRY-RUN: a real run stops here: ${guard_message}"',
      "  else",
      '    fail "$guard_message" "add ${ssh_from}\'s network to the plan\'s SSH sources and download the files again, or run from a console with --no-ssh-guard"',
      "  fi",
      "fi",
    ],
  );
}

/** Two firewall front-ends both filter: the other one keeps rejecting the Tunnel port, so it is turned off first, saying so. */
function disableOthers(setup: Setup): ScriptSection {
  const m = setup.firewall.manager;
  const why = `two firewalls both filter, and it would keep rejecting the Tunnel port; the plan chose ${m}`;
  return section("Turn off another active firewall first (its rules would still apply next to the planned one).", [
    ...(setup.firewall.disableIfActive.includes("firewalld")
      ? [
          "if systemctl is-active --quiet firewalld 2>/dev/null; then",
          `  echo ${shellQuote(`note: firewalld is active; turning it off: ${why}`)}`,
          "  run systemctl disable --now firewalld",
          "fi",
        ]
      : []),
    ...(setup.firewall.disableIfActive.includes("ufw")
      ? [
          "if command -v ufw >/dev/null 2>&1 && ufw status 2>/dev/null | grep -q '^Status: active'; then",
          `  echo ${shellQuote(`note: ufw is active; turning it off: ${why}`)}`,
          "  run ufw disable",
          "fi",
        ]
      : []),
  ]);
}

const TCP = '"${site_tcp_ports[@]}"';
const UDP = '${site_udp_ports[@]+"${site_udp_ports[@]}"}';

function ufwRules(setup: Setup): string[] {
  const { enabled, sources } = setup.firewall.ssh;
  return [
    "# Change only what differs: ufw show added lists the rules as the commands that made them.",
    "ufw_added=$(ufw show added 2>/dev/null || true)",
    'ufw_rule() { if grep -qxF -- "ufw $*" <<< "$ufw_added"; then echo "unchanged: ufw $*"; else run ufw "$@"; fi; }',
    `for port in ${TCP}; do ufw_rule allow "$port/tcp"; done`,
    `for port in ${UDP}; do ufw_rule allow "$port/udp"; done`,
    ...(enabled && sources.length === 0
      ? ["ufw_rule allow 22/tcp"]
      : [
          ...sources.map((c) => `ufw_rule allow from ${shellQuote(c)} to any port 22 proto tcp`),
          "# SSH only as planned: drop an allow-from-anywhere SSH rule.",
          "for rule in 'allow OpenSSH' 'allow 22/tcp' 'allow 22' 'allow ssh'; do",
          '  if grep -qxF -- "ufw $rule" <<< "$ufw_added"; then read -r -a words <<< "$rule"; run ufw delete "${words[@]}"; fi',
          "done",
        ]),
    "# facts#91: deny other inbound, allow outbound (a community example, not a Microsoft requirement).",
    "grep -qsx 'DEFAULT_INPUT_POLICY=\"DROP\"' /etc/default/ufw || run ufw default deny incoming",
    "grep -qsx 'DEFAULT_OUTPUT_POLICY=\"ACCEPT\"' /etc/default/ufw || run ufw default allow outgoing",
    "ufw status 2>/dev/null | grep -q '^Status: active' || run ufw --force enable",
  ];
}

function nftRules(setup: Setup): string[] {
  return [
    "nft_changes=$CHANGES",
    `write_file ${PATHS.nftRuleset} "$nft_ruleset"`,
    `if [ "$CHANGES" -gt "$nft_changes" ] || ! nft list table inet mstunnel >/dev/null 2>&1; then run nft -f ${PATHS.nftRuleset}; fi`,
    `ensure_line ${nftMainConf(setup)} ${shellQuote(`include "${PATHS.nftRuleset}"`)}`,
    "systemctl is-enabled --quiet nftables 2>/dev/null || run systemctl enable nftables",
  ];
}

function iptablesRules(setup: Setup): string[] {
  const { enabled, sources } = setup.firewall.ssh;
  const both = (...rule: (string | number)[]) => [
    `ipt iptables ${shellCommand(...rule)}`,
    `ipt ip6tables ${shellCommand(...rule)}`,
  ];
  // Inserted at the top one by one, so listed last-first: the chain then reads lo, established, ICMP, ports, SSH.
  const ssh = !enabled
    ? []
    : sources.length === 0
      ? both("-p", "tcp", "--dport", 22, "-j", "ACCEPT")
      : sources.map((c) => `ipt iptables ${shellCommand("-s", c, "-p", "tcp", "--dport", 22, "-j", "ACCEPT")}`);
  const apt = setup.os.packageManager === "apt";
  return [
    "# Insert at the top, before a stock REJECT rule (RHEL); IPv6 gets the same rules so it is not left open.",
    "IPT_CHANGED=0",
    'ipt() { local cmd=$1; shift; if "$cmd" -C INPUT "$@" 2>/dev/null; then echo "unchanged: $cmd $*"; else run "$cmd" -I INPUT 1 "$@"; IPT_CHANGED=1; fi; }',
    ...[...ssh].reverse(),
    `for port in ${UDP}; do ipt iptables -p udp --dport "$port" -j ACCEPT; ipt ip6tables -p udp --dport "$port" -j ACCEPT; done`,
    `for port in ${TCP}; do ipt iptables -p tcp --dport "$port" -j ACCEPT; ipt ip6tables -p tcp --dport "$port" -j ACCEPT; done`,
    "ipt iptables -p icmp -j ACCEPT",
    "ipt ip6tables -p ipv6-icmp -j ACCEPT",
    ...both("-m", "conntrack", "--ctstate", "ESTABLISHED,RELATED", "-j", "ACCEPT"),
    ...both("-i", "lo", "-j", "ACCEPT"),
    "for cmd in iptables ip6tables; do",
    '  if [ "$("$cmd" -S INPUT 2>/dev/null | head -n 1)" != "-P INPUT DROP" ]; then run "$cmd" -P INPUT DROP; IPT_CHANGED=1; fi',
    "done",
    "# Persist for the next boot, when something changed or the saved rules lack a planned port.",
    `saved_v4=${apt ? "/etc/iptables/rules.v4" : "/etc/sysconfig/iptables"}`,
    `saved_v6=${apt ? "/etc/iptables/rules.v6" : "/etc/sysconfig/ip6tables"}`,
    `for port in ${TCP}; do grep -qsF -- "--dport $port -j ACCEPT" "$saved_v4" "$saved_v6" || IPT_CHANGED=1; done`,
    'if [ "$IPT_CHANGED" = 1 ]; then',
    ...(apt
      ? ["  run netfilter-persistent save"]
      : ['  run sh -c "iptables-save > $saved_v4"', '  run sh -c "ip6tables-save > $saved_v6"']),
    "fi",
    ...(apt
      ? ["systemctl is-enabled --quiet netfilter-persistent 2>/dev/null || run systemctl enable netfilter-persistent"]
      : [
          'for unit in iptables ip6tables; do systemctl is-enabled --quiet "$unit" 2>/dev/null || run systemctl enable "$unit"; done',
        ]),
  ];
}

function firewalldRules(setup: Setup): string[] {
  const { enabled, sources } = setup.firewall.ssh;
  const rich = (c: string) => `rule family="ipv4" source address="${c}" service name="ssh" accept`;
  return [
    "systemctl is-active --quiet firewalld 2>/dev/null || run systemctl enable --now firewalld",
    "# The zone of the interface with the default route (else the default zone) is the one devices arrive in.",
    "fw_dev=$(ip -4 route show default 2>/dev/null | awk '{for (i = 1; i < NF; i++) if ($i == \"dev\") { print $(i + 1); exit }}')",
    'fw_zone=$(firewall-cmd --get-zone-of-interface="$fw_dev" 2>/dev/null || firewall-cmd --get-default-zone 2>/dev/null || echo public)',
    'echo "firewalld zone: ${fw_zone}"',
    "# Change only what differs, permanent and runtime each; never --reload (it drops the container runtime's rules).",
    "fw_one() {",
    "  local want=$1 kind=$2 value=$3 present=0",
    "  shift 3",
    '  if firewall-cmd "$@" "--query-$kind=$value" >/dev/null 2>&1; then present=1; fi',
    '  if [ "$want" = add ] && [ "$present" = 0 ]; then run firewall-cmd "$@" "--add-$kind=$value"',
    '  elif [ "$want" = remove ] && [ "$present" = 1 ]; then run firewall-cmd "$@" "--remove-$kind=$value"',
    '  else echo "unchanged: firewall-cmd $* $kind $value"; fi',
    "}",
    'fw_set() { fw_one "$@" --permanent --zone="$fw_zone"; fw_one "$@" --zone="$fw_zone"; }',
    `for port in ${TCP}; do fw_set add port "$port/tcp"; done`,
    `for port in ${UDP}; do fw_set add port "$port/udp"; done`,
    ...(enabled && sources.length === 0
      ? ["fw_set add service ssh"]
      : [...sources.map((c) => `fw_set add rich-rule ${shellQuote(rich(c))}`), "fw_set remove service ssh"]),
  ];
}

/** The firewall steps of prepare-server.sh and firewall.sh (facts#87, facts#88, facts#90). */
export function firewallSections(setup: Setup): ScriptSection[] {
  const m = setup.firewall.manager;
  if (m === "none") return [];
  const rules = { ufw: ufwRules, nftables: nftRules, iptables: iptablesRules, firewalld: firewalldRules }[m](setup);
  return [
    sshGuard(setup),
    disableOthers(setup),
    section(`facts#87, facts#88, facts#90: ${m}: the site's Tunnel port for TCP and UDP, SSH as planned.`, rules),
  ];
}

/** Per site: the nft ruleset the script writes (nftables only). */
export function siteFirewallValues(setup: Setup, t: Translate): (site: SetupSite) => string[] {
  return (site) =>
    setup.firewall.manager === "nftables" ? [`nft_ruleset=${shellQuote(nftRuleset(setup, site, t))}`] : [];
}

export function buildFirewallScript(setup: Setup, t: Translate): GeneratedFile | null {
  if (!setup.files.includes("firewall-script")) return null;
  const m = setup.firewall.manager;
  return file(
    "script",
    "tunnel-planner/firewall.sh",
    t("files.purpose.firewallScript", { manager: m }),
    joinScript(
      [commentLine(t("files.comment.firewall")), exitCodesComment(t), "set -euo pipefail"],
      [
        optionsSection(setup, { name: "firewall.sh", dryRun: true, sshGuard: true }),
        runHelpers(),
        fileHelpers(),
        siteSection(setup, siteFirewallValues(setup, t)),
        rootCheck(),
        ...firewallSections(setup),
        doneSection("firewall"),
      ],
    ),
  );
}

/** /etc/nftables/mstunnel.nft for a one-site plan; with several sites each site has its own under tunnel-planner/sites/. */
export function buildNftFiles(setup: Setup, t: Translate): GeneratedFile[] {
  if (!setup.files.includes("nft-ruleset")) return [];
  if (setup.sites.length === 1)
    return [file("config", PATHS.nftRuleset, t("files.purpose.nftRuleset"), nftRuleset(setup, setup.sites[0]!, t))];
  return setup.sites.map((s) =>
    file(
      "config",
      `tunnel-planner/sites/${s.key}/mstunnel.nft`,
      t("files.purpose.nftRulesetSite", { site: s.key, path: PATHS.nftRuleset }),
      nftRuleset(setup, s, t),
    ),
  );
}

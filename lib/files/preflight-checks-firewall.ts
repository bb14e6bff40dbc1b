/**
 * Static bash for the firewall and listener checks of tunnel-preflight.sh (see preflight-checks.ts): one chunk per
 * firewall manager, so the script holds only the planned one. In these template literals `\${` is a bash `${`.
 */
import type { SetupFirewall } from "@/lib/report/types";

const PORTS = `for proto in tcp udp; do
  if [ "$proto" = tcp ]; then ports=("\${site_tcp_ports[@]}"); else ports=(\${site_udp_ports[@]+"\${site_udp_ports[@]}"}); fi
  for port in \${ports[@]+"\${ports[@]}"}; do
    id="firewall-$proto-$port"
    PROTO=$(printf '%s' "$proto" | tr '[:lower:]' '[:upper:]')`;
const PORTS_END = `  done
done`;

const UFW = `if ! command -v ufw >/dev/null 2>&1; then
  fail firewall "ufw is not installed" "run prepare-server.sh or firewall.sh (facts#87)"
elif ! ufw_status=$(ufw status 2>/dev/null) || ! grep -q '^Status: active' <<< "$ufw_status"; then
  fail firewall "ufw is not active" "run prepare-server.sh or firewall.sh (facts#87)"
else
${PORTS}
    if grep -Eq "^\${port}/\${proto}[[:space:]]+ALLOW( IN)?[[:space:]]+Anywhere[[:space:]]*$" <<< "$ufw_status"; then pass "$id" "ufw allows $PROTO $port inbound"; else fail "$id" "ufw does not allow $PROTO $port inbound" "run firewall.sh (facts#87, facts#88)"; fi
${PORTS_END}
fi`;

const NFTABLES = `if ! nft_table=$(nft list table inet mstunnel 2>/dev/null); then
  fail firewall "the nftables table inet mstunnel is not loaded" "run prepare-server.sh or firewall.sh (facts#87)"
else
${PORTS}
    if grep -q "$proto dport $port accept" <<< "$nft_table"; then pass "$id" "nftables allows $PROTO $port inbound"; else fail "$id" "nftables does not allow $PROTO $port inbound" "run firewall.sh (facts#87, facts#88)"; fi
${PORTS_END}
  if grep -qsF "include \\"$plan_nft_ruleset\\"" "$plan_nft_main"; then
    pass firewall-boot "$plan_nft_main includes $plan_nft_ruleset"
  else
    fail firewall-boot "$plan_nft_main does not include $plan_nft_ruleset: the rules are gone after a reboot" "run firewall.sh (facts#87)"
  fi
fi`;

const IPTABLES = `for cmd in iptables ip6tables; do
  suffix=
  [ "$cmd" = ip6tables ] && suffix=-v6
  if ! chain=$("$cmd" -S INPUT 2>/dev/null); then
    fail "firewall$suffix" "$cmd cannot be read" "run prepare-server.sh (facts#87)"
    continue
  fi
  # A catch-all REJECT or DROP before the ACCEPT (the stock RHEL ruleset has one) still blocks the port.
  blocked_at=$(awk '/^-A INPUT -j (REJECT|DROP)/ {print NR; exit}' <<< "$chain")
${PORTS}
    at=$(awk -v re="^-A INPUT -p $proto (-m $proto )?--dport $port -j ACCEPT" '$0 ~ re {print NR; exit}' <<< "$chain")
    if [ -z "$at" ]; then
      fail "$id$suffix" "$cmd does not allow $PROTO $port inbound" "run firewall.sh (facts#87, facts#88)"
    elif [ -n "$blocked_at" ] && [ "$blocked_at" -lt "$at" ]; then
      fail "$id$suffix" "$cmd rejects everything before it allows $PROTO $port" "insert the rule above the REJECT: run firewall.sh (facts#87)"
    else
      pass "$id$suffix" "$cmd allows $PROTO $port inbound"
    fi
${PORTS_END}
done
if grep -qsF -- "--dport \${site_tcp_ports[0]} -j ACCEPT" "$plan_iptables_saved"; then
  pass firewall-boot "$plan_iptables_saved holds the rules for the next boot"
else
  fail firewall-boot "$plan_iptables_saved lacks the Tunnel rules: they are gone after a reboot" "run firewall.sh (facts#87)"
fi`;

const FIREWALLD = `if ! systemctl is-active --quiet firewalld 2>/dev/null; then
  fail firewall "firewalld is not running" "run prepare-server.sh or firewall.sh (facts#87)"
else
  fw_dev=$(ip -4 route show default 2>/dev/null | awk '{for (i = 1; i < NF; i++) if ($i == "dev") { print $(i + 1); exit }}')
  fw_zone=$(firewall-cmd --get-zone-of-interface="$fw_dev" 2>/dev/null || firewall-cmd --get-default-zone 2>/dev/null || echo public)
${PORTS}
    now=0; saved=0
    firewall-cmd --zone="$fw_zone" --query-port="$port/$proto" >/dev/null 2>&1 && now=1
    firewall-cmd --permanent --zone="$fw_zone" --query-port="$port/$proto" >/dev/null 2>&1 && saved=1
    case $now$saved in
      11) pass "$id" "firewalld zone $fw_zone allows $PROTO $port (now and permanently)" ;;
      10) fail "$id" "zone $fw_zone allows $PROTO $port now, but not in the permanent configuration: lost at the next reload or reboot" "run firewall.sh (facts#87)" ;;
      01) fail "$id" "zone $fw_zone allows $PROTO $port only in the permanent configuration: closed until a reload" "run firewall.sh, which adds it to both (facts#87)" ;;
      *) fail "$id" "zone $fw_zone does not allow $PROTO $port inbound" "run firewall.sh (facts#87, facts#88)" ;;
    esac
${PORTS_END}
fi`;

const CHECKS: Record<Exclude<SetupFirewall, "none">, string> = {
  ufw: UFW,
  nftables: NFTABLES,
  iptables: IPTABLES,
  firewalld: FIREWALLD,
};

/** Another active front-end filters too: with one planned it is a FAIL, with none planned a WARN. */
const OTHERS = `for other in "\${plan_other_firewalls[@]}"; do
  active=0
  case $other in
    firewalld) systemctl is-active --quiet firewalld 2>/dev/null && active=1 ;;
    ufw) command -v ufw >/dev/null 2>&1 && ufw status 2>/dev/null | grep -q '^Status: active' && active=1 ;;
  esac
  [ "$active" = 1 ] || continue
  if [ "$plan_firewall" = none ]; then
    warn "firewall-$other" "$other is active, and the plan has no host firewall: it may block the Tunnel port" "allow the Tunnel port in $other or turn it off (facts#87)"
  else
    fail "firewall-$other" "$other is active next to the planned $plan_firewall: both filter" "turn it off: prepare-server.sh and firewall.sh do (facts#87)"
  fi
done`;

/** facts#87, facts#88, facts#90: inbound rules for the site's Tunnel port, for the planned manager only. */
export function checkFirewall(manager: SetupFirewall): string {
  const body = manager === "none" ? "" : CHECKS[manager];
  return `# facts#90: the readiness tool never checks inbound rules.
if ! is_root; then
  warn firewall "not root: cannot read the firewall rules" "run the preflight with sudo"
else
${[body, OTHERS]
  .filter(Boolean)
  .join("\n")
  .replace(/^(?=.)/gm, "  ")}
fi`;
}

/** facts#87, facts#183: what listens on the Tunnel port; Docker shows docker-proxy, Podman conmon or rootlessport. */
export const CHECK_LISTENERS = `for port in "\${site_tcp_ports[@]}"; do
  listener=$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n 1)
  process=$(printf '%s' "$listener" | sed -n 's/.*users:(("\\([^"]*\\)".*/\\1/p')
  if [ -z "$listener" ]; then
    pass "listen-tcp-$port" "nothing listens on TCP $port yet (free for Tunnel)"
  elif [ "$process" = ocserv ]; then
    pass "listen-tcp-$port" "Tunnel (ocserv) listens on TCP $port"
  elif [[ " docker-proxy conmon rootlessport pasta slirp4netns " == *" $process "* ]]; then
    if "$plan_runtime" port mstunnel-server 2>/dev/null | grep -q ":$port$"; then
      pass "listen-tcp-$port" "the mstunnel-server container publishes TCP $port ($process)"
    else
      warn "listen-tcp-$port" "a container publishes TCP $port ($process), not visibly mstunnel-server" "check: $plan_runtime port mstunnel-server (facts#183)"
    fi
  else
    warn "listen-tcp-$port" "another service listens on TCP $port: \${process:-unknown}" "free the port or plan another one (facts#87, facts#88)"
  fi
done`;

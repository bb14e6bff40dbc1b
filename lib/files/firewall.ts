import type { FilesContext } from "./context";
import type { GeneratedFileOut } from "./input";
import { changeHelpers, doneSection, rootCheck } from "./helpers";
import { joinLines, joinScript, section, shellCommand, shellQuote, type ScriptSection } from "./shell";

export const NFT_RULESET = "/etc/nftables/mstunnel.nft";

const run = (...words: (string | number)[]) => `run ${shellCommand(...words)}`;

/** SSH sources: the plan's CIDRs, or anywhere when SSH is on without CIDRs (facts#91), or none. */
function sshSources(ctx: FilesContext): string[] | "any" | null {
  const { enabled, sourceCidrs } = ctx.plan.server.ssh;
  if (!enabled) return null;
  return sourceCidrs.length > 0 ? [...sourceCidrs].sort() : "any";
}

/** The nftables ruleset: inbound Tunnel ports and SSH only, everything else dropped (facts#87, facts#88, facts#91). */
export function nftRuleset(ctx: FilesContext): string {
  const ssh = sshSources(ctx);
  const rules = [
    "ct state established,related accept",
    "ct state invalid drop",
    'iif "lo" accept',
    "# ICMP keeps path-MTU discovery working for the tunnel.",
    "ip protocol icmp accept",
    "meta l4proto ipv6-icmp accept",
    ...ctx.tcpPorts.map((p) => `tcp dport ${p} accept`),
    ...ctx.udpPorts.map((p) => `udp dport ${p} accept`),
    ...(ssh === "any" ? ["tcp dport 22 accept"] : ssh ? [`ip saddr { ${ssh.join(", ")} } tcp dport 22 accept`] : []),
  ];
  return joinLines([
    "# facts#87, facts#88: inbound TCP and UDP on each site port; SSH only as planned; nothing else.",
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

/** Firewall commands for prepare-server.sh and firewall.sh; every command goes through run(). */
export function firewallSections(ctx: FilesContext): ScriptSection[] {
  const ssh = sshSources(ctx);
  const tcp = ctx.tcpPorts;
  const udp = ctx.udpPorts;
  const note = "facts#87, facts#88, facts#90: open the Tunnel port for TCP and UDP; SSH only from the planned sources; nothing else.";
  switch (ctx.firewall) {
    case "firewalld":
      return [
        section(note, [
          run("systemctl", "enable", "--now", "firewalld"),
          ...tcp.map((p) => run("firewall-cmd", "--permanent", `--add-port=${p}/tcp`)),
          ...udp.map((p) => run("firewall-cmd", "--permanent", `--add-port=${p}/udp`)),
          ...(ssh === "any"
            ? [run("firewall-cmd", "--permanent", "--add-service=ssh")]
            : [
                ...(ssh ?? []).map((c) =>
                  run("firewall-cmd", "--permanent", `--add-rich-rule=rule family="ipv4" source address="${c}" service name="ssh" accept`),
                ),
                run("firewall-cmd", "--permanent", "--remove-service=ssh"),
              ]),
          run("firewall-cmd", "--permanent", "--remove-service=cockpit"),
          run("firewall-cmd", "--reload"),
        ]),
      ];
    case "ufw":
      return [
        section(note, [
          ...tcp.map((p) => run("ufw", "allow", `${p}/tcp`)),
          ...udp.map((p) => run("ufw", "allow", `${p}/udp`)),
          ...(ssh === "any"
            ? [run("ufw", "allow", "22/tcp")]
            : [
                ...(ssh ?? []).map((c) => run("ufw", "allow", "from", c, "to", "any", "port", 22, "proto", "tcp")),
                "# SSH only as planned: drop an existing allow-from-anywhere SSH rule.",
                "ufw_rules=$(ufw status 2>/dev/null || true)",
                "for rule in OpenSSH 22/tcp 22; do",
                '  if grep -Eq "^${rule}[[:space:]]+ALLOW[[:space:]]+Anywhere" <<< "$ufw_rules"; then run ufw delete allow "$rule"; fi',
                "done",
              ]),
          // facts#91: deny other inbound, allow outbound.
          run("ufw", "default", "deny", "incoming"),
          run("ufw", "default", "allow", "outgoing"),
          run("ufw", "--force", "enable"),
        ]),
      ];
    case "nftables": {
      const main = ctx.redHat ? "/etc/sysconfig/nftables.conf" : "/etc/nftables.conf";
      return [
        section(note, [
          `write_file ${NFT_RULESET} ${shellQuote(nftRuleset(ctx))}`,
          run("nft", "-f", NFT_RULESET),
          `ensure_line ${main} ${shellQuote(`include "${NFT_RULESET}"`)}`,
          run("systemctl", "enable", "nftables"),
        ]),
      ];
    }
    case "iptables": {
      const allow = (...words: (string | number)[]) =>
        `iptables -C INPUT ${shellCommand(...words)} -j ACCEPT 2>/dev/null || ${run("iptables", "-A", "INPUT", ...words, "-j", "ACCEPT")}`;
      return [
        section(note, [
          allow("-i", "lo"),
          allow("-m", "conntrack", "--ctstate", "ESTABLISHED,RELATED"),
          allow("-p", "icmp"),
          ...tcp.map((p) => allow("-p", "tcp", "--dport", p)),
          ...udp.map((p) => allow("-p", "udp", "--dport", p)),
          ...(ssh === "any"
            ? [allow("-p", "tcp", "--dport", 22)]
            : (ssh ?? []).map((c) => allow("-s", c, "-p", "tcp", "--dport", 22))),
          run("iptables", "-P", "INPUT", "DROP"),
        ]),
        section("Persist the rules across reboots.", [
          ctx.pkg === "apt"
            ? run("sh", "-c", "command -v netfilter-persistent >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y iptables-persistent; netfilter-persistent save")
            : run("sh", "-c", "iptables-save > /etc/sysconfig/iptables"),
          ...(ctx.pkg === "apt"
            ? []
            : [`if systemctl cat iptables.service >/dev/null 2>&1; then ${run("systemctl", "enable", "iptables")}; else echo 'note: install iptables-services so /etc/sysconfig/iptables is loaded at boot'; fi`]),
        ]),
      ];
    }
    case "none":
      return [];
  }
}

export function buildFirewallScript(ctx: FilesContext): GeneratedFileOut | null {
  if (ctx.firewall === "none") return null;
  return {
    path: "tunnel-planner/firewall.sh",
    purpose: `Opens only the Tunnel ports (and SSH as planned) in ${ctx.firewall}; --dry-run shows the commands.`,
    content: joinScript(
      ["set -euo pipefail"],
      [
        ...changeHelpers("usage: firewall.sh [--dry-run]", ctx.firewall === "nftables"),
        rootCheck(),
        ...firewallSections(ctx),
        doneSection("firewall", ctx.firewall === "nftables"),
      ],
    ),
  };
}

export function buildNftRuleset(ctx: FilesContext): GeneratedFileOut | null {
  if (ctx.firewall !== "nftables") return null;
  return {
    path: NFT_RULESET,
    purpose: "The nftables ruleset that accepts only the Tunnel ports and planned SSH inbound; included from the main nftables config.",
    content: nftRuleset(ctx),
  };
}

/** Cloud network security rules mirroring the host firewall (facts#87, facts#90). */
export function buildCloudRules(ctx: FilesContext): GeneratedFileOut | null {
  const hosting = ctx.plan.server.hosting;
  if (hosting !== "azure" && hosting !== "aws") return null;
  const ssh = sshSources(ctx);
  const rules: { proto: "tcp" | "udp"; port: number; sources: string[] | "any" }[] = [
    ...ctx.tcpPorts.map((port) => ({ proto: "tcp" as const, port, sources: "any" as const })),
    ...ctx.udpPorts.map((port) => ({ proto: "udp" as const, port, sources: "any" as const })),
    ...(ssh ? [{ proto: "tcp" as const, port: 22, sources: ssh }] : []),
  ];
  if (hosting === "azure") {
    const lines = rules.map((r, i) =>
      [
        "az network nsg rule create",
        '--resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME"',
        shellCommand("--name", `mstunnel-${r.proto}-${r.port}`, "--priority", 300 + i * 10),
        shellCommand("--direction", "Inbound", "--access", "Allow", "--protocol", r.proto === "tcp" ? "Tcp" : "Udp"),
        shellCommand("--destination-port-ranges", r.port, "--source-address-prefixes"),
        r.sources === "any" ? "Internet" : r.sources.map((s) => shellQuote(s)).join(" "),
      ].join(" "),
    );
    return {
      path: "tunnel-planner/cloud-azure-nsg.sh",
      purpose: "Azure CLI commands that allow the Tunnel ports (and planned SSH) in the VM's network security group.",
      content: joinScript(
        ["set -euo pipefail"],
        [
          section("Set these for your subscription before running.", [
            ': "${AZ_RESOURCE_GROUP:?set AZ_RESOURCE_GROUP to the resource group of the NSG}"',
            ': "${AZ_NSG_NAME:?set AZ_NSG_NAME to the network security group of the Tunnel NIC}"',
          ]),
          section("facts#87, facts#88: inbound TCP and UDP on each site port; SSH only from the planned sources.", lines),
        ],
      ),
    };
  }
  const lines = rules.flatMap((r) =>
    (r.sources === "any" ? ["0.0.0.0/0"] : r.sources).map(
      (cidr) => `aws ec2 authorize-security-group-ingress --group-id "$AWS_SECURITY_GROUP_ID" ${shellCommand("--protocol", r.proto, "--port", r.port, "--cidr", cidr)}`,
    ),
  );
  return {
    path: "tunnel-planner/cloud-aws-security-group.sh",
    purpose: "AWS CLI commands that allow the Tunnel ports (and planned SSH) in the instance's security group.",
    content: joinScript(
      ["set -euo pipefail"],
      [
        section("Set this before running.", [
          ': "${AWS_SECURITY_GROUP_ID:?set AWS_SECURITY_GROUP_ID to the security group of the Tunnel instance}"',
        ]),
        section("facts#87, facts#88: inbound TCP and UDP on each site port; SSH only from the planned sources.", lines),
      ],
    ),
  };
}

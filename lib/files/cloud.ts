import type { Translate } from "@/lib/i18n/translate";
import type { GeneratedFile, Setup, SetupSite } from "@/lib/report/types";
import { exitCodesComment, optionsSection, siteSection } from "./helpers";
import { commentLine, file } from "./render";
import { joinScript, section, shellCommand, shellQuote, type ScriptSection } from "./shell";

type Rule = { proto: "tcp" | "udp"; port: number; sources: string[] | "internet" };

/** A site's inbound rules for the cloud: its ports from the internet, SSH only from planned sources, never from the internet. */
function siteRules(setup: Setup, site: SetupSite): Rule[] {
  const { enabled, sources } = setup.firewall.ssh;
  return [
    ...site.tcpPorts.map((port) => ({ proto: "tcp" as const, port, sources: "internet" as const })),
    ...site.udpPorts.map((port) => ({ proto: "udp" as const, port, sources: "internet" as const })),
    ...(enabled && sources.length > 0 ? [{ proto: "tcp" as const, port: 22, sources }] : []),
  ];
}

function sshNote(setup: Setup): ScriptSection {
  const { enabled, sources } = setup.firewall.ssh;
  return section("SSH is opened only from the planned source networks, never from the whole internet.", [
    enabled && sources.length === 0
      ? `echo ${shellQuote("note: SSH is planned without source networks, so no SSH rule is created; add the admin networks to the plan to get one")}`
      : `echo ${shellQuote(enabled ? `SSH from: ${sources.join(", ")}` : "SSH is not planned: no SSH rule")}`,
  ]);
}

/** Per site: the commands that create its rules, in a function the site selection calls. */
function perSite(setup: Setup, commands: (site: SetupSite) => string[]): ScriptSection {
  return section(
    "facts#87, facts#88: inbound TCP and UDP on the site's port (facts#161: one site's rules per security group).",
    [
      ...setup.sites.flatMap((s) => [
        `rules_${s.key.replace(/-/g, "_")}() {`,
        ...commands(s).map((c) => `  ${c}`),
        "}",
      ]),
      'rules_"${SITE//-/_}"',
    ],
  );
}

function azure(setup: Setup, t: Translate): GeneratedFile {
  const commands = (site: SetupSite) =>
    siteRules(setup, site).map((r, i) =>
      [
        "az network nsg rule create",
        '--resource-group "$AZ_RESOURCE_GROUP" --nsg-name "$AZ_NSG_NAME"',
        shellCommand("--name", `mstunnel-${r.proto}-${r.port}`, "--priority", 300 + i * 10),
        shellCommand("--direction", "Inbound", "--access", "Allow", "--protocol", r.proto === "tcp" ? "Tcp" : "Udp"),
        shellCommand("--destination-port-ranges", r.port, "--source-address-prefixes"),
        r.sources === "internet" ? "Internet" : r.sources.map((s) => shellQuote(s)).join(" "),
        "--output none",
      ].join(" "),
    );
  return file(
    "script",
    "tunnel-planner/cloud-azure-nsg.sh",
    t("files.purpose.cloudAzure"),
    joinScript(
      [commentLine(t("files.comment.cloudAzure")), exitCodesComment(t), "set -euo pipefail"],
      [
        optionsSection(setup, { name: "cloud-azure-nsg.sh", dryRun: false }),
        siteSection(setup),
        section("Set these for your subscription before running.", [
          ': "${AZ_RESOURCE_GROUP:?set AZ_RESOURCE_GROUP to the resource group of the NSG}"',
          ': "${AZ_NSG_NAME:?set AZ_NSG_NAME to the network security group of the Tunnel NIC}"',
        ]),
        sshNote(setup),
        perSite(setup, commands),
      ],
    ),
  );
}

function aws(setup: Setup, t: Translate): GeneratedFile {
  const commands = (site: SetupSite) =>
    siteRules(setup, site).flatMap((r) =>
      (r.sources === "internet" ? ["0.0.0.0/0"] : r.sources).map(
        (c) => `allow_in ${shellCommand("--protocol", r.proto, "--port", r.port, "--cidr", c)}`,
      ),
    );
  return file(
    "script",
    "tunnel-planner/cloud-aws-security-group.sh",
    t("files.purpose.cloudAws"),
    joinScript(
      [exitCodesComment(t), "set -euo pipefail"],
      [
        optionsSection(setup, { name: "cloud-aws-security-group.sh", dryRun: false }),
        siteSection(setup),
        section("Set this before running.", [
          ': "${AWS_SECURITY_GROUP_ID:?set AWS_SECURITY_GROUP_ID to the security group of the Tunnel instance}"',
        ]),
        section("A rule that exists already is fine: AWS answers InvalidPermission.Duplicate, so re-runs pass.", [
          "allow_in() {",
          "  local out",
          '  if out=$(aws ec2 authorize-security-group-ingress --group-id "$AWS_SECURITY_GROUP_ID" "$@" 2>&1); then',
          '    echo "added: $*"',
          "  elif [[ $out == *InvalidPermission.Duplicate* ]]; then",
          '    echo "unchanged: $*"',
          "  else",
          "    printf '%s\\n' \"$out\" >&2",
          "    exit 1",
          "  fi",
          "}",
        ]),
        sshNote(setup),
        perSite(setup, commands),
      ],
    ),
  );
}

/** Cloud network security rules mirroring the host firewall (facts#87, facts#90). */
export function buildCloudRules(setup: Setup, t: Translate): GeneratedFile[] {
  return [
    ...(setup.files.includes("cloud-azure") ? [azure(setup, t)] : []),
    ...(setup.files.includes("cloud-aws") ? [aws(setup, t)] : []),
  ];
}

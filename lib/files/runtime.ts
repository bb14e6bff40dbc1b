import type { FilesContext } from "./context";
import type { GeneratedFileOut } from "./input";
import { bipOf, gatewayOf, parseCidr, formatCidr } from "./net";
import { joinScript, section, shellQuote } from "./shell";
import { writeJson } from "./writers";

export const DAEMON_JSON = "/etc/docker/daemon.json";
export const PODMAN_CONFLIST = "/etc/cni/net.d/87-podman-bridge.conflist";

/** Docker daemon.json with `bip` = gateway address + prefix (facts#59, facts §2 item 9). */
export function buildDaemonJson(ctx: FilesContext): GeneratedFileOut | null {
  if (ctx.runtime !== "docker" || !ctx.bridge) return null;
  return {
    path: DAEMON_JSON,
    content: writeJson({ bip: bipOf(ctx.bridge.cidr) }),
    purpose: `Moves the Docker bridge to ${ctx.bridge.cidr} so it no longer hides corporate networks; merge the bip key if the file already exists.`,
  };
}

/** Podman CNI bridge with the planned subnet and gateway (facts#61, facts §2 item 8). */
export function buildPodmanConflist(ctx: FilesContext): GeneratedFileOut | null {
  if (ctx.runtime !== "podman" || !ctx.bridge) return null;
  const subnet = formatCidr(parseCidr(ctx.bridge.cidr));
  return {
    path: PODMAN_CONFLIST,
    content: writeJson({
      cniVersion: "0.4.0",
      name: "podman",
      plugins: [
        {
          type: "bridge",
          bridge: "cni-podman0",
          isGateway: true,
          ipMasq: true,
          hairpinMode: true,
          ipam: {
            type: "host-local",
            routes: [{ dst: "0.0.0.0/0" }],
            ranges: [[{ subnet, gateway: gatewayOf(subnet) }]],
          },
        },
        { type: "portmap", capabilities: { portMappings: true } },
        { type: "firewall" },
        { type: "tuning" },
      ],
    }),
    purpose: `Moves the Podman CNI bridge to ${subnet}; only for the CNI network backend (netavark: see change-bridge.sh).`,
  };
}

/** The after-install bridge change, runnable from a non-root shell (facts#56–61, facts §2 items 8–9). */
export function buildBridgeChangeScript(ctx: FilesContext): GeneratedFileOut | null {
  if (!ctx.bridge) return null;
  const subnet = formatCidr(parseCidr(ctx.bridge.cidr));
  const header = [
    `# Change the ${ctx.runtime} bridge from ${ctx.defaultBridge} to ${subnet}.`,
    "# Run AFTER mstunnel-setup (facts#56: the bridge can only be changed after installation).",
    "set -euo pipefail",
  ];
  const stop = section("facts#57: stop the Tunnel server and agent first.", [
    "sudo mst-cli server stop",
    "sudo mst-cli agent stop",
  ]);
  const start = section("facts#60: start the agent, then the server.", [
    "sudo mst-cli agent start",
    "sudo mst-cli server start",
  ]);
  if (ctx.runtime === "docker") {
    const bip = bipOf(subnet);
    return {
      path: "tunnel-planner/change-bridge.sh",
      purpose: "Moves the Docker bridge after installation: stop Tunnel, delete docker0, write daemon.json, restart Docker, start Tunnel.",
      content: joinScript(header, [
        section("bip is the gateway address plus prefix, not the network address (facts §2 item 9).", [
          `bip=${shellQuote(bip)}`,
        ]),
        stop,
        section("facts#58: delete the old bridge device.", [
          "if ip link show docker0 >/dev/null 2>&1; then sudo ip link del docker0; fi",
        ]),
        section("facts#59: set bip, keeping other keys of an existing daemon.json; sudo tee, never sudo echo > (facts §2 item 9).", [
          `if sudo test -s ${DAEMON_JSON}; then`,
          `  sudo cp -p ${DAEMON_JSON} ${DAEMON_JSON}.bak`,
          `  sudo jq --arg bip "$bip" '.bip = $bip' ${DAEMON_JSON}.bak | sudo tee ${DAEMON_JSON} >/dev/null`,
          "else",
          "  sudo mkdir -p /etc/docker",
          `  printf '{\\n  "bip": "%s"\\n}\\n' "$bip" | sudo tee ${DAEMON_JSON} >/dev/null`,
          "fi",
        ]),
        section("The docs omit the restart; Docker reads bip only at start (facts §2 item 9).", [
          "sudo systemctl restart docker",
          "ip -4 addr show docker0",
        ]),
        start,
      ]),
    };
  }
  const gateway = gatewayOf(subnet);
  return {
    path: "tunnel-planner/change-bridge.sh",
    purpose: "Moves the Podman bridge after installation, for both network backends (CNI file or netavark default_subnet).",
    content: joinScript(header, [
      section("Planned bridge subnet and gateway.", [`subnet=${shellQuote(subnet)}`, `gateway=${shellQuote(gateway)}`]),
      section("Which network backend does this Podman use? (facts §2 item 8)", [
        "# Podman 3 has no NetworkBackend field and only knows CNI.",
        "backend=$(sudo podman info --format '{{.Host.NetworkBackend}}' 2>/dev/null || echo cni)",
        'echo "Podman network backend: ${backend}"',
      ]),
      stop,
      section("facts#61: CNI keeps the bridge in 87-podman-bridge.conflist; netavark has no such file (facts §2 item 8).", [
        'if [ "$backend" = "cni" ]; then',
        "  if ip link show cni-podman0 >/dev/null 2>&1; then sudo ip link del cni-podman0; fi",
        `  sudo cp -p ${PODMAN_CONFLIST} ${PODMAN_CONFLIST}.bak`,
        `  sudo jq --arg s "$subnet" --arg g "$gateway" '(.plugins[] | select(.type == "bridge") | .ipam.ranges) = [[{subnet: $s, gateway: $g}]]' ${PODMAN_CONFLIST}.bak | sudo tee ${PODMAN_CONFLIST} >/dev/null`,
        "else",
        "  # netavark: the default network comes from containers.conf (not in Microsoft's docs, facts#62).",
        "  if ip link show podman0 >/dev/null 2>&1; then sudo ip link del podman0; fi",
        "  sudo mkdir -p /etc/containers/containers.conf.d",
        `  printf '[network]\\ndefault_subnet = "%s"\\n' "$subnet" | sudo tee /etc/containers/containers.conf.d/90-mstunnel-bridge.conf >/dev/null`,
        "fi",
      ]),
      section("Check the default network now uses the planned subnet.", [
        "sudo podman network inspect podman --format '{{range .Subnets}}{{.Subnet}} {{end}}'",
      ]),
      start,
    ]),
  };
}

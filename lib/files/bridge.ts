import type { Translate } from "@/lib/i18n/translate";
import type { GeneratedFile, Setup } from "@/lib/report/types";
import { exitCodesComment, optionsSection, rootCheck, runHelpers } from "./helpers";
import { afterSetupPath, commentLine, file, PATHS } from "./render";
import { joinLines, joinScript, section, shellQuote, type ScriptSection } from "./shell";
import { writeJson } from "./writers";

const bipOf = (b: Setup["bridge"]) => `${b.gateway}/${b.prefix}`;

function conflistTemplate(b: Setup["bridge"]): string {
  return writeJson({
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
          ranges: [[{ subnet: b.target, gateway: b.gateway }]],
        },
      },
      { type: "portmap", capabilities: { portMappings: true } },
      { type: "firewall" },
      { type: "tuning" },
    ],
  });
}

const netavarkDropin = (b: Setup["bridge"], t: Translate) =>
  joinLines([
    commentLine(`editions.md §5.3: ${t("files.comment.netavark")}`),
    "[network]",
    `default_subnet = "${b.target}"`,
  ]);

/** The bridge settings as files to apply after setup (facts#56): never at their real paths, where they would replace what is there. */
export function buildBridgeTemplates(setup: Setup, t: Translate): GeneratedFile[] {
  const b = setup.bridge;
  if (!setup.files.includes("bridge-template")) return [];
  if (b.backend === "docker") {
    return [
      file(
        "config",
        afterSetupPath("daemon.json"),
        t("files.purpose.bridgeDaemonJson", { path: PATHS.daemonJson }),
        writeJson({ bip: bipOf(b) }),
      ),
    ];
  }
  const netavark = file(
    "config",
    afterSetupPath("90-mstunnel-bridge.conf"),
    t("files.purpose.bridgeNetavark", { target: b.target }),
    netavarkDropin(b, t),
  );
  if (b.backend === "netavark") return [netavark];
  return [
    file(
      "config",
      afterSetupPath("87-podman-bridge.conflist.template"),
      t("files.purpose.bridgeConflist", { target: b.target, path: PATHS.podmanConflist }),
      conflistTemplate(b),
    ),
    netavark,
  ];
}

/** Stop Tunnel with a way back: from here on, any failure restores the backup and starts Tunnel again (facts#57, facts#60). */
function stopWithTrap(restore: string[]): ScriptSection {
  return section(
    "facts#57: stop Tunnel; a trap restores the old settings and starts Tunnel again if any later step fails.",
    [
      "backup=",
      "back_to_tunnel() {",
      "  local status=$?",
      '  if [ "$status" -ne 0 ] && [ -n "$backup" ]; then',
      '    echo "FAILED (exit $status): restoring $backup" >&2',
      ...restore.map((l) => `    ${l}`),
      "  fi",
      "  # facts#60: the agent first, then the server.",
      "  mst-cli agent start || status=1",
      "  mst-cli server start || status=1",
      '  exit "$status"',
      "}",
      'if [ "$DRY_RUN" = 0 ]; then trap back_to_tunnel EXIT; fi',
      "run mst-cli server stop",
      "run mst-cli agent stop",
    ],
  );
}

/** Back up, then replace `$1` with jq's output of the backup (`$2…` are jq's arguments). */
const JQ_EDIT = `jq_edit() {
  local path=$1
  shift
  if [ "$DRY_RUN" = 1 ]; then printf 'DRY-RUN: edit %s with jq' "$path"; printf ' %q' "$@"; printf '\\n'; return 0; fi
  backup="$path.tp-backup.$(date +%Y%m%d%H%M%S)"
  cp -p "$path" "$backup"
  jq "$@" "$backup" > "$path.tp-new" && mv "$path.tp-new" "$path"
  echo "changed: $path (backup: $backup)"
}`;

function dockerSections(b: Setup["bridge"]): ScriptSection[] {
  return [
    section("bip is the gateway address plus prefix, not the network address (facts §2 item 9).", [
      `bip=${shellQuote(bipOf(b))}`,
      "live_bip() { ip -4 -o addr show dev docker0 2>/dev/null | awk '{print $4}'; }",
      `configured_bip() { jq -r '.bip // empty' ${PATHS.daemonJson} 2>/dev/null || true; }`,
      'if [ "$(live_bip)" = "$bip" ] && [ "$(configured_bip)" = "$bip" ]; then echo "unchanged: docker0 already has $bip"; exit 0; fi',
      'command -v jq >/dev/null 2>&1 || fail "jq is missing" "run prepare-server.sh first (it installs jq)"',
      JQ_EDIT,
    ]),
    stopWithTrap([`cp -p "$backup" ${PATHS.daemonJson}`, "systemctl restart docker || true"]),
    section("facts#58: delete the old bridge device.", [
      "if ip link show docker0 >/dev/null 2>&1; then run ip link del docker0; fi",
    ]),
    section(
      "facts#59: set bip and keep the other keys of daemon.json; written by this root script, never sudo echo > (facts §2 item 9).",
      [
        `if [ -s ${PATHS.daemonJson} ]; then`,
        "  # shellcheck disable=SC2016 # a jq program, expanded by jq",
        `  jq_edit ${PATHS.daemonJson} --arg bip "$bip" '.bip = $bip'`,
        "else",
        "  run mkdir -p /etc/docker",
        `  if [ "$DRY_RUN" = 1 ]; then echo "DRY-RUN: write ${PATHS.daemonJson}"; else printf '{\\n  "bip": "%s"\\n}\\n' "$bip" > ${PATHS.daemonJson}; fi`,
        "fi",
      ],
    ),
    section("The docs omit the restart; Docker reads bip only at start (facts §2 item 9).", [
      "run systemctl restart docker",
      'if [ "$DRY_RUN" = 0 ] && [ "$(live_bip)" != "$bip" ]; then fail "docker0 has $(live_bip), not $bip" "check journalctl -u docker"; fi',
    ]),
  ];
}

function podmanSections(setup: Setup, t: Translate): ScriptSection[] {
  const b = setup.bridge;
  const rootless = setup.runtime.rootless;
  const detect = b.backend === "podman-detect";
  return [
    section("Planned subnet and gateway; Podman runs as the Tunnel account in rootless mode (facts#165).", [
      `subnet=${shellQuote(b.target)}`,
      `gateway=${shellQuote(b.gateway)}`,
      ...(rootless
        ? [
            "# facts#165: the files under /etc/mstunnel belong to the rootless service account.",
            "account=$(stat -c %U /etc/mstunnel)",
            'account_home=$(getent passwd "$account" | cut -d: -f6)',
            'as_tunnel() { runuser -u "$account" -- env XDG_RUNTIME_DIR="/run/user/$(id -u "$account")" HOME="$account_home" "$@"; }',
            'conf_dir="$account_home/.config"',
          ]
        : ['as_tunnel() { "$@"; }', "conf_dir=/etc"]),
      detect
        ? "backend=$(as_tunnel podman info --format '{{.Host.NetworkBackend}}' 2>/dev/null || echo cni)"
        : "backend=netavark # Podman 5 has no CNI (editions.md §5.3)",
      "live_subnet() { as_tunnel podman network inspect podman --format '{{range .Subnets}}{{.Subnet}} {{end}}' 2>/dev/null | awk '{print $1}'; }",
      'if [ "$(live_subnet)" = "$subnet" ]; then echo "unchanged: the Podman default network already uses $subnet"; exit 0; fi',
      'echo "Podman network backend: ${backend}"',
      'command -v jq >/dev/null 2>&1 || fail "jq is missing" "run prepare-server.sh first (it installs jq)"',
      JQ_EDIT,
    ]),
    stopWithTrap(["target=${backup%.tp-backup.*}", 'cp -p "$backup" "$target"']),
    section(
      detect
        ? "facts#61: CNI keeps the bridge in 87-podman-bridge.conflist; netavark reads containers.conf (not in Microsoft's docs, editions.md §5.3)."
        : "netavark: the default network comes from containers.conf; Microsoft documents only the CNI steps (editions.md §5.3).",
      [
        ...(detect
          ? [
              'if [ "$backend" = cni ]; then',
              ...(rootless
                ? []
                : ["  if ip link show cni-podman0 >/dev/null 2>&1; then run ip link del cni-podman0; fi"]),
              "  # shellcheck disable=SC2016 # a jq program, expanded by jq",
              `  jq_edit "$conf_dir/cni/net.d/87-podman-bridge.conflist" --arg s "$subnet" --arg g "$gateway" '(.plugins[] | select(.type == "bridge") | .ipam.ranges) = [[{subnet: $s, gateway: $g}]]'`,
              "else",
            ]
          : []),
        ...netavarkLines(b, rootless, t).map((l) => (detect ? `  ${l}` : l)),
        ...(detect ? ["fi"] : []),
      ],
    ),
    section("Check the default network now uses the planned subnet.", [
      'if [ "$DRY_RUN" = 0 ] && [ "$(live_subnet)" != "$subnet" ]; then fail "the Podman default network has $(live_subnet), not $subnet" "check podman network inspect podman"; fi',
    ]),
  ];
}

function netavarkLines(b: Setup["bridge"], rootless: boolean, t: Translate): string[] {
  return [
    "# A stored default network overrides containers.conf: edit it too.",
    rootless
      ? 'stored="$account_home/.local/share/containers/storage/networks/podman.json"'
      : "stored=/etc/containers/networks/podman.json",
    "# shellcheck disable=SC2016 # a jq program, expanded by jq",
    `if [ -f "$stored" ]; then jq_edit "$stored" --arg s "$subnet" --arg g "$gateway" '.subnets = [{subnet: $s, gateway: $g}]'; fi`,
    `dropin="$conf_dir/containers/${PATHS.netavarkDropin}"`,
    'run mkdir -p "$(dirname "$dropin")"',
    `if [ "$DRY_RUN" = 1 ]; then echo "DRY-RUN: write $dropin"; else printf '%s' ${shellQuote(netavarkDropin(b, t))} > "$dropin"; fi`,
    rootless
      ? 'run chown -R "$account:" "$conf_dir/containers"'
      : "if ip link show podman0 >/dev/null 2>&1; then run ip link del podman0; fi",
    "echo 'note: Microsoft documents the Podman bridge change only for CNI; netavark takes default_subnet from containers.conf (editions.md §5.3)'",
  ];
}

/** The after-install bridge change (facts#56–61, facts §2 items 8–9): idempotent, with a trap that restarts Tunnel on failure. */
export function buildBridgeChangeScript(setup: Setup, t: Translate): GeneratedFile | null {
  if (!setup.files.includes("change-bridge")) return null;
  const b = setup.bridge;
  const docker = b.backend === "docker";
  return file(
    "script",
    "tunnel-planner/change-bridge.sh",
    docker
      ? t("files.purpose.changeBridgeDocker")
      : t("files.purpose.changeBridgePodman", { backend: b.backend, rootless: setup.runtime.rootless ? "yes" : "no" }),
    joinScript(
      [
        commentLine(t("files.comment.changeBridge1", { runtime: docker ? "Docker" : "Podman" })),
        commentLine(`facts#56: ${t("files.comment.changeBridge2")}`),
        exitCodesComment(t),
        "set -euo pipefail",
      ],
      [
        optionsSection(setup, { name: "change-bridge.sh", dryRun: true, site: false }),
        runHelpers(),
        rootCheck(),
        ...(docker ? dockerSections(b) : podmanSections(setup, t)),
        section("Done.", ['echo "change-bridge: done"']),
      ],
    ),
  );
}

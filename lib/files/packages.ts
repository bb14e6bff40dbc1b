import type { Setup } from "@/lib/report/types";
import { versionLabel } from "./render";
import { section, shellQuote, type ScriptSection } from "./shell";

/** Version helpers shared by prepare-server.sh and the preflight. */
export const VERSION_GE = `# "1.2.3" >= "1.2"?
version_ge() {
  [ "$(printf '%s\\n%s\\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}`;
export const VERSION_MATCHES = `# One of the versions the edition names: exact (4.4.1 also matches 4.4.1.x) or at least (5.8.2+).
version_matches() {
  local have=\${1%%[!0-9.]*} match=$2 want
  shift 2
  for want in "$@"; do
    if [ "$match" = at-least ]; then
      version_ge "$have" "$want" && return 0
    elif [ "$have" = "$want" ] || [ "\${have#"$want".}" != "$have" ]; then
      return 0
    fi
  done
  return 1
}`;

function packageHelpers(setup: Setup): string[] {
  if (setup.os.packageManager === "apt") {
    return [
      "export DEBIAN_FRONTEND=noninteractive",
      "pkg_installed() { dpkg-query -W -f='${Status}' \"$1\" 2>/dev/null | grep -q 'install ok installed'; }",
      "# A fresh server may have old package lists: update once when the first try fails.",
      "pkg_install() {",
      '  if [ "$DRY_RUN" = 1 ]; then run apt-get install -y "$@"; return 0; fi',
      "  printf '+ apt-get install -y %s\\n' \"$*\"",
      '  apt-get install -y "$@" || { run apt-get update; run apt-get install -y "$@"; }',
      "}",
    ];
  }
  const pm = setup.os.packageManager;
  return ['pkg_installed() { rpm -q "$1" >/dev/null 2>&1; }', `pkg_install() { run ${pm} install -y "$@"; }`];
}

/** Missing packages only, through the proxy set up before (facts#143 readiness tools, facts#63–65 auditd, the firewall). */
export function packageSections(setup: Setup): ScriptSection[] {
  const names = setup.packages.map((p) => shellQuote(p.name)).join(" ");
  const iptablesOverUfw =
    setup.os.packageManager === "apt" && setup.packages.some((p) => p.name === "iptables-persistent");
  return [
    section(
      "facts#143, facts#63–65: install what is missing (jq and curl for the readiness tool, auditd, the planned firewall).",
      [
        ...packageHelpers(setup),
        "missing=()",
        `for pkg in ${names}; do pkg_installed "$pkg" || missing+=("$pkg"); done`,
        ...(iptablesOverUfw
          ? [
              'if [[ " ${missing[*]} " == *" iptables-persistent "* ]] && pkg_installed ufw; then',
              "  echo 'note: the plan chose iptables; installing iptables-persistent removes the ufw package (Debian and Ubuntu declare them in conflict)'",
              "  if ufw status 2>/dev/null | grep -q '^Status: active'; then run ufw disable; fi",
              "fi",
            ]
          : []),
        'if [ "${#missing[@]}" -gt 0 ]; then pkg_install "${missing[@]}"; else echo "unchanged: the planned packages are installed"; fi',
      ],
    ),
  ];
}

function installDocker(setup: Setup): string[] {
  if (setup.runtime.install === "docker-ce-yum") {
    // facts#18: the RHEL 7 Docker is too old; Docker CE with the CentOS instructions.
    return [
      "  pkg_installed yum-utils || run yum install -y yum-utils",
      "  [ -f /etc/yum.repos.d/docker-ce.repo ] || run yum-config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo",
      "  run yum install -y docker-ce docker-ce-cli containerd.io",
    ];
  }
  return [
    "  # Docker CE from Docker's repository (Ubuntu's docker.io is not Docker CE).",
    "  run install -m 0755 -d /etc/apt/keyrings",
    "  [ -s /etc/apt/keyrings/docker.asc ] || run curl -fsSL https://download.docker.com/linux/ubuntu/gpg -o /etc/apt/keyrings/docker.asc",
    "  # shellcheck source=/dev/null # the server's own os-release",
    '  write_file /etc/apt/sources.list.d/docker.list "deb [arch=$(dpkg --print-architecture) signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/ubuntu $(. /etc/os-release && echo "$VERSION_CODENAME") stable"$\'\\n\'',
    "  run apt-get update",
    "  run apt-get install -y docker-ce docker-ce-cli containerd.io",
  ];
}

/** facts#4, facts#194: the container runtime mstunnel-setup needs, installed when missing and checked against the edition. */
export function runtimeSections(setup: Setup): ScriptSection[] {
  const r = setup.runtime;
  const q = shellQuote;
  const want = r.version
    ? [
        `want_versions=(${r.version.values.map(q).join(" ")})`,
        `want_match=${q(r.version.match)}`,
        `want_label=${q(versionLabel(r.version))}`,
      ]
    : [];
  const versionCheck = (name: string, variable: string) =>
    r.version
      ? [
          `  if ! version_matches "\${${variable}:-0}" "$want_match" "\${want_versions[@]}"; then`,
          `    NEXT_STEPS+=("${name} \${${variable}:-unknown} is not the version the plan's edition lists for this release (\${want_label}); only listed versions are supported (facts#14)")`,
          "  fi",
        ]
      : [];
  if (r.name === "docker") {
    return [
      section(
        "facts#17, facts#25: Docker CE 19.03 or later, enabled at boot; Podman next to it would win the installer's choice.",
        [
          VERSION_GE,
          "if ! command -v docker >/dev/null 2>&1; then",
          ...installDocker(setup),
          "fi",
          "# Checked only when Docker is there: a dry run installed nothing.",
          "if command -v docker >/dev/null 2>&1; then",
          "  docker_version=$(docker --version | sed -n 's/^Docker version \\([0-9][0-9.]*\\).*/\\1/p')",
          '  # Docker rows name only "Docker CE": the floor is the whole version rule (facts#14, facts#17).',
          '  version_ge "${docker_version:-0}" 19.03 || fail "Docker ${docker_version:-unknown} is older than 19.03" "install Docker CE 19.03 or later (facts#17)"',
          '  echo "container runtime: Docker ${docker_version}"',
          "fi",
          "systemctl is-enabled --quiet docker 2>/dev/null || run systemctl enable --now docker",
          "if command -v podman >/dev/null 2>&1; then NEXT_STEPS+=('remove Podman: mstunnel-setup uses Podman when both are installed (facts#25)'); fi",
        ],
      ),
    ];
  }
  return [
    section(
      `facts#19, facts#25: Podman${r.podmanMajor ? ` ${r.podmanMajor}` : ""} from the distribution, checked against the edition's version (facts#14).`,
      [
        VERSION_GE,
        ...(r.version ? [VERSION_MATCHES] : []),
        ...want,
        "command -v podman >/dev/null 2>&1 || run dnf install -y podman",
        "# Checked only when Podman is there: a dry run installed nothing.",
        "if command -v podman >/dev/null 2>&1; then",
        "  podman_version=$(podman --version | awk '{print $NF}')",
        // facts#25 installer minimum; facts#163 rootless minimum.
        `  version_ge "\${podman_version%%[!0-9.]*}" ${r.rootless ? "4.6.1" : "1.6"} || fail "Podman \${podman_version} is too old" ${q(r.rootless ? "rootless Podman needs 4.6.1 or later (facts#163)" : "the installer needs Podman 1.6 or later (facts#25)")}`,
        ...versionCheck("Podman", "podman_version"),
        '  echo "container runtime: Podman ${podman_version}"',
        "fi",
        "if command -v docker >/dev/null 2>&1; then NEXT_STEPS+=('Docker is installed too: on a Podman server remove it so only the planned runtime runs (facts#25)'); fi",
      ],
    ),
  ];
}

import type { GeneratedFile, Setup } from "@/lib/report/types";
import { firewallSections, siteFirewallValues } from "./firewall";
import { doneSection, EXIT_CODES_COMMENT, fileHelpers, optionsSection, rootCheck, runHelpers, siteSection } from "./helpers";
import { packageSections, runtimeSections } from "./packages";
import { envShSection, proxyFirstSections, selinuxSection } from "./proxy";
import { file, versionLabel } from "./render";
import { joinScript, section, shellQuote, type ScriptSection } from "./shell";
import { auditdSection, kernelSections } from "./system";

/** Distro check against the plan; TP_OS_RELEASE may point elsewhere only in a dry run (tests). */
export function distroCheck(setup: Setup, onMismatch: "fail" | "report"): ScriptSection {
  return section("facts#14: the plan was made for this distribution and version.", [
    `want_id=${shellQuote(setup.os.osReleaseId)}`,
    `want_version=${shellQuote(setup.os.versionId)}`,
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

function nextSteps(): ScriptSection {
  return section("What is left to do by hand, then the order of work in README.md.", [
    'for step in ${NEXT_STEPS[@]+"${NEXT_STEPS[@]}"}; do echo "next: $step"; done',
    "echo 'next: run tunnel-preflight.sh, then follow README.md (readiness tool, certificate, mstunnel-setup)'",
  ]);
}

export function buildPrepareScript(setup: Setup): GeneratedFile {
  const content = joinScript(
    [
      "# Prepares this server for Microsoft Tunnel as planned: proxy first, then packages, the container runtime,",
      "# kernel modules and settings, auditd and the firewall. Idempotent: a second run changes nothing.",
      "# It does not install Microsoft Tunnel itself (see README.md).",
      EXIT_CODES_COMMENT,
      "set -euo pipefail",
    ],
    [
      optionsSection(setup, { name: "prepare-server.sh", dryRun: true, sshGuard: setup.firewall.manager !== "none" }),
      runHelpers(),
      fileHelpers(),
      rootCheck(),
      siteSection(setup, siteFirewallValues(setup)),
      distroCheck(setup, "fail"),
      section("Steps left for a person, printed at the end.", ["NEXT_STEPS=()"]),
      ...proxyFirstSections(setup),
      ...packageSections(setup),
      ...runtimeSections(setup),
      ...kernelSections(setup),
      ...selinuxSection(setup),
      ...auditdSection(setup),
      ...envShSection(setup),
      ...firewallSections(setup),
      nextSteps(),
      doneSection("prepare-server"),
    ],
  );
  return file(
    "script",
    "tunnel-planner/prepare-server.sh",
    "Applies the plan to a fresh server (proxy, packages, container runtime, modules, forwarding, firewall); safe to re-run; --dry-run shows every action.",
    content,
  );
}

/** What prepare-server.sh does, as the README lists it: built from the same setup as the script, so it claims nothing more. */
export function listPrepareActions(setup: Setup): string[] {
  const pkgs = setup.packages.map((p) => p.name).join(", ");
  return [
    ...(setup.proxy ? [`Sets the proxy ${setup.proxy.url} first, for itself and for ${setup.os.packageManager}${setup.runtime.name === "docker" ? ", /etc/environment and the Docker service" : ", Podman (profile.d) and mstunnel_monitor"}.`] : []),
    `Installs what is missing of: ${pkgs}.`,
    setup.runtime.name === "docker"
      ? "Installs Docker CE from Docker's repository when Docker is missing, checks it is 19.03 or later and enables it."
      : `Installs Podman when missing and checks its version${setup.runtime.version ? ` against ${versionLabel(setup.runtime.version)}` : ""}.`,
    `Loads ${setup.modules.map((m) => m.name).join(", ")} now and at boot (modules-load.d).`,
    `Sets ${setup.sysctl.map((s) => `${s.key}=${s.value}`).join(", ")} now and at boot (sysctl.d).`,
    ...(setup.selinux.proxyPortLabel !== null ? [`Labels the proxy port ${setup.selinux.proxyPortLabel} as http_port_t with semanage.`] : []),
    ...(setup.auditd ? ["Enables and starts auditd."] : []),
    ...(setup.proxy ? ["If Microsoft Tunnel is already installed, adds the proxy to /etc/mstunnel/env.sh and says which restart applies it."] : []),
    ...(setup.firewall.manager !== "none"
      ? [`Configures ${setup.firewall.manager} for the site's Tunnel port (TCP and UDP as planned) and SSH as planned, after turning off another active firewall; stops first if that would cut your SSH session.`]
      : []),
  ];
}

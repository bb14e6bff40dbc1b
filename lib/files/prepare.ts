import type { Translate } from "@/lib/i18n/translate";
import type { GeneratedFile, Setup } from "@/lib/report/types";
import { firewallSections, siteFirewallValues } from "./firewall";
import {
  doneSection,
  exitCodesComment,
  fileHelpers,
  optionsSection,
  rootCheck,
  runHelpers,
  siteSection,
} from "./helpers";
import { packageSections, runtimeSections } from "./packages";
import { envShSection, proxyFirstSections, selinuxSection } from "./proxy";
import { commentLine, file, versionLabel } from "./render";
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

export function buildPrepareScript(setup: Setup, t: Translate): GeneratedFile {
  const content = joinScript(
    [
      commentLine(t("files.comment.prepare1")),
      commentLine(t("files.comment.prepare2")),
      commentLine(t("files.comment.prepare3")),
      exitCodesComment(t),
      "set -euo pipefail",
    ],
    [
      optionsSection(setup, { name: "prepare-server.sh", dryRun: true, sshGuard: setup.firewall.manager !== "none" }),
      runHelpers(),
      fileHelpers(),
      // A usage error (no or unknown --site) answers before the root check, so it is always exit 2.
      siteSection(setup, siteFirewallValues(setup, t)),
      rootCheck(),
      distroCheck(setup, "fail"),
      section("Steps left for a person, printed at the end.", ["NEXT_STEPS=()"]),
      ...proxyFirstSections(setup, t),
      ...packageSections(setup),
      ...runtimeSections(setup),
      ...kernelSections(setup, t),
      ...selinuxSection(setup),
      ...auditdSection(setup),
      ...envShSection(setup),
      ...firewallSections(setup),
      nextSteps(),
      doneSection("prepare-server"),
    ],
  );
  return file("script", "tunnel-planner/prepare-server.sh", t("files.purpose.prepareServer"), content);
}

/** What prepare-server.sh does, as the README lists it: built from the same setup as the script, so it claims nothing more. */
export function listPrepareActions(setup: Setup, t: Translate): string[] {
  const code = (text: string) => `\`${text}\``;
  return [
    ...(setup.proxy
      ? [
          t("files.readme.actionProxy", {
            url: code(setup.proxy.url),
            packageManager: setup.os.packageManager,
            runtime: setup.runtime.name,
          }),
        ]
      : []),
    t("files.readme.actionPackages", { packages: setup.packages.map((p) => code(p.name)).join(", ") }),
    setup.runtime.name === "docker"
      ? t("files.readme.actionDocker")
      : t("files.readme.actionPodman", {
          versions: setup.runtime.version ? versionLabel(setup.runtime.version) : "none",
        }),
    t("files.readme.actionModules", { modules: setup.modules.map((m) => code(m.name)).join(", ") }),
    t("files.readme.actionSysctl", { settings: setup.sysctl.map((s) => code(`${s.key}=${s.value}`)).join(", ") }),
    ...(setup.selinux.proxyPortLabel !== null
      ? [t("files.readme.actionSelinux", { port: String(setup.selinux.proxyPortLabel) })]
      : []),
    ...(setup.auditd ? [t("files.readme.actionAuditd")] : []),
    ...(setup.proxy ? [t("files.readme.actionEnvSh")] : []),
    ...(setup.firewall.manager !== "none"
      ? [t("files.readme.actionFirewall", { manager: setup.firewall.manager })]
      : []),
  ];
}

import type { Translate } from "@/lib/i18n/translate";
import type { GeneratedFile, Setup } from "@/lib/report/types";
import { commentLine, file, PATHS } from "./render";
import { joinLines, joinScript, section, shellQuote, type ScriptSection } from "./shell";

export function sysctlContent(setup: Setup, t: Translate): string {
  const rootless = setup.runtime.rootless;
  return joinLines([
    rootless
      ? commentLine(`facts#67, facts#69, facts#164, facts#89: ${t("files.comment.sysctlRootless")}`)
      : commentLine(`facts#67, facts#69: ${t("files.comment.sysctl")}`),
    ...setup.sysctl.map((s) => `${s.key}=${s.value}`),
  ]);
}

export function buildSysctl(setup: Setup, t: Translate): GeneratedFile {
  return file(
    "config",
    PATHS.sysctl,
    t(setup.runtime.rootless ? "files.purpose.sysctlRootless" : "files.purpose.sysctl"),
    sysctlContent(setup, t),
  );
}

const MODULE_PURPOSE = {
  ip_tables: "files.purpose.moduleIpTables",
  tun: "files.purpose.moduleTun",
  nf_conntrack: "files.purpose.moduleConntrack",
} as const;

/** One modules-load.d file per module (facts#72, facts#74; nf_conntrack for rootless, facts#164). */
export function buildModulesLoad(setup: Setup, t: Translate): GeneratedFile[] {
  return setup.modules.map((m) => file("config", PATHS.modulesLoad(m.name), t(MODULE_PURPOSE[m.name]), `${m.name}\n`));
}

/** Loaded now, or built into the kernel: a built-in module has no /sys/module entry to load (tun shows as /dev/net/tun). */
export const MODULE_PRESENT = `module_present() {
  local module=$1
  [ -d "/sys/module/$module" ] && return 0
  grep -qs "/$module.ko" "/lib/modules/$(uname -r)/modules.builtin" && return 0
  case $module in
    tun) [ -c /dev/net/tun ] ;;
    ip_tables) [ -e /proc/net/ip_tables_names ] ;;
    *) return 1 ;;
  esac
}`;

const write = (f: GeneratedFile) => `write_file ${shellQuote(f.path)} ${shellQuote(f.content)}`;

/** Kernel modules and sysctl, now and at every boot (facts#67–76, facts#164). */
export function kernelSections(setup: Setup, t: Translate): ScriptSection[] {
  const names = setup.modules.map((m) => shellQuote(m.name)).join(" ");
  return [
    section(
      "facts#71–76: load the modules now and at every boot (modprobe is asked only for a module that is not there).",
      [
        MODULE_PRESENT,
        `for module in ${names}; do`,
        '  module_present "$module" || run modprobe "$module"',
        "done",
        ...buildModulesLoad(setup, t).map(write),
      ],
    ),
    section("facts#67–70: kernel settings now and at every boot.", [
      write(buildSysctl(setup, t)),
      ...setup.sysctl.map(
        (s) =>
          `[ "$(sysctl -n ${shellQuote(s.key)} 2>/dev/null)" = ${shellQuote(s.value)} ] || run sysctl -w ${shellQuote(`${s.key}=${s.value}`)}`,
      ),
      ...(setup.runtime.rootless
        ? [
            `NEXT_STEPS+=(${shellQuote(`reboot once: the rootless Podman settings in ${PATHS.sysctl} need it (facts#164)`)})`,
          ]
        : []),
    ]),
  ];
}

/** facts#63–66: auditd running before mstunnel-setup so the Tunnel folders are audited (the packages step installs it). */
export function auditdSection(setup: Setup): ScriptSection[] {
  if (!setup.auditd) return [];
  return [
    section("facts#66: auditd enabled and running before mstunnel-setup.", [
      "systemctl is-enabled --quiet auditd 2>/dev/null || run systemctl enable auditd",
      "# RHEL refuses systemctl start/stop of auditd; service works everywhere.",
      "systemctl is-active --quiet auditd 2>/dev/null || run service auditd start",
    ]),
  ];
}

export function buildAuditdScript(setup: Setup, t: Translate): GeneratedFile | null {
  if (!setup.files.includes("install-auditd")) return null;
  const apt = setup.os.packageManager === "apt";
  const names = setup.packages.filter((p) => p.reason === "auditd").map((p) => p.name);
  return file(
    "script",
    "tunnel-planner/install-auditd.sh",
    t("files.purpose.auditdScript"),
    joinScript(
      [commentLine(t("files.comment.auditd")), "set -euo pipefail"],
      [
        section(
          `facts#66: install before mstunnel-setup (${apt ? "Ubuntu: manual install, facts#65" : "RHEL family, facts#64"}).`,
          [
            ...(apt ? ["sudo apt-get update"] : []),
            `sudo ${apt ? "apt-get" : setup.os.packageManager} install -y ${names.map(shellQuote).join(" ")}`,
            "sudo systemctl enable auditd",
            "# RHEL refuses systemctl start/stop of auditd; service works everywhere.",
            "if ! systemctl is-active --quiet auditd; then sudo service auditd start; fi",
            "systemctl is-active auditd",
          ],
        ),
      ],
    ),
  );
}

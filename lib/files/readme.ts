import type { ChecklistItem, GeneratedFile, Setup } from "@/lib/report/types";
import { findDistro } from "@/lib/catalog/distros";
import type { Translate } from "@/lib/i18n/translate";
import { listPrepareActions } from "./prepare";
import { file, type RenderInput } from "./render";
import { joinLines } from "./shell";
// Plan text (names, addresses) is shown literally in Markdown: one escaping for the README and the CLI document.
import { escapeMarkdown } from "@/lib/text-safety";

const code = (text: string) => `\`${text}\``;
const PREPARE = "tunnel-planner/prepare-server.sh";

/** Which bundle file does (part of) a checklist step: the README says so next to the step, and only for files that exist. */
function doneBy(item: ChecklistItem, setup: Setup, has: (path: string) => boolean, t: Translate): string | null {
  const siteFlag = setup.sites.length > 1 ? " --site <site>" : "";
  const byPrepare = (what: string) => (has(PREPARE) ? `${code(`sudo ./${PREPARE}${siteFlag}`)} ${what}` : null);
  switch (item.id) {
    case "container-runtime":
      return byPrepare(t("files.readme.doneRuntime"));
    case "ip-forward":
    case "load-ip-tables":
    case "load-tun":
    case "rootless-prereqs":
      return byPrepare(t("files.readme.doneKernel"));
    case "install-auditd":
      return byPrepare(t("files.readme.doneAuditd", { script: code("tunnel-planner/install-auditd.sh") }));
    case "proxy-docker":
    case "proxy-podman":
      return byPrepare(t("files.readme.doneProxy"));
    case "proxy-selinux":
      return byPrepare(t("files.readme.doneSelinux", { script: code("tunnel-planner/selinux-proxy-port.sh") }));
    case "inbound-ports": {
      const cloud = ["tunnel-planner/cloud-azure-nsg.sh", "tunnel-planner/cloud-aws-security-group.sh"]
        .filter(has)
        .map(code);
      const parts = [
        has("tunnel-planner/firewall.sh")
          ? t("files.readme.doneHostFirewall", { script: code("tunnel-planner/firewall.sh") })
          : null,
        cloud.length ? t("files.readme.doneCloud", { scripts: cloud.join(", ") }) : null,
      ].filter((p): p is string => p !== null);
      return parts.length ? `${parts.join("; ")}.` : null;
    }
    case "outbound-https":
      return has("tunnel-planner/fqdn-allowlist.txt")
        ? t("files.readme.doneAllowlist", {
            files: ["fqdn-allowlist.txt", "fqdn-allowlist.csv", "fqdn-allowlist.json", "squid-mstunnel.conf"]
              .map(code)
              .join(", "),
          })
        : null;
    case "readiness-download":
      return byPrepare(t("files.readme.doneReadinessTools"));
    case "readiness-network":
      // facts#144: the readiness tool can run from any Linux host on the same network; facts#119: it reads https_proxy.
      return [
        t("files.readme.doneReadinessAnyHost"),
        ...(setup.proxy
          ? [
              t("files.readme.doneReadinessProxy", {
                command: code(`sudo https_proxy=${setup.proxy.url} ./mst-readiness network`),
              }),
            ]
          : []),
      ].join(" ");
    case "change-bridge":
      return has("tunnel-planner/change-bridge.sh")
        ? t("files.readme.doneBridge", { command: code("sudo ./tunnel-planner/change-bridge.sh") })
        : null;
    case "monitor-proxy":
      return byPrepare(t("files.readme.doneMonitor"));
    default:
      return null;
  }
}

/** The checklist (the lead's order of work), phase by phase, each step with what in the bundle does it. */
function orderOfWork(
  checklist: readonly ChecklistItem[],
  setup: Setup,
  has: (path: string) => boolean,
  t: Translate,
): string[] {
  const phases = [...new Set(checklist.map((i) => i.phaseId))];
  return phases.flatMap((phaseId) => [
    `### ${escapeMarkdown(checklist.find((i) => i.phaseId === phaseId)!.phase)}`,
    "",
    ...checklist
      .filter((i) => i.phaseId === phaseId)
      .map((i) => {
        const by = doneBy(i, setup, has, t);
        return `- [ ] **${escapeMarkdown(i.title)}** (${t(`files.owner.${i.owner}`)}): ${escapeMarkdown(i.detail)}${by ? ` ${by}` : ""}`;
      }),
    "",
  ]);
}

/** README for the bundle: what each file is, what prepare-server.sh does, and the checklist as the order of work (facts#167). */
export function buildReadme(input: RenderInput, files: GeneratedFile[]): GeneratedFile {
  const { plan, report, setup, t } = input;
  const has = (path: string) => files.some((f) => f.path === path);
  const b = setup.bridge;
  const runtime = setup.runtime.name === "docker" ? "Docker" : "Podman";
  const bridgeNote =
    b.change === "custom"
      ? t("files.readme.bridgeCustom", { target: b.target, script: code("change-bridge.sh") })
      : b.change === "default-overlaps"
        ? t("files.readme.bridgeOverlaps", {
            runtime,
            default: b.default,
            target: b.target,
            script: code("change-bridge.sh"),
          })
        : t("files.readme.bridgeKept", { runtime, default: b.default });
  const sites = setup.sites.map((s) =>
    t("files.readme.site", {
      name: escapeMarkdown(s.name),
      key: code(s.key),
      tcp: s.tcpPorts.join(", "),
      udp: s.udpPorts.length ? s.udpPorts.join(", ") : "none",
    }),
  );
  const table = files
    .filter((f) => f.path !== "tunnel-planner/README.md")
    .map((f) => `| ${code(f.path)} | ${t(`files.kind.${f.kind}`)} | ${escapeMarkdown(f.purpose)} |`);
  const content = joinLines([
    `# ${t("files.readme.title", { name: escapeMarkdown(plan.name) })}`,
    "",
    t("files.readme.server", {
      distro: findDistro(report.os.distro)?.label ?? report.os.distro,
      runtime,
      rootless: setup.runtime.rootless ? "yes" : "no",
      firewall: setup.firewall.manager,
      proxy: setup.proxy ? code(setup.proxy.url) : t("files.readme.noProxy"),
    }),
    t("files.readme.sites", { sites: sites.join("; ") }),
    bridgeNote,
    "",
    `## ${t("files.readme.howTitle")}`,
    "",
    `- ${t("files.readme.howPaths", { slash: code("/"), prepare: code("prepare-server.sh") })}`,
    `- ${t("files.readme.howAddLines", { folder: code("tunnel-planner/add-lines/…"), prepare: code("prepare-server.sh") })}`,
    `- ${t("files.readme.howAfterSetup", { folder: code("tunnel-planner/after-setup/…"), setup: code("mstunnel-setup") })}`,
    `- ${t("files.readme.howRun", { dryRun: code("--dry-run"), preflight: code("tunnel-preflight.sh") })}`,
    ...(setup.sites.length > 1
      ? [
          `- ${t("files.readme.howSites", { flag: code("--site"), keys: setup.sites.map((s) => code(s.key)).join(", ") })}`,
        ]
      : []),
    "",
    `## ${t("files.readme.prepareTitle")}`,
    "",
    ...listPrepareActions(setup, t).map((a) => `- ${a}`),
    `- ${t("files.readme.notInstall")}`,
    "",
    `## ${t("files.readme.orderTitle")}`,
    "",
    ...orderOfWork(report.checklist, setup, has, t),
    `## ${t("files.readme.filesTitle")}`,
    "",
    `| ${t("files.readme.columnPath")} | ${t("files.readme.columnKind")} | ${t("files.readme.columnWhat")} |`,
    "| --- | --- | --- |",
    ...table,
    "",
    `## ${t("files.readme.checkTitle")}`,
    "",
    `- ${t("files.readme.checkPreflight", { preflight: code("tunnel-preflight.sh") })}`,
    // facts#90 (inbound is never tested by the readiness tool), facts#75 (modules after updates), facts#169 (online).
    `- ${t("files.readme.checkInbound")}`,
    `- ${t("files.readme.checkReboot", { preflight: code("tunnel-preflight.sh") })}`,
    `- ${t("files.readme.checkOnline")}`,
  ]);
  return file("doc", "tunnel-planner/README.md", t("files.purpose.readme"), content);
}

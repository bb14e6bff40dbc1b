import type { ChecklistItem, GeneratedFile, Setup } from "@/lib/report/types";
import { listPrepareActions } from "./prepare";
import { file, type RenderInput } from "./render";
import { joinLines } from "./shell";

/** Plan text (names, addresses) shown literally in Markdown: no HTML, no links or emphasis, one line. */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/\r\n?|\n|\u2028|\u2029/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`);
}

const code = (text: string) => `\`${text}\``;

/** Which bundle file does (part of) a checklist step: the README says so next to the step, and only for files that exist. */
function doneBy(item: ChecklistItem, setup: Setup, has: (path: string) => boolean): string | null {
  const prepare = "tunnel-planner/prepare-server.sh";
  const siteFlag = setup.sites.length > 1 ? " --site <site>" : "";
  const byPrepare = (what: string) => (has(prepare) ? `${code(`sudo ./${prepare}${siteFlag}`)} ${what}` : null);
  switch (item.id) {
    case "container-runtime":
      return byPrepare("installs it when missing and checks its version.");
    case "ip-forward":
    case "load-ip-tables":
    case "load-tun":
    case "rootless-prereqs":
      return byPrepare("does this (modules-load.d and sysctl.d files included).");
    case "install-auditd":
      return byPrepare(`installs and starts it (or ${code("tunnel-planner/install-auditd.sh")} on its own).`);
    case "proxy-docker":
    case "proxy-podman":
      return byPrepare("writes these files before it installs anything, and sets the proxy for apt/dnf too.");
    case "proxy-selinux":
      return byPrepare(`labels the port (or ${code("tunnel-planner/selinux-proxy-port.sh")} on its own).`);
    case "inbound-ports": {
      const cloud = ["tunnel-planner/cloud-azure-nsg.sh", "tunnel-planner/cloud-aws-security-group.sh"].filter(has).map(code);
      const host = has("tunnel-planner/firewall.sh") ? `${code("tunnel-planner/firewall.sh")} (or prepare-server.sh) opens the host firewall` : null;
      return [host, cloud.length ? `${cloud.join(", ")} opens the cloud rules` : null].filter(Boolean).join("; ") || null;
    }
    case "outbound-https":
      return has("tunnel-planner/fqdn-allowlist.txt") ? `Hand ${code("fqdn-allowlist.txt")} / ${code(".csv")} / ${code(".json")} and ${code("squid-mstunnel.conf")} to the network and proxy teams.` : null;
    case "readiness-download":
      return byPrepare("installs jq and curl.");
    case "readiness-network":
      // facts#144: the readiness tool can run from any Linux host on the same network; facts#119: it reads https_proxy.
      return `It can run from any Linux host on the same network, so the network team can test on its own.${setup.proxy ? ` sudo drops your proxy variables: ${code(`sudo https_proxy=${setup.proxy.url} ./mst-readiness network`)}.` : ""}`;
    case "change-bridge":
      return has("tunnel-planner/change-bridge.sh") ? `${code("sudo ./tunnel-planner/change-bridge.sh")} does it with a way back, after setup.` : null;
    case "monitor-proxy":
      return byPrepare("already wrote the drop-in; restart mstunnel_monitor after setup and check it shows http_proxy.");
    default:
      return null;
  }
}

function orderOfWork(checklist: readonly ChecklistItem[], setup: Setup, has: (path: string) => boolean): string[] {
  const phases = [...new Set(checklist.map((i) => i.phase))];
  return phases.flatMap((phase) => [
    `### ${escapeMarkdown(phase)}`,
    "",
    ...checklist
      .filter((i) => i.phase === phase)
      .map((i) => {
        const by = doneBy(i, setup, has);
        return `- [ ] **${escapeMarkdown(i.title)}** (${i.owner}): ${escapeMarkdown(i.detail)}${by ? ` ${by}` : ""}`;
      }),
    "",
  ]);
}

/** README for the bundle: what each file is, what prepare-server.sh does, and the checklist as the order of work (facts#167). */
export function buildReadme(input: RenderInput, files: GeneratedFile[]): GeneratedFile {
  const { plan, report, setup } = input;
  const has = (path: string) => files.some((f) => f.path === path);
  const b = setup.bridge;
  const bridgeNote =
    b.change === "custom"
      ? `The plan sets the container bridge to ${b.target}; ${code("change-bridge.sh")} moves it after setup.`
      : b.change === "default-overlaps"
        ? `The default ${setup.runtime.name} bridge ${b.default} overlaps a planned network, so ${code("change-bridge.sh")} moves it to ${b.target} after setup (facts#55).`
        : `The default ${setup.runtime.name} bridge ${b.default} is kept: it overlaps no planned network.`;
  const sites = setup.sites.map((s) => `${escapeMarkdown(s.name)} (${code(s.key)}: TCP ${s.tcpPorts.join(", ")}${s.udpPorts.length ? `, UDP ${s.udpPorts.join(", ")}` : ", no UDP"})`);
  const table = files.filter((f) => f.path !== "tunnel-planner/README.md").map((f) => `| ${code(f.path)} | ${f.kind} | ${escapeMarkdown(f.purpose)} |`);
  const content = joinLines([
    `# Tunnel Planner bundle: ${escapeMarkdown(plan.name)}`,
    "",
    `Server: ${report.os.distro} with ${setup.runtime.name}${setup.runtime.rootless ? " (rootless)" : ""}; firewall: ${setup.firewall.manager}; proxy: ${setup.proxy ? setup.proxy.url : "none"}.`,
    `Sites: ${sites.join("; ")}.`,
    bridgeNote,
    "",
    "## How to use it",
    "",
    `- Paths starting with ${code("/")} are the exact place of the file on the server; ${code("prepare-server.sh")} writes them.`,
    `- ${code("tunnel-planner/add-lines/…")} holds lines to add to a file the OS or the Tunnel installer owns (never the whole file); ${code("prepare-server.sh")} adds them.`,
    `- ${code("tunnel-planner/after-setup/…")} holds what can change only after ${code("mstunnel-setup")} (facts#56).`,
    `- Run each script with ${code("--dry-run")} first. Exit status: 0 done, 1 a step failed (the message says what to do), 2 wrong options; ${code("tunnel-preflight.sh")} exits 1 when a check FAILs.`,
    ...(setup.sites.length > 1 ? [`- A server belongs to one site (facts#161): give the scripts ${code("--site")} with ${setup.sites.map((s) => code(s.key)).join(", ")}.`] : []),
    "",
    "## What prepare-server.sh does",
    "",
    ...listPrepareActions(setup).map((a) => `- ${a}`),
    "- It does not install Microsoft Tunnel: the order of work below does.",
    "",
    "## Order of work",
    "",
    ...orderOfWork(report.checklist, setup, has),
    "## Files",
    "",
    "| Path | Kind | What it is |",
    "| --- | --- | --- |",
    ...table,
    "",
    "## What to check after",
    "",
    `- ${code("tunnel-preflight.sh")} shows no FAIL; each WARN is understood.`,
    "- From outside your network, the TCP and UDP tests the preflight prints reach the server (facts#90).",
    `- After a reboot: ${code("tunnel-preflight.sh")} still passes the module and kernel-setting checks (facts#75).`,
    "- In the Intune admin center, the server is Online and its health checks are Healthy (facts#169).",
  ]);
  return file("doc", "tunnel-planner/README.md", "Explains every file in the bundle, what prepare-server.sh does and the order of work from the checklist.", content);
}

// The checklist document as Markdown (CLI --format markdown; the UI may reuse it). Pure.
// Every text is escaped (md): names come from the plan, and raw HTML or Markdown in them must stay text.
import { escapeMarkdown as md } from "@/lib/text-safety";
import type { Report } from "./types";

const cell = (text: string | number | boolean) => md(String(text));
const row = (cells: (string | number | boolean)[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: string[], rows: (string | number | boolean)[][]) => [row(head), row(head.map(() => "---")), ...rows.map(row)];
const yesNo = (b: boolean) => (b ? "yes" : "no");

export function renderMarkdown(report: Report, opts: { title?: string } = {}): string {
  const out: string[] = [`# ${opts.title ? md(opts.title) : "Microsoft Tunnel plan"}`, ""];
  const { catalog } = report;
  out.push(`Requirements: edition ${catalog.edition} of Microsoft's prerequisites page (${md(catalog.source)}).`);
  out.push(...catalog.caveats.map((c) => `Note on this edition: ${md(c)}`));
  out.push(catalog.edition === catalog.newest ? "This is the newest edition the planner knows." : `A newer edition exists: ${catalog.newest}.`, "");

  const blockers = report.findings.filter((f) => f.severity === "blocker").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  out.push(`**${blockers} blocker(s), ${warnings} warning(s).**`, "");

  out.push("## Sizing", "");
  out.push(
    ...table(
      ["Site", "Devices", "Peak connections", "Servers (incl. spare)", "Spare", "CPUs/server", "Memory GB/server", "Disk GB/server"],
      report.sizing.sites.map((s) => [s.name, s.devices, s.peakConnections, s.servers, s.spareServers, s.cpusPerServer, s.memoryGbPerServer, s.diskGbPerServer]),
    ),
  );
  const t = report.sizing.totals;
  out.push("", `Totals: ${t.servers} servers, ${t.cpus} CPUs, ${t.memoryGb} GB memory, ${t.diskGb} GB disk.`, "");
  for (const s of report.sizing.sites) {
    out.push(`### Reasoning: ${md(s.name)}`, "", ...s.reasoning.map((r) => `1. ${md(r)}`), "");
  }

  const os = report.os;
  out.push("## Operating system", "");
  out.push(`- Distribution: ${md(os.distro)}`, `- Container runtime: ${md(os.container)}${os.containerVersion ? ` (${md(os.containerVersion)})` : ""}`, `- Status: ${os.status}`);
  if (os.supportEnds) out.push(`- Support ends: ${os.supportEnds}`);
  out.push(...os.notes.map((n) => `- Note: ${md(n)}`), "");

  out.push("## Ports", "", "### Inbound", "");
  out.push(...table(["Protocol", "Port", "Required", "Purpose"], report.ports.inbound.map((p) => [p.protocol.toUpperCase(), p.port, yesNo(p.required), p.purpose])));
  out.push("", "### Outbound", "");
  out.push(
    ...table(
      ["Protocol", "Port", "Required", "Purpose", "Destinations"],
      report.ports.outbound.map((p) => [p.protocol.toUpperCase(), p.port, yesNo(p.required), p.purpose, p.destinations.join(", ")]),
    ),
  );

  out.push("", "### Tunnelled traffic (server → internal networks)", "");
  out.push(
    ...table(
      ["Protocol", "Port", "Purpose", "Destinations"],
      report.ports.internal.map((p) => [p.protocol === "any" ? "any" : p.protocol.toUpperCase(), p.port ?? "as the apps use", p.purpose, p.destinations.join(", ")]),
    ),
  );

  out.push("", "## FQDNs (outbound HTTPS)", "");
  out.push(...table(["Host", "Required", "Source", "Purpose"], report.fqdns.map((f) => [f.host, yesNo(f.required), f.source, f.purpose])));

  out.push("", "## Findings", "");
  if (report.findings.length === 0) out.push("No findings.");
  for (const f of report.findings) {
    out.push(`- **${f.severity.toUpperCase()}** \`${f.id}\` — ${md(f.title)} (field \`${f.field}\`, ${f.fact})`, `  - ${md(f.detail)}`, `  - What to do: ${md(f.action)}`);
  }

  if (report.editionChanges.length > 0) {
    out.push("", `## Changes since edition ${catalog.edition}`, "");
    out.push(
      ...table(
        ["Affects this plan", "Subject", "Before", "After", "First seen in edition"],
        report.editionChanges.map((c) => [yesNo(c.affectsPlan), c.subject, c.before, c.after, c.edition]),
      ),
    );
  }

  out.push("", "## Checklist", "");
  const phases = [...new Set(report.checklist.map((c) => c.phase))];
  for (const phase of phases) {
    out.push(`### ${md(phase)}`, "");
    for (const item of report.checklist.filter((c) => c.phase === phase)) {
      out.push(`- [ ] **${md(item.title)}** (${md(item.owner)}, ${item.fact}): ${md(item.detail)}`);
    }
    out.push("");
  }

  if (report.files.length > 0) {
    out.push("## Generated files", "", ...report.files.map((f) => `- \`${f.path}\`: ${md(f.purpose)}`), "");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

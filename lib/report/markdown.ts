// The checklist document as Markdown (CLI --format markdown; the UI may reuse it). Pure; the language is a parameter.
// Every text is escaped (md): names come from the plan, and raw HTML or Markdown in them must stay text.
import { findDistro } from "@/lib/catalog/distros";
import { fieldLabel } from "@/lib/catalog/fields";
import { indexSourceRefs, type SourceRef } from "@/lib/catalog/sources-refs";
import { createTexts } from "@/lib/i18n/texts";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { escapeMarkdown as md } from "@/lib/text-safety";
import type { Report } from "./types";

const cell = (text: string | number | boolean) => md(String(text));
const row = (cells: (string | number | boolean)[]) => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: string[], rows: (string | number | boolean)[][]) => [
  row(head),
  row(head.map(() => "---")),
  ...rows.map(row),
];

/** A link a Markdown reader can follow; the bare label when the source has no public address. */
const linkTo = (ref: SourceRef, text: string) =>
  ref.url ? `[${text.replace(/[[\]]/g, "\\$&")}](${ref.url})` : md(text);

export function renderMarkdown(report: Report, opts: { title?: string; locale?: Locale } = {}): string {
  const { t: tr, number: n, date } = createTexts(opts.locale ?? DEFAULT_LOCALE);
  const t = (key: string, values?: Record<string, string | number>) =>
    tr(`report.md.${key}` as Parameters<typeof tr>[0], values);
  const yesNo = (b: boolean) => t(b ? "yes" : "no");
  const sources = indexSourceRefs([...report.findings.map((f) => f.source), ...report.checklist.map((c) => c.source)]);
  const numbered = (refs: readonly SourceRef[] | undefined) =>
    (refs ?? []).map((r) => linkTo(r, `[${sources.numberOf(r)}]`)).join(" ");
  const out: string[] = [`# ${opts.title ? md(opts.title) : t("title")}`, ""];
  const { catalog } = report;
  out.push(t("requirements", { edition: catalog.edition, source: md(catalog.source) }));
  out.push(...catalog.caveats.map((c) => t("caveat", { caveat: md(c) })));
  out.push(catalog.edition === catalog.newest ? t("newest") : t("newerExists", { edition: catalog.newest }), "");

  const blockers = report.findings.filter((f) => f.severity === "blocker").length;
  const warnings = report.findings.filter((f) => f.severity === "warning").length;
  out.push(`**${t("counts", { blockers, warnings })}**`, "");

  out.push(`## ${t("sizing")}`, "");
  const sh = (k: string) => t(`sizingHead.${k}`);
  out.push(
    ...table(
      [sh("site"), sh("devices"), sh("peak"), sh("servers"), sh("spare"), sh("cpus"), sh("memory"), sh("disk")],
      report.sizing.sites.map((s) => [
        s.name,
        n(s.devices),
        n(s.peakConnections),
        s.servers,
        s.spareServers,
        s.cpusPerServer,
        s.memoryGbPerServer,
        s.diskGbPerServer,
      ]),
    ),
  );
  const tot = report.sizing.totals;
  out.push(
    "",
    t("totals", { servers: n(tot.servers), cpus: n(tot.cpus), memory: n(tot.memoryGb), disk: n(tot.diskGb) }),
    "",
  );
  for (const s of report.sizing.sites) {
    out.push(`### ${t("reasoning", { site: md(s.name) })}`, "", ...s.reasoning.map((r) => `1. ${md(r)}`), "");
  }

  const os = report.os;
  out.push(`## ${t("os")}`, "");
  out.push(
    `- ${t("distribution", { label: `${md(findDistro(os.distro)?.label ?? os.distro)} (\`${os.distro}\`)` })}`,
    `- ${t("runtime", { runtime: `${md(tr("terms.runtime", { runtime: os.container }))}${os.containerVersion ? ` (${md(os.containerVersion)})` : ""}` })}`,
    `- ${t("status", { status: tr(`report.osStatus.${os.status}`) })}`,
  );
  if (os.supportEnds) out.push(`- ${t("supportEnds", { date: date(os.supportEnds) })}`);
  out.push(...os.notes.map((note) => `- ${t("note", { note: md(note) })}`), "");

  const ph = (k: string) => t(`portHead.${k}`);
  out.push(`## ${t("ports")}`, "", `### ${t("inbound")}`, "");
  out.push(
    ...table(
      [ph("protocol"), ph("port"), ph("required"), ph("purpose")],
      report.ports.inbound.map((p) => [p.protocol.toUpperCase(), p.port, yesNo(p.required), p.purpose]),
    ),
  );
  out.push("", `### ${t("outbound")}`, "");
  out.push(
    ...table(
      [ph("protocol"), ph("port"), ph("required"), ph("purpose"), ph("destinations")],
      report.ports.outbound.map((p) => [
        p.protocol.toUpperCase(),
        p.port,
        yesNo(p.required),
        p.purpose,
        p.destinations.join(", "),
      ]),
    ),
  );
  out.push("", `### ${t("internal")}`, "");
  out.push(
    ...table(
      [ph("protocol"), ph("port"), ph("purpose"), ph("destinations")],
      report.ports.internal.map((p) => [
        p.protocol === "any" ? t("any") : p.protocol.toUpperCase(),
        p.port ?? t("appPorts"),
        p.purpose,
        p.destinations.join(", "),
      ]),
    ),
  );

  const fh = (k: string) => t(`fqdnHead.${k}`);
  out.push("", `## ${t("fqdns")}`, "");
  out.push(
    ...table(
      [fh("host"), fh("required"), fh("source"), fh("purpose")],
      report.fqdns.map((f) => [f.host, yesNo(f.required), tr(`report.fqdnSource.${f.source}`), f.purpose]),
    ),
  );

  out.push("", `## ${t("findings")}`, "");
  if (report.findings.length === 0) out.push(t("noFindings"));
  for (const f of report.findings) {
    const where = [
      f.field ? tr("report.field", { field: md(fieldLabel(f.field, opts.locale)) }) : null,
      tr("report.id", { id: `\`${f.id}\`` }),
    ]
      .filter(Boolean)
      .join(", ");
    out.push(
      `- **${t(`severity.${f.severity}`)}** ${md(f.title)} (${where})`,
      `  - ${md(f.detail)}`,
      `  - ${t("whatToDo", { action: md(f.action) })}`,
    );
    for (const ref of f.source ?? [])
      out.push(`  - ${tr("sources.seeSources", { refs: `${linkTo(ref, ref.label)} [${sources.numberOf(ref)}]` })}`);
  }

  if (report.editionChanges.length > 0) {
    const ch = (k: string) => t(`changeHead.${k}`);
    out.push("", `## ${t("changes", { edition: catalog.edition })}`, "");
    out.push(
      ...table(
        [ch("affects"), ch("subject"), ch("before"), ch("after"), ch("edition")],
        report.editionChanges.map((c) => [yesNo(c.affectsPlan), c.subject, c.before, c.after, c.edition]),
      ),
    );
  }

  out.push("", `## ${t("checklist")}`, "");
  const phases = [...new Set(report.checklist.map((c) => c.phase))];
  for (const phase of phases) {
    out.push(`### ${md(phase)}`, "");
    for (const item of report.checklist.filter((c) => c.phase === phase)) {
      const refs = numbered(item.source);
      out.push(
        `- [ ] **${md(item.title)}** (${tr(`report.owner.${item.owner}`)}${refs ? `; ${refs}` : ""}): ${md(item.detail)}`,
      );
    }
    out.push("");
  }

  if (report.files.length > 0) {
    out.push(`## ${t("files")}`, "", ...report.files.map((f) => `- \`${f.path}\`: ${md(f.purpose)}`), "");
  }
  if (sources.list.length > 0) {
    out.push(`## ${tr("sources.heading")}`, "", tr("sources.intro"), "");
    out.push(...sources.list.map((ref, i) => `${i + 1}. ${md(ref.label)}${ref.url ? ` — <${ref.url}>` : ""}`), "");
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

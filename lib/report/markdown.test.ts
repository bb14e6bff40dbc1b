import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan/parse";
import { evaluatePlan } from "./evaluate";
import { renderMarkdown } from "./markdown";

/** The document without the sizing reasoning, whose wording the sizing rules own (and still end in fact numbers). */
const withoutReasoning = (md: string, report: { sizing: { sites: { reasoning: string[] }[] } }) =>
  report.sizing.sites.flatMap((s) => s.reasoning).reduce((text, line) => text.replace(line, ""), md);

const plan = (input: unknown) => {
  const r = parsePlan(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe("renderMarkdown", () => {
  const report = evaluatePlan(
    plan({
      sites: [{ name: "A|B", publicAddress: "t.contoso.com" }],
      tls: { subjectNames: ["*.contoso.com"], revocation: "none" },
      server: { auditd: false },
    }),
  );
  const md = renderMarkdown(report, { title: "Plan X" });
  it("has every section in order", () => {
    const order = [
      "# Plan X",
      "Requirements: edition 2024-10-24",
      "A newer edition exists: 2026-09-03",
      "## Sizing",
      "### Reasoning: A\\|B",
      "## Operating system",
      "## Ports",
      "### Tunnelled traffic",
      "## FQDNs",
      "## Findings",
      "## Changes since edition 2024-10-24",
      "## Checklist",
      "### Licensing and roles",
      "### Devices and profiles",
    ];
    const positions = order.map((h) => md.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
  it("escapes table cells and lists findings by title with the field's name, the id and the action", () => {
    expect(md).toContain("| A\\|B | 0 |");
    expect(md).toContain("\\*.sts.windows.net");
    expect(md).toContain("(field: Revocation check, id `tls-revocation-unreachable`)");
    expect(md).not.toContain("tls.revocation");
    expect(md).toContain("What to do: ");
  });
  it("names the source of every finding and checklist item instead of an internal fact number", () => {
    expect(withoutReasoning(md, report)).not.toContain("facts#");
    const revocation =
      "Microsoft Learn, Prerequisites for Microsoft Tunnel in Intune, section “Linux server” (edition 2024-10-24)";
    const url = "https://learn.microsoft.com/en-us/mem/intune/protect/microsoft-tunnel-prerequisites#linux-server";
    expect(md).toContain(`  - Source: [${revocation}](${url})`);
    expect(md).toMatch(
      /- \[ \] \*\*Confirm the Azure subscription\*\* \(Intune admin; \[\\\[\d+\\\]\]\(https:\/\/learn\.microsoft\.com\/en-us\/mem\/intune\/protect\/microsoft-tunnel-prerequisites\)\)/,
    );
    const list = md.slice(md.indexOf("## Sources"));
    expect(list).toContain(`${revocation} — <${url}>`);
    const numbers = [...list.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
  it("shows the distribution and runtime by name, the catalog id only in code", () => {
    expect(md).toMatch(/- Distribution: Red Hat Enterprise Linux 9\.4 \(`rhel-9\.4`\)|- Distribution: Ubuntu/);
    expect(md).toMatch(/- Container runtime: (Podman|Docker CE)/);
    expect(md).toMatch(/- Status: (supported|support has ended|not supported)\n/);
  });
  it("writes its source labels in the plan's language", () => {
    const de = evaluatePlan(plan({ locale: "de", sites: [{ name: "A", publicAddress: "t.contoso.com" }] }));
    const text = renderMarkdown(de, { title: "Plan", locale: "de" });
    expect(text).toContain("## Quellen");
    expect(text).toContain(
      "Microsoft Learn, Voraussetzungen für Microsoft Tunnel in Intune, Abschnitt „Linux-Server“ (Ausgabe 2024-10-24)",
    );
    expect(withoutReasoning(text, de)).not.toContain("facts#");
  });
  it("is written in the plan's language: German headings, owners, numbers and dates (issue 14)", () => {
    const german = plan({
      locale: "de",
      edition: "2026-09-03",
      planningDate: "2026-11-30",
      devices: { ios: 12000 },
      server: { distro: "rhel-9.4" },
      sites: [{ name: "Frankfurt", publicAddress: "t.contoso.com" }],
    });
    const de = renderMarkdown(evaluatePlan(german, { today: "2026-11-30" }), { locale: "de" });
    const order = [
      "# Microsoft Tunnel-Plan",
      "Anforderungen: Ausgabe 2026-09-03",
      "Dies ist die neueste Ausgabe",
      "## Dimensionierung",
      "### Begründung: Frankfurt",
      "## Betriebssystem",
      "## Ports",
      "### Eingehend",
      "## FQDNs",
      "## Befunde",
      "## Checkliste",
      "## Generierte Dateien",
    ];
    const positions = order.map((h) => de.indexOf(h));
    expect(
      positions.every((p) => p >= 0),
      JSON.stringify(positions),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(de).toContain("| Frankfurt | 12.000 |");
    expect(de).toMatch(/- Support endet: \d{2}\.\d{2}\.\d{4}/);
    expect(de).toContain("(Linux-Administration; ");
    expect(de).not.toMatch(/^## (Sizing|Checklist|Findings)$|What to do|Support ends/m);
  });

  it("is deterministic and ends with one newline", () => {
    expect(renderMarkdown(report, { title: "Plan X" })).toBe(md);
    expect(md.endsWith("\n")).toBe(true);
    expect(md.endsWith("\n\n")).toBe(false);
  });
  it("keeps raw HTML and Markdown in plan and site names as text", () => {
    const hostile = evaluatePlan(
      plan({
        name: "<script>alert(1)</script>",
        devices: { ios: 20 },
        sites: [
          { name: '<img src=x onerror="alert(1)">', devices: 10, publicAddress: "t.contoso.com" },
          { name: "[x](javascript:alert(1))", devices: 10, publicAddress: "u.contoso.com" },
        ],
      }),
    );
    const out = renderMarkdown(hostile, { title: "<script>alert(1)</script>" });
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain("# &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain('### Reasoning: &lt;img src=x onerror="alert(1)"&gt;');
    expect(out).toContain("| \\[x\\](javascript:alert(1)) |");
    expect(out).not.toMatch(/[^\\]\[x\]\(/);
  });
});

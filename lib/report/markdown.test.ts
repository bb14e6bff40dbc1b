import { describe, expect, it } from "vitest";
import { parsePlan } from "@/lib/plan";
import { evaluatePlan } from "./evaluate";
import { renderMarkdown } from "./markdown";

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
    const order = ["# Plan X", "Requirements: edition 2024-10-24", "A newer edition exists: 2026-09-03", "## Sizing", "### Reasoning: A\\|B", "## Operating system", "## Ports", "### Tunnelled traffic", "## FQDNs", "## Findings", "## Changes since edition 2024-10-24", "## Checklist", "### Licensing and roles", "### Devices and profiles"];
    const positions = order.map((h) => md.indexOf(h));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });
  it("escapes table cells and lists findings with id, field and action", () => {
    expect(md).toContain("| A\\|B | 0 |");
    expect(md).toContain("\\*.sts.windows.net");
    expect(md).toContain("`tls-revocation-unreachable`");
    expect(md).toContain("field `tls.revocation`");
    expect(md).toContain("What to do: ");
    expect(md).toMatch(/- \[ \] \*\*Confirm the Azure subscription\*\* \(intune, facts#1\)/);
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
        sites: [{ name: '<img src=x onerror="alert(1)">', devices: 10, publicAddress: "t.contoso.com" }, { name: "[x](javascript:alert(1))", devices: 10, publicAddress: "u.contoso.com" }],
      }),
    );
    const out = renderMarkdown(hostile, { title: "<script>alert(1)</script>" });
    expect(out).not.toMatch(/<script|<img/);
    expect(out).toContain("# &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(out).toContain("### Reasoning: &lt;img src=x onerror=\"alert(1)\"&gt;");
    expect(out).toContain("| \\[x\\](javascript:alert(1)) |");
    expect(out).not.toMatch(/[^\\]\[x\]\(/);
  });
});

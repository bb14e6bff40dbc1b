import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planSchema } from "@/lib/plan/schema";
import { FILES_CASES } from "./test-cases";
import { escapeMarkdown } from "@/lib/text-safety";
import { evaluateCase, isShellFile } from "./testing";

/** Characters a shell, a systemd unit or a JSON/INI writer would treat specially. */
const danger = fc.constantFrom(
  "$(",
  "`",
  "'",
  '"',
  ";",
  "\n",
  "\r",
  "|",
  "&",
  " ",
  "\\",
  ">",
  "<",
  "(",
  ")",
  "{",
  "}",
  "*?",
  "\t",
  "ü",
  "✓",
);
const word = fc.constantFrom("tunnel.contoso.com", "10.0.0.0", "/8", "rm -rf /", "id", "x");
const hostile = fc.tuple(word, danger, word).map(([a, d, b]) => `${a}${d}${b}`);

/** Plan paths whose text reaches a generated script, each with a way to set a value there. */
const SCRIPT_FIELDS: [string, (v: string) => unknown][] = [
  ["sites.0.publicAddress", (v) => ({ sites: [{ publicAddress: v }] })],
  ["serverProxy.address", (v) => ({ serverProxy: { mode: "http", address: v } })],
  ["serverProxy.noProxy.0", (v) => ({ serverProxy: { noProxy: [v] } })],
  ["server.ssh.sourceCidrs.0", (v) => ({ server: { ssh: { sourceCidrs: [v] } } })],
  ["network.clientPool", (v) => ({ network: { clientPool: v } })],
  ["network.bridgeCidr", (v) => ({ network: { bridgeCidr: v } })],
  ["network.internalCidrs.0", (v) => ({ network: { internalCidrs: [v] } })],
  ["tls.subjectNames.0", (v) => ({ tls: { subjectNames: [v] } })],
];

describe("the schema rejects hostile text before it can reach a script", () => {
  it.each(SCRIPT_FIELDS)("%s rejects quotes, $(), backticks, ;, newlines, spaces and unicode", (field, set) => {
    fc.assert(
      fc.property(hostile, (value) => {
        const result = planSchema.safeParse(set(value));
        expect(result.success).toBe(false);
        if (!result.success) expect(result.error.issues.map((i) => i.path.join("."))).toContain(field);
      }),
      { numRuns: 150 },
    );
  });

  it("plan and site names are free text but never contain line breaks", () => {
    expect(planSchema.safeParse({ name: "Contoso\nrm -rf /" }).success).toBe(false);
    expect(planSchema.safeParse({ sites: [{ name: "A\rB" }] }).success).toBe(false);
  });

  it("a free-text name such as $(rm -rf /) is accepted by the schema but appears in no script", () => {
    const name = "Contoso $(rm -rf /) `id` 'x\" ;";
    const parsed = planSchema.safeParse({ name, sites: [{ name }] });
    expect(parsed.success).toBe(true);
    for (const [caseName, input] of Object.entries(FILES_CASES)) {
      const sites = (input.sites as Record<string, unknown>[]).map((s, i) => ({ ...s, name: `${name}${i}` }));
      const { files } = evaluateCase(caseName, { ...input, name, sites });
      for (const f of files.filter(isShellFile)) expect(f.content, f.path).not.toContain("rm -rf");
      // The README shows the name as escaped Markdown text, never executed.
      expect(files.find((f) => f.path === "tunnel-planner/README.md")!.content).toContain(escapeMarkdown(name));
    }
  });

  it("raw HTML and Markdown in plan and site names reach README.md only as literal text (issue 17)", () => {
    const name = "<img src=x onerror=alert(1)> [click](https://evil.example) **bold** | cell";
    const input = FILES_CASES["files-rhel8-nftables-two-sites"]!;
    const sites = (input.sites as Record<string, unknown>[]).map((s, i) => ({ ...s, name: `${name} ${i}` }));
    const readme = evaluateCase("html", { ...input, name, sites }).files.find(
      (f) => f.path === "tunnel-planner/README.md",
    )!.content;
    expect(readme).not.toContain("<img");
    expect(readme).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(readme).not.toMatch(/(^|[^\\])\[click\]/);
    expect(readme).not.toContain("**bold**");
    expect(readme).toContain("\\*\\*bold\\*\\*");
  });
});
